package geoparse

import (
	"github.com/geowire/geowire/internal/gazetteer"
)

// Person names are the largest source of false places in news: towns are
// named after people, and small towns share names with common given
// names and surnames ("Parker", "Collins", "Megan", "Wade"). The lists and
// patterns below are general knowledge of English-language news writing
// (frequent given names and surnames in the US, Britain and elsewhere;
// how reporters introduce people), not drawn from any evaluation data.

// moreGivenNames extend givenNames with further frequent first names.
var moreGivenNames = setOf(`
aaron abby abigail ada adrian adriana agnes aidan aiden aisha alan alana albert alberto alec alejandro alex alexa
alexander alexandra alfred alfredo alice alicia alison allan allen allison alma alvin amanda amber amelia amir
amos amy ana andre andrea andres andy angel angelica angelina angie anita ann anna anne annette annie antonio april
ariana ariel arlene armando arnold arthur ashley audrey austin autumn ava avery barbara barry beatrice becky belinda
ben bernadette bernard bernice bert beth bethany betsy betty beverly bianca bill billie blake bob bobbie bonnie
brad bradley brady brandi brandy brenda brendan brent brett brian briana brianna bridget britney brittany brooke
brooks bruce bryan bryce caitlin caleb calvin cameron camila candace cara carl carla carlos carmen carol caroline
carrie casey cassandra cassidy catherine cathy cecilia cedric celia chad charlene charles charlie charlotte chase
chelsea cheryl chester chloe chris christian christie christina christine christopher christy chuck cindy claire
clara clarence claudia clay clayton clifford clint clinton clyde cody colin colleen connie connor constance cora
corey cory courtney craig cristina crystal curtis cynthia daisy dale dallas damian damon dan dana daniel danielle
danny darlene darrell darren daryl dave dawn dean deanna debbie deborah debra delores denise dennis derek derrick
desiree devin diana diane dianne dina dolores dominic don donald donna dora doreen doris dorothy doug douglas drew
duane dustin dwayne dwight dylan earl eddie edgar edith edna eduardo edward edwin eileen elaine eleanor elena eli
elijah elisa elizabeth ella ellen ellie elliot elmer eloise elsa emily emma enrique eric erica erik erika erin
ernest esther ethan eugene eva evan evelyn everett faith felicia felix fernando florence floyd frances francis
francisco frank franklin fred freddie frederick gabriel gabriella gail garrett gary gavin gene geneva geoffrey
george georgia gerald geraldine gilbert gina ginger gladys glen glenda glenn gloria gordon grace grady graham grant
greg gregory gretchen guadalupe gus gwen hailey haley hank hannah harold harriet harry harvey hazel heath heather
hector heidi helen henry herbert herman hilda holly homer hope howard hugh hunter ian ida inez irene iris irma isaac
isabel isabella isaiah ivan jack jackie jacob jacqueline jaden jaime jake jamal james jamie jan jane janet janice
jared jasmine jason javier jay jean jeanette jeanne jeff jeffery jeffrey jenna jennie jennifer jenny jeremiah jeremy
jerome jerry jesse jessica jessie jesus jill jim jimmy jo joan joann joanna joanne jodi jody joe joel joey john
johnny jon jonathan jordan jorge jose josefina joseph josephine josh joshua joy joyce juan juanita judith judy
julia julian julie julio june justin kaitlyn kara karen kari karl kate katelyn katherine kathleen kathryn kathy
katie katrina kay kayla keith kelly kelsey ken kendra kenneth kenny kent kerry kevin kim kimberly kirk kristen
kristin kristina kristy kurt kyle lacey lance larry laura lauren laurie lawrence leah lee leigh lena leo leon
leonard leroy leslie lester leticia lewis liam lillian lily linda lindsay lindsey lisa lloyd logan lois lonnie
lora loretta lori lorraine louis louise lucas lucia lucille lucy luis luke luther lydia lyle lynn lynne mabel
mackenzie madeline madison mae maggie malcolm mandy manuel marc marcia marco marcus margaret margarita maria
marian marianne marie marilyn mario marion marjorie mark marlene marsha marshall martha martin marvin mary mason
matt matthew mattie maureen maurice max maxine megan melanie melinda melissa melvin mercedes meredith mia micheal
michele michelle miguel mike mildred miles milton mindy miranda miriam misty mitchell molly monica monique morgan
myra myrtle nadia nancy naomi natalie natasha nathan nathaniel neil nellie nelson nicholas nick nicole nina noah
nora norma norman oliver olivia omar oscar owen paige pam pamela pat patricia patrick patsy patti patty paul paula
pauline pearl pedro peggy penny pete peter phil philip phillip phyllis preston priscilla rachel rafael ralph ramon
randall randy raul ray raymond rebecca regina reginald rene renee rhonda ricardo rick ricky riley rita rob robbie
robert roberta roberto robin robyn rochelle rodney roger roland ron ronald ronnie rosa rosalie rose rosemary ross
roxanne roy ruben ruby rudy russell ruth ryan sabrina sadie sally sam samantha samuel sandra sandy sara sarah
savannah scott sean sergio seth shane shannon shari sharon shaun shawn sheila shelby shelley sheri sherri sherry
shirley sidney sierra silvia simone sonia sonya sophia sophie spencer stacey stacy stan stanley stella stephanie
stephen steve steven stuart sue summer susan suzanne sydney sylvia tabitha tamara tami tammy tanya tara tasha
taylor ted teresa terrance terrence terri terry thelma theodore theresa thomas tiffany tim timothy tina toby todd
tom tommy toni tony tonya tracey traci tracy travis trevor tricia tyler tyrone valerie vanessa vera vernon
veronica vicki vickie vicky victor victoria vincent viola violet virginia vivian wade wallace walter wanda warren
wayne wendy wesley whitney wilbur willard william willie wilma winston yolanda yvette yvonne zachary zoe
abdullah ahmad akbar aminu ayesha bilal fatima farid habib hamid hamza hassan imran jamil karim khalid
mustafa nasser rashid salim samir tariq yusuf zainab
alessandro andrea angela anton dmitri elena francesca giovanni giuseppe hans helmut ingrid jacques jean-claude
jean-pierre juergen jurgen klaus lars luca marco marta matteo nikolai olga pablo pierre sven ursula yulia
hiroshi kenji yuki takashi akira chen wei ming jun hui raj rahul priya sunil anil vijay amit deepak
`)

