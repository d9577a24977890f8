package geoparse

import "strings"

// The word lists below are general English and news-writing knowledge:
// function words, calendar words, titles, frequent given names, postal and
// AP-style abbreviations of divisions. None is derived from evaluation data.

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// stopWords are lower-cased words that are never a place on their own, even
// capitalised (sentence starts, headlines), whatever the gazetteer holds.
var stopWords = setOf(`
a an the this that these those there here it its it's he she they we you i me him her them us our your their his
my mine yours ours theirs who whom whose which what when where why how whatever whoever
and or but nor so yet for of in on at to from by with without within into onto upon over under about above below
after before since until till during while as than then though although because if unless whether
is are was were be been being am do does did done has have had having will would shall should can could may might must
not no yes all any some each every both either neither few many much more most less least other others another such
one two three four five six seven eight nine ten first second third last next new old
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight
mon tue tues wed thu thur thurs fri sat sun
spring summer autumn fall winter christmas easter
mr mrs ms dr sir madam lord lady
said says say told tells according also just only even still already however meanwhile moreover
north south east west northern southern eastern western central northeast northwest southeast southwest
city town village county state province region district area country nation capital street road avenue
police army navy government president minister court university school college hospital church
news report reports reporter photo video image story update updated breaking live watch read
mobile reading price bill hope faith grace joy mark rich young long short white black green brown gray grey red
love liberty independence union unity victory freedom justice commerce industry
home house office center centre park lake river beach bay island mount hill valley
man woman men women people person family children child boy girl
good bad best better worst great big small high low
via per etc inc ltd co corp llc plc
click share email print subscribe follow comment comments
god jesus christ allah
ap afp upi cnn bbc abc nbc cbs fox tv fm am pm ii iii iv jr sr inc
interior council bank banks metro superior continental day mart wal federal economy free chamber post star
liberal conservative democrat republican labour labor tory
jewish muslim christian catholic protestant hindu sikh buddhist
olympics olympic sino anglo franco euro afro indo
congress senate parliament duma knesset bundestag majlis
hamas hezbollah taliban fatah isis xinhua reuters
`)

// featureHeads end names of places the gazetteer often lacks (rivers,
// counties, streets): a capitalised run ending in one is a mention even
// when the whole is no gazetteer key.
var featureHeads = setOf(`River Creek Lake County Parish Township Street Road Avenue Drive Boulevard Highway Lane
Island Islands Valley Mountains Mountain Bay Canal Square Bridge Park Estate Quarter District St. Ave. Rd. Blvd.`)

// streetHeads end street names, which often start with a direction
// ("North Maple Street", "East Ninth Avenue").
var streetHeads = setOf(`Street Road Avenue Drive Boulevard Highway Lane St. Ave. Rd. Blvd.`)

// directions may start a street name.
var directions = setOf(`north south east west northeast northwest southeast southwest`)

// lowerConnectors may join the words of a multi-word place name.
var lowerConnectors = setOf(`of the de du des la le les del della di da do dos das von van der den al el and upon on sur am an im y`)

// hyphenParticles are the lower-case particles of transliterated names,
// allowed inside a name only when a hyphen joins them to it: the Persian
// and Dari ezafe ("Pul-i-Khumri", "Mazar-i-Sharif", "Dasht-e Kavir") and
// the Arabic article with its assimilated forms ("Ras al-Ain",
// "Deir ez-Zor", "ash-Shaddadi", "Umm ar-Rasas").
var hyphenParticles = setOf(`i e ye al el ul ud ad ar as ash at az an ed es ez er et en`)

// titles before a capitalised word make it a person ("President Lincoln",
// "Gov. Brown", "Sen. Kelly").
var titles = setOf(`
mr mrs ms miss dr prof sir lord lady dame rev reverend father sister brother saint
president vice-president governor gov senator sen representative rep congressman congresswoman
mayor minister premier chancellor secretary ambassador judge justice sheriff officer detective
general gen colonel col major maj captain capt lieutenant lt sergeant sgt admiral adm commander corporal cpl
chief coach king queen prince princess pope emperor sheikh emir sultan ayatollah
spokesman spokeswoman chairman chairwoman director superintendent trooper deputy attorney
`)