// surnames are frequent family names (US census, Britain): alone, without
// a place context, such a word is far more often a person already named
// in full than a small town of that name.
var surnames = setOf(`
smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson anderson
thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson walker young
allen king wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell mitchell carter
roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers
gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez
wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez
powell jenkins perry russell sullivan bell coleman butler henderson barnes gonzales fisher vasquez simmons romero
jordan patterson alexander hamilton graham reynolds griffin wallace moreno west cole hayes bryant herrera gibson
ellis tran medina aguilar stevens murray ford castro marshall owens harrison fernandez mcdonald woods washington
kennedy wells vargas henry chen freeman webb tucker guzman burns crawford olson simpson porter hunter gordon mendez
silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner black robertson boyd rose stone salazar fox
warren mills meyer rice schmidt garza daniels ferguson nichols stephens soto weaver ryan gardner payne grant dunn
kelley spencer hawkins arnold pierce vazquez hansen peters santos hart bradley knight elliott cunningham duncan
armstrong hudson carroll lane riley andrews alvarado ray delgado berry perkins hoffman johnston matthews pena
richards contreras willis carpenter lawrence sandoval guerrero george chapman rios estrada ortega watkins greene
nunez wheeler valdez harper burke larson santiago maldonado morrison franklin carlson austin dominguez carr lawson
jacobs obrien lynch singh vega bishop montgomery oliver jensen harvey williamson gilbert dean sims espinoza howell
li wong reid hanson le mccoy garrett burton fuller wang weber welch rojas lucas marquez fields park yang little
banks padilla day walsh bowman schultz luna fowler mejia davidson acosta brewer may holland juarez newman pearson
curtis cortez douglas schneider joseph barrett navarro figueroa keller avila wade molina stanley hopkins campos
barnett bates chambers caldwell beck lambert miranda byrd craig ayala lowe frazier powers neal leonard gregory
carrillo sutton fleming rhodes shelton schwartz norris jennings watts duran walters cohen mcdaniel moran parks
steele vaughn becker holt deleon barker terry hale leon benson haynes horton miles lyons pham graves bush
thornton wolfe warner cabrera mckinney mann zimmerman dawson lara fletcher page mccarthy love robles cervantes
solis erickson reeves chang klein salinas fuentes baldwin daniel simon velasquez hardy higgins aguirre lin cummings
chandler sharp barber bowen ochoa dennis robbins liu ramsey francis griffith paul blair oconnor cardenas pacheco
cross calderon quinn moss swanson chan rivas khan rodgers serrano fitzgerald rosales stevenson christensen manning
gill curry mclaughlin harmon mcgee gross doyle garner newton burgess reese walton blake trujillo adkins brady
goodman roman webster goodwin fischer huang potter delacruz montoya todd wu hines mullins castaneda malone cannon
tate mack sherman hubbard hodges zhang guerra wolf valencia saunders franco rowe gallagher farmer hammond hampton
townsend ingram wise gallegos clarke barton schroeder maxwell waters logan camacho strickland norman person colon
parsons frank harrington glover osborne buchanan casey floyd patton ibarra ball tyler suarez bowers orozco salas
cobb gibbs andrade bauer conner moody escobar mcguire lloyd mueller hartman french kramer mcbride pope lindsey
velazquez norton mccormick sparks flynn yates hogan marsh macias villanueva zamora pratt stokes owen ballard lang
brock villarreal charles drake barrera cain patrick pineda burnett mercado santana shepherd bautista ali shaffer
lamb trevino mckenzie hess olsen cochran morton nash wilkins petersen briggs shah roth nicholson holloway
lozano rangel flowers hoover short arias mora valenzuela bryan meyers weiss underwood bass greer summers houston
carson morrow clayton whitaker decker yoder collier zuniga carey wilcox melendez poole roberson larsen conley
davenport copeland massey lam huff rocha cameron jefferson hood monroe anthony pittman huynh randall singleton kirk
combs mathis christian skinner bradford richard galvan wall boone kirby wilkinson bridges bruce atkinson velez meza
roy vincent york hodge villa abbott allison tapia gates chase sosa sweeney farrell wyatt dalton horn barron phelps
yu dickerson heath foley atkins mathews bonilla acevedo benitez zavala hensley glenn cisneros harrell shields rubio
huffman choi boyer garrison arroyo bond kane hancock callahan dillon cline wiggins grimes arellano melton oneill
savage ho beltran pitts parrish ponce rich booth koch golden ware brennan mcdowell marks cantu humphrey baxter
sawyer clay tanner hutchinson kaur berg wiley gilmore russo villegas hobbs keith wilkerson ahmed beard mcclain
montes mata rosario vang walter henson oneal mosley mcclure beasley stephenson snow huerta preston vance barry
johns eaton blackwell dyer prince macdonald solomon guevara stafford english hurst woodard cortes shannon kemp
nolan mccullough merritt murillo moon salgado strong kline cordova barajas roach rosas winters jacobson lester
knox bullock kerr leach meadows orr davila whitehead pruitt kent conway mckee barr david dejesus marin berger
mcintyre blankenship gaines palacios cuevas bartlett durham dorsey mccall odonnell stein browning stout lowery
sloan mclean hendricks calhoun sexton chung gentry hull duarte ellison nielsen gillespie buck middleton sellers
leblanc esparza hardin bradshaw mcintosh howe livingston frost glass morse knapp herman stark bravo noble spears
weeks corona frederick buckley mcfarland hebert enriquez hickman quintero randolph schaefer walls trejo house
reilly pennington michael conrad giles benjamin crosby fitzpatrick donovan mays mahoney valentine raymond medrano
hahn mcmillan small bentley felix peck lucero boyle hanna pace rush hurley harding mcconnell bernal nava ayers
everett ventura avery pugh mayer bender shepard mcmahon landry case sampson moses magana blackburn dunlap gould
duffy vaughan herring mckay espinosa rivers farley bernard ashley friedman potts truong costa correa blevins nixon
clements fry delarosa best benton lugo portillo dougherty crane haley phan villalobos blanchard horne finley quintana
lynn esquivel bean dodson mullen xiong hayden cano levy huber richmond moyer lim frye sheppard mccarty avalos booker
waller parra woodward jaramillo krueger rasmussen brandt peralta donaldson stuart faulkner maynard galindo coffey
estes sanford burch maddox vo oconnell vu andersen spence mcpherson church schmitt stanton leal cherry compton dudley
sierra pollard alfaro hester proctor lu hinton novak good madden mccann terrell jarvis dickson reyna cantrell mayo
branch hendrix rollins rowland whitney duke odom daugherty travis tang archer
obama trump biden putin merkel macron erdogan netanyahu modi assad zelensky sanders pelosi mcconnell
`)

// peoples are names of ethnic groups that villages somewhere also bear:
// alone they name the people, not a place ("Berber traders", "Zulu
// chiefs").
var peoples = setOf(`igbo yoruba hausa fulani zulu xhosa pashtun pashtuns hazara hazaras uighur uighurs uyghur
uyghurs rohingya berber berbers bedouin bedouins druze maori inuit sikh sikhs hutu hutus tutsi tutsis oromo amhara
kikuyu luo maasai masai shona ndebele tuareg tuaregs`)

// kinNouns before a capitalised word introduce a person ("her son
// Ethan", "his wife, Carla,").
var kinNouns = setOf(`son sons daughter daughters wife husband brother sister mother father mom dad girlfriend
boyfriend fiance fiancee partner widow widower grandson granddaughter grandmother grandfather uncle aunt nephew
niece cousin stepson stepdaughter godmother godfather baby`)

// kinAfter after "X's" show X is a person ("Florence's mother").
var kinAfter = setOf(`father mother dad mom parents son daughter wife husband brother sister family children kids
boyfriend girlfriend coach lawyer attorney friends friend grandmother grandfather`)

// personContexts marks the capitalised words the text uses as people's
// names: spoke counts a name right before or after a verb of speech
// ("Warren says", "said Porter.") or after "according to", which more
// place contexts outweigh ("Marion says no … Marion residents … a Marion
// resident"); strong holds the names after an age ("seven-year-old
// Florence Hale", "Luis Ortega, 35,"), after a kin noun ("son Ethan") or
// before "'s mother", whose use as a person is beyond doubt even for a
// country's name.
func (d *doc) personContexts() {
	toks := d.toks
	capWord := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].word && toks[k].cap && !toks[k].upper && !toks[k].digit
	}
	// endName reports whether the capitalised name at k ends there: the
	// next token is no capitalised word joined by a space.
	endName := func(k int) bool {
		return !(k+1 < len(toks) && capWord(k+1) && toks[k+1].gap == 1)
	}
	for k := range toks {
		if !capWord(k) {
			continue
		}
		low := d.tokLower(k)
		if stopWords[low] || titles[low] {
			continue
		}
		single := !(k > 0 && capWord(k-1) && toks[k].gap == 1) && endName(k)
		// "Warren says", "Porter tweeted": a single name before a speech verb
		if single && k+1 < len(toks) && toks[k+1].gap == 1 && speechVerbs[d.tokLower(k+1)] &&
			!placePreps[d.tokLower(k-1)] && d.tokLower(k-1) != "of" {
			d.spoke[low]++
		}
		// "said Porter.", "according to Fletcher,"
		if single && k+1 <= len(toks) && (k+1 == len(toks) || !toks[k+1].word) && toks[k].gap == 1 {
			if speechVerbs[d.tokLower(k-1)] || d.tokLower(k-1) == "to" && d.tokLower(k-2) == "according" {
				d.spoke[low]++
			}
		}
		// "seven-year-old Florence Hale", "the 67-year-old Edna Pratt"
		// (but "the 31-year-old Fargo woman")
		if d.tokLower(k-1) == "old" && (d.tokLower(k-3) == "year" || d.tokLower(k-3) == "years") && toks[k].gap == 1 &&
			k+1 < len(toks) && capWord(k+1) && toks[k+1].gap == 1 && !residentNouns[d.tokLower(k+1)] {
			d.buf = d.p.g.AppendLookup(d.buf[:0], d.text[toks[k].B:toks[k+1].E])
			if len(d.buf) == 0 && !d.cityName(k) {
				d.strong[low] = true
				d.strong[d.tokLower(k+1)] = true
			}
		}
		// "son Ethan", "his wife, Carla,"
		if toks[k].gap == 1 && (kinNouns[d.tokLower(k-1)] || d.isPunct(k-1, ",") && kinNouns[d.tokLower(k-2)]) && k >= 1 {
			d.strong[low] = true
		}
		// "Luis Ortega, 35,": an age after a full name
		if k > 0 && capWord(k-1) && toks[k].gap == 1 && d.isPunct(k+1, ",") && k+3 < len(toks) &&
			toks[k+2].digit && len(d.tokText(k+2)) <= 2 && d.isPunct(k+3, ",") {
			d.strong[low] = true
		}
		// "Florence's mother"
		if (d.isPunct(k+1, "'") || d.isPunct(k+1, "’")) && d.tokLower(k+2) == "s" && kinAfter[d.tokLower(k+3)] {
			d.strong[low] = true
		}
	}
	for w := range d.strong {
		d.person[w] = true
	}
}