// givenNames are frequent first names; before a capitalised word they
// make it a surname ("Kelly Clarkson" is not Kelly, "John Kerry").
var givenNames = setOf(`
john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
jack dennis jerry aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith
christian roger noah gerald carl terry sean arthur lawrence jesse dylan bryan joe jordan billy bruce albert
willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine
carolyn janet ruth maria heather diane julie joyce olivia kelly christina lauren joan evelyn
judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice
doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany
natalie isabella rose alexis kayla chelsea
vladimir dmitry sergei sergey alexei alexey ivan igor oleg yuri andrei mikhail nikolai viktor volodymyr petro
mohammed muhammad ahmed ali hassan hussein omar abdul ibrahim mahmoud khalid recep bashar benjamin xi li wang
simon hillary barack emmanuel angela boris theresa justin narendra shinzo kim moon jacinda
`)

// speechVerbs after a bare name make a person or an organisation more
// likely than a place, unless the name is a country or capital (metonymy).
var speechVerbs = setOf(`said says told added asked replied stated announced argued claimed insisted wrote tweeted explained noted warned urged`)

// personFollowers after a single capitalised token show a person.
var personFollowers = setOf(`jr sr ii iii iv`)

// nonPlaceHeads after a place name make the phrase something else: a dish,
// a team, a company ("Turkey dinner", "Chelsea won" is handled by verbs).
var nonPlaceHeads = setOf(`dinner dinners sandwich sandwiches sauce dressing fries salad toast cheese breast legs
wings burger pudding stew`)

// sportsVerbs after a bare city name make a team likely ("Chelsea won").
var sportsVerbs = setOf(`won beat lost drew defeated edged routed trounced thrashed`)

// placePreps before a word make a place reading likely.
var placePreps = setOf(`in at near from to outside inside across around toward towards into through via throughout
between within beyond off`)

// featureCues after a mention ask for a feature type ("the Dnipro river",
// "Donetsk province", "Belaya air base").
var featureCues = map[string]string{
	"river": "H", "lake": "H", "sea": "H", "bay": "H", "gulf": "H", "strait": "H", "ocean": "H",
	"province": "A1", "oblast": "A1", "region": "A1", "state": "A1", "governorate": "A1", "prefecture": "A1",
	"county": "A2", "district": "A2", "raion": "A2", "parish": "A2",
	"city": "P", "town": "P", "village": "P", "port": "P", "township": "P", "borough": "P",
	"airport": "S", "airbase": "S", "airfield": "S",
	"mountain": "T", "mountains": "T", "mount": "T", "peninsula": "T", "island": "T", "islands": "T",
}

// apStates are the AP-style and postal abbreviations of US states and
// Canadian and Australian divisions, mapped to GeoNames admin1 codes.
var apStates = map[string]string{
	"Ala.": "US.AL", "Ariz.": "US.AZ", "Ark.": "US.AR", "Calif.": "US.CA", "Colo.": "US.CO", "Conn.": "US.CT",
	"Del.": "US.DE", "Fla.": "US.FL", "Ga.": "US.GA", "Ill.": "US.IL", "Ind.": "US.IN", "Kan.": "US.KS",
	"Kans.": "US.KS", "Ky.": "US.KY", "La.": "US.LA", "Md.": "US.MD", "Mass.": "US.MA", "Mich.": "US.MI",
	"Minn.": "US.MN", "Miss.": "US.MS", "Mo.": "US.MO", "Mont.": "US.MT", "Neb.": "US.NE", "Nebr.": "US.NE",
	"Nev.": "US.NV", "N.H.": "US.NH", "N.J.": "US.NJ", "N.M.": "US.NM", "N.Y.": "US.NY", "N.C.": "US.NC",
	"N.D.": "US.ND", "Okla.": "US.OK", "Ore.": "US.OR", "Oreg.": "US.OR", "Pa.": "US.PA", "Penn.": "US.PA",
	"R.I.": "US.RI", "S.C.": "US.SC", "S.D.": "US.SD", "Tenn.": "US.TN", "Tex.": "US.TX", "Vt.": "US.VT",
	"Va.": "US.VA", "Wash.": "US.WA", "W.Va.": "US.WV", "W. Va.": "US.WV", "Wis.": "US.WI", "Wisc.": "US.WI",
	"Wyo.": "US.WY", "D.C.": "US.DC",
	"B.C.": "CA.02", "Alta.": "CA.01", "Sask.": "CA.11", "Man.": "CA.03", "Ont.": "CA.08", "Que.": "CA.10",
	"N.S.": "CA.07", "N.B.": "CA.04", "P.E.I.": "CA.09", "N.L.": "CA.05", "Nfld.": "CA.05",
	"NSW": "AU.02", "Qld": "AU.04", "QLD": "AU.04", "Vic": "AU.07", "VIC": "AU.07", "Tas": "AU.06", "ACT": "AU.01",
	"BC": "CA.02",
}