// cityName reports whether token k alone names a city of some size
// ("Leeds" in "the 40-year-old Leeds Rhino").
func (d *doc) cityName(k int) bool {
	d.buf = d.p.g.AppendLookup(d.buf[:0], d.tokText(k))
	for _, c := range d.buf {
		if c.Match != gazetteer.MatchShort && c.Kind == gazetteer.KindPlace && c.Entry.Prior >= 5 {
			return true
		}
	}
	return false
}

// markPlaceWords notes the capitalised words the text uses somewhere in
// a place context (placeContextAt): a frequent given name or surname
// that is used so is not taken for a person elsewhere on the lexicon
// alone.
func (d *doc) markPlaceWords() {
	d.placeWord = map[string]int{}
	for k, t := range d.toks {
		if t.word && t.cap && !t.digit && d.placeContextAt(k, k+1) {
			d.placeWord[d.tokLower(k)]++
		}
	}
}

// residentNouns after a name make it a place: "a Fargo woman", "the
// Ramsey area", "Tyler police".
var residentNouns = setOf(`man men woman women resident residents native natives area areas community communities
police city county town township village neighborhood neighbourhood homeowners voters officials schools district
street streets avenue road roads pd`)

// placeContext reports whether the words around m make a place reading
// likely (placeContextAt) or a container follows it ("Parker, Colo.").
func (d *doc) placeContext(m *mention) bool {
	return d.placeContextAt(m.ti, m.tj) || d.listedAfterPlace(m) || d.hyphenedToPlace(m) || d.containerFollows(m)
}

// listedAfterPlace reports whether m follows a place mention in a list
// ("in Becker, Clay and Polk counties": Clay after Becker).
func (d *doc) listedAfterPlace(m *mention) bool {
	if len(d.ms) == 0 || m.ti < 2 {
		return false
	}
	last := &d.ms[len(d.ms)-1]
	if last.adj || last.tj != m.ti-1 {
		return false
	}
	sep := d.tokLower(m.ti - 1)
	return d.isPunct(m.ti-1, ",") || sep == "and" || sep == "or"
}

// hyphenedToPerson reports whether m is joined by a hyphen to a given
// name or a surname that names no town of some size: a double-barrelled
// name ("Lopez-Mason", "Jean-Paul"), not two towns ("Tyler-Lindale").
func (d *doc) hyphenedToPerson(m *mention) bool {
	for _, other := range d.hyphenPartners(m) {
		if w := d.tokLower(other); (givenNames[w] || surnames[w] || d.person[w]) && !d.townName(other) {
			return true
		}
	}
	return false
}

// townName reports whether token k alone names a town of 30,000 people
// or more.
func (d *doc) townName(k int) bool {
	d.buf = d.p.g.AppendLookup(d.buf[:0], d.tokText(k))
	for _, c := range d.buf {
		if c.Match == gazetteer.MatchName && c.Kind == gazetteer.KindPlace && c.Entry.Prior >= 4.5 {
			return true
		}
	}
	return false
}

// hyphenPartners returns the tokens joined to m by a hyphen without
// spaces, before and after.
func (d *doc) hyphenPartners(m *mention) []int {
	var out []int
	if m.ti >= 2 && d.toks[m.ti].gap == 0 && d.isPunct(m.ti-1, "-") && d.toks[m.ti-1].gap == 0 && d.toks[m.ti-2].cap {
		out = append(out, m.ti-2)
	}
	if m.tj+1 < len(d.toks) && d.isPunct(m.tj, "-") && d.toks[m.tj].gap == 0 && d.toks[m.tj+1].gap == 0 && d.toks[m.tj+1].cap {
		out = append(out, m.tj+1)
	}
	return out
}