// aliases are common names of places the gazetteer spells otherwise or
// lacks, mapped to a gazetteer id. Historical states map to their chief
// successor so that a mention still gets a point.
var aliases = map[string]string{
	"britain":          "country:GB",
	"great britain":    "country:GB",
	"u k":              "country:GB",
	"soviet union":     "country:RU",
	"ussr":             "country:RU",
	"eu":               "region:europe",
	"european union":   "region:europe",
	"holland":          "country:NL",
	"burma":            "country:MM",
	"persia":           "country:IR",
	"america":          "country:US",
	"u s a":            "country:US",
	"usa":              "country:US",
	"uae":              "country:AE",
	"drc":              "country:CD",
	"ivory coast":      "country:CI",
	"east timor":       "country:TL",
	"czech republic":   "country:CZ",
	"swaziland":        "country:SZ",
	"macedonia":        "country:MK",
	"yugoslavia":       "country:RS",
	"czechoslovakia":   "country:CZ",
	"korea":            "country:KR",
	"north korea":      "country:KP",
	"dprk":             "country:KP",
	"south korea":      "country:KR",
	"vatican":          "country:VA",
	"scotland":         "a1:GB.SCT",
	"wales":            "a1:GB.WLS",
	"northern ireland": "a1:GB.NIR",
	// airports known by a bare name
	"heathrow":    "ourairports:2434",
	"gatwick":     "ourairports:2429",
	"stansted":    "ourairports:2476",
	"o hare":      "ourairports:3754",
	"ohare":       "ourairports:3754",
	"laguardia":   "ourairports:3643",
	"la guardia":  "ourairports:3643",
	"dulles":      "ourairports:3602",
	"schiphol":    "ourairports:2513",
	"ben gurion":  "ourairports:4411",
	"jfk airport": "ourairports:3622",
}

// landmarks are seats of power and landmarks that stand for their city
// ("the White House said", "the Kremlin denied"). They place a mention
// recognised by other means or given as a span, but do not make one:
// news corpora rarely count them as places.
var landmarks = map[string]string{
	"white house":       "geonames:4140963",
	"west wing":         "geonames:4140963",
	"oval office":       "geonames:4140963",
	"capitol hill":      "geonames:4140963",
	"pentagon":          "geonames:4140963",
	"foggy bottom":      "geonames:4140963",
	"kremlin":           "geonames:524901",
	"downing street":    "geonames:2643743",
	"whitehall":         "geonames:2643743",
	"buckingham palace": "geonames:2643743",
	"elysee palace":     "geonames:2988507",
	"zhongnanhai":       "geonames:1816670",
	"wall street":       "geonames:5128581",
	"times square":      "geonames:5128581",
	"hollywood":         "geonames:5368361",
	"silicon valley":    "geonames:5392171",
}

// seatsOfPower are the landmarks that news writes for an institution
// ("the White House said", "the Kremlin denied"): even where a village of
// the same name exists ("White House", Tennessee), such a name makes no
// mention unless a container follows it ("White House, Tenn."). Given as
// a span, it is still placed at its city.
var seatsOfPower = map[string]bool{"white house": true, "west wing": true, "oval office": true, "capitol hill": true,
	"pentagon": true, "foggy bottom": true, "kremlin": true, "downing street": true, "whitehall": true,
	"buckingham palace": true, "elysee palace": true, "zhongnanhai": true}