// hyphenedToPlace reports whether m is joined by a hyphen to a town's
// name that is no person's ("Tyler-Lindale", a school district of two
// towns; unlike "Lopez-Garcia").
func (d *doc) hyphenedToPlace(m *mention) bool {
	other := -1
	switch {
	case m.ti >= 2 && d.toks[m.ti].gap == 0 && d.isPunct(m.ti-1, "-") && d.toks[m.ti-1].gap == 0:
		other = m.ti - 2
	case m.tj+1 < len(d.toks) && d.isPunct(m.tj, "-") && d.toks[m.tj].gap == 0 && d.toks[m.tj+1].gap == 0:
		other = m.tj + 1
	default:
		return false
	}
	t := d.toks[other]
	w := d.tokLower(other)
	if !t.word || !t.cap || givenNames[w] || surnames[w] || d.person[w] {
		return false
	}
	d.buf = d.p.g.AppendLookup(d.buf[:0], d.tokText(other))
	for _, c := range d.buf {
		if c.Match == gazetteer.MatchName && c.Kind == gazetteer.KindPlace {
			return true
		}
	}
	return false
}

// placeContextAt reports whether the words around tokens [i, j) make a
// place reading likely: a place preposition before ("in Parker"), a
// modifier ("downtown Tyler", "north of Tyler"), a residence after an
// age ("Smith, 43, of Muncie"), a legislator's district ("R-Mason"), a
// resident noun after ("a Fargo woman", "Carter streets").
func (d *doc) placeContextAt(i, j int) bool {
	p := d.tokLower(i - 1)
	if placePreps[p] && p != "to" && p != "via" || modifiers[p] {
		return true
	}
	if p == "of" && (d.isPunct(i-2, ",") || modifiers[d.tokLower(i-2)]) {
		return true
	}
	if d.isPunct(i-1, "-") && i >= 2 && d.toks[i-2].upper && d.toks[i-2].E-d.toks[i-2].B <= 3 && d.toks[i].gap == 0 {
		return true
	}
	return j < len(d.toks) && d.toks[j].gap == 1 && residentNouns[d.tokLower(j)]
}

// speaksForGovernment reports whether m may name a country, a capital or
// a division by its own name: a name that speaks for its government
// ("Russia says", "Ontario said"), unlike a town or a division known by
// an alternate name only ("X" for "X Region").
func speaksForGovernment(m *mention) bool {
	for _, c := range m.cands[:min(3, len(m.cands))] {
		switch {
		case c.match == gazetteer.MatchShort:
		case c.e.Kind == gazetteer.KindCountry || c.e.Kind == gazetteer.KindRegion || c.e.FeatureCode == "PPLC":
			return true
		case c.e.Kind == gazetteer.KindAdmin1 && c.match == gazetteer.MatchName:
			return true
		}
	}
	return false
}

// smallPlace reports whether none of m's candidates is a country, a
// division, a capital or a city of some size: a name a person's name
// outweighs.
func smallPlace(m *mention) bool {
	for _, c := range m.cands {
		if c.match == gazetteer.MatchShort {
			continue
		}
		switch c.e.Kind {
		case gazetteer.KindCountry, gazetteer.KindAdmin1, gazetteer.KindRegion:
			return false
		}
		if c.e.FeatureCode == "PPLC" || c.base >= 5.5 {
			return false
		}
	}
	return true
}

// personName reports whether a single capitalised word is rather a
// person's name than a place: a word the text uses as a person beyond
// doubt, or a frequent given name or surname that names no place of
// weight and that the text never uses in a place context.
func (d *doc) personName(m *mention, low string) bool {
	if d.placeContext(m) {
		return false
	}
	if d.strong[low] || (d.hyphenedToPerson(m) || peoples[low]) && smallPlace(m) {
		return true
	}
	if (givenNames[low] || surnames[low]) && smallPlace(m) && d.placeWord[low] == 0 {
		return true
	}
	return false
}

func init() {
	// frequent given names that are first of all places, or start the
	// names of teams and firms ("Dallas Cowboys", "Georgia Power"), are
	// left out
	skip := setOf(`georgia virginia dallas austin chester florence jordan chelsea savannah madison sydney
	victoria regina charlotte geneva carolina`)
	for w := range moreGivenNames {
		if !skip[w] {
			givenNames[w] = true
		}
	}
}