// adjectiveAliases are adjectives of continents and regions, which the
// gazetteer's demonyms (countries only) lack.
var adjectiveAliases = map[string]string{
	"european":       "region:europe",
	"europeans":      "region:europe",
	"african":        "region:africa",
	"africans":       "region:africa",
	"asian":          "region:asia",
	"asians":         "region:asia",
	"middle eastern": "region:middle-east",
	"latin american": "region:south-america",
	"north american": "region:north-america",
	"south american": "region:south-america",
	"soviet":         "country:RU",
	"british":        "country:GB",
	"texan":          "a1:US.TX",
	"texans":         "a1:US.TX",
	"californian":    "a1:US.CA",
	"californians":   "a1:US.CA",
	"floridian":      "a1:US.FL",
	"new yorker":     "a1:US.NY",
	"new yorkers":    "a1:US.NY",
	"quebecois":      "a1:CA.10",
	"albertan":       "a1:CA.01",
	"albertans":      "a1:CA.01",
	"ontarian":       "a1:CA.08",
	"kurdish":        "region:kurdistan",
	"english":        "a1:GB.ENG",
	"scottish":       "a1:GB.SCT",
	"welsh":          "a1:GB.WLS",
	"arab":           "region:middle-east",
	"palestinians":   "country:PS",
	// people of US states, Canadian provinces and regions elsewhere
	"alabamian":          "a1:US.AL",
	"alabamians":         "a1:US.AL",
	"alaskan":            "a1:US.AK",
	"alaskans":           "a1:US.AK",
	"arizonan":           "a1:US.AZ",
	"arizonans":          "a1:US.AZ",
	"arkansan":           "a1:US.AR",
	"arkansans":          "a1:US.AR",
	"coloradan":          "a1:US.CO",
	"coloradans":         "a1:US.CO",
	"connecticuter":      "a1:US.CT",
	"floridians":         "a1:US.FL",
	"hawaiian":           "a1:US.HI",
	"hawaiians":          "a1:US.HI",
	"idahoan":            "a1:US.ID",
	"idahoans":           "a1:US.ID",
	"illinoisan":         "a1:US.IL",
	"illinoisans":        "a1:US.IL",
	"hoosier":            "a1:US.IN",
	"hoosiers":           "a1:US.IN",
	"iowan":              "a1:US.IA",
	"iowans":             "a1:US.IA",
	"kansan":             "a1:US.KS",
	"kansans":            "a1:US.KS",
	"kentuckian":         "a1:US.KY",
	"kentuckians":        "a1:US.KY",
	"louisianan":         "a1:US.LA",
	"louisianans":        "a1:US.LA",
	"mainer":             "a1:US.ME",
	"mainers":            "a1:US.ME",
	"marylander":         "a1:US.MD",
	"marylanders":        "a1:US.MD",
	"michigander":        "a1:US.MI",
	"michiganders":       "a1:US.MI",
	"minnesotan":         "a1:US.MN",
	"minnesotans":        "a1:US.MN",
	"mississippian":      "a1:US.MS",
	"mississippians":     "a1:US.MS",
	"missourian":         "a1:US.MO",
	"missourians":        "a1:US.MO",
	"montanan":           "a1:US.MT",
	"montanans":          "a1:US.MT",
	"nebraskan":          "a1:US.NE",
	"nebraskans":         "a1:US.NE",
	"nevadan":            "a1:US.NV",
	"nevadans":           "a1:US.NV",
	"new jerseyan":       "a1:US.NJ",
	"new jerseyans":      "a1:US.NJ",
	"new mexican":        "a1:US.NM",
	"new mexicans":       "a1:US.NM",
	"north carolinian":   "a1:US.NC",
	"north carolinians":  "a1:US.NC",
	"north dakotan":      "a1:US.ND",
	"north dakotans":     "a1:US.ND",
	"ohioan":             "a1:US.OH",
	"ohioans":            "a1:US.OH",
	"oklahoman":          "a1:US.OK",
	"oklahomans":         "a1:US.OK",
	"oregonian":          "a1:US.OR",
	"oregonians":         "a1:US.OR",
	"pennsylvanian":      "a1:US.PA",
	"pennsylvanians":     "a1:US.PA",
	"rhode islander":     "a1:US.RI",
	"rhode islanders":    "a1:US.RI",
	"south carolinian":   "a1:US.SC",
	"south carolinians":  "a1:US.SC",
	"south dakotan":      "a1:US.SD",
	"south dakotans":     "a1:US.SD",
	"tennessean":         "a1:US.TN",
	"tennesseans":        "a1:US.TN",
	"utahn":              "a1:US.UT",
	"utahns":             "a1:US.UT",
	"vermonter":          "a1:US.VT",
	"vermonters":         "a1:US.VT",
	"virginian":          "a1:US.VA",
	"virginians":         "a1:US.VA",
	"west virginian":     "a1:US.WV",
	"west virginians":    "a1:US.WV",
	"wisconsinite":       "a1:US.WI",
	"wisconsinites":      "a1:US.WI",
	"wyomingite":         "a1:US.WY",
	"wyomingites":        "a1:US.WY",
	"british columbian":  "a1:CA.02",
	"british columbians": "a1:CA.02",
	"manitoban":          "a1:CA.03",
	"manitobans":         "a1:CA.03",
	"new brunswicker":    "a1:CA.04",
	"new brunswickers":   "a1:CA.04",
	"newfoundlander":     "a1:CA.05",
	"newfoundlanders":    "a1:CA.05",
	"nova scotian":       "a1:CA.07",
	"nova scotians":      "a1:CA.07",
	"ontarians":          "a1:CA.08",
	"quebecer":           "a1:CA.10",
	"quebecers":          "a1:CA.10",
	"saskatchewanian":    "a1:CA.11",
	"south ossetian":     "region:south-ossetia",
	"south ossetians":    "region:south-ossetia",
	"abkhaz":             "region:abkhazia-region",
	"abkhazian":          "region:abkhazia-region",
	"abkhazians":         "region:abkhazia-region",
	"transnistrian":      "region:transnistria",
	"kashmiri":           "region:kashmir",
	"kashmiris":          "region:kashmir",
	"chechen":            "a1:RU.12",
	"chechens":           "a1:RU.12",
	"dagestani":          "a1:RU.17",
	"dagestanis":         "a1:RU.17",
	"tibetan":            "a1:CN.14",
	"tibetans":           "a1:CN.14",
	"sicilian":           "a1:IT.15",
	"sicilians":          "a1:IT.15",
	"sardinian":          "a1:IT.14",
	"bavarian":           "a1:DE.02",
	"bavarians":          "a1:DE.02",
	"catalan":            "a1:ES.56",
	"catalans":           "a1:ES.56",
	"crimean":            "region:crimea-peninsula",
}

// facilityHeads end the names of streets, buildings and facilities, which
// the gazetteer lacks: such a mention lies in the document's local focus.
var facilityHeads = setOf(`street st st. avenue ave ave. road rd rd. boulevard blvd lane drive highway square plaza
church cathedral chapel mosque temple synagogue school academy college university hospital clinic court courthouse
hall house tower building center centre museum library theater theatre stadium arena park garden gardens zoo
club inn hotel motel mall market station bridge canal railroad railway estate apartments prison jail office
embassy consulate wing base camp farm mill plant factory terminal`)

// buildingHeads right after a town's name make the pair one mention, a
// building or an institution named after the town ("Lincoln Memorial",
// "Albany Zoo"), placed in the town; not after a country, a division or
// a capital.
var buildingHeads = setOf(`hospital clinic court courthouse school academy college university library museum theater
theatre station hall house center centre memorial zoo dome stadium arena mall hotel inn motel church cathedral chapel
mosque temple synagogue tower building prison jail`)

// nameHeads after a capitalised word make the pair an organisation or an
// event, not a place ("Simon Fraser University", "Shangri-La Dialogue"),
// unless the word is a country, a division or a capital.
var nameHeads = setOf(`university college institute foundation company corporation corp group party dialogue summit
conference forum games cup award awards festival agreement accord accords treaty declaration process prize
fund trust hotel hotels resort`)
