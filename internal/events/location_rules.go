package events

import (
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// locPlace is one place of a sentence with what the text around it says.
type locPlace struct {
	p *model.Place
	// locative: a locative preposition governs the place, directly ("in
	// X"), through a noun ("in the outskirts of X", "in the X district")
	// or through the place or name it qualifies ("in Y village, X region",
	// "in Y (X)").
	locative bool
	// near: the event is by the place, not in it ("near X", "10 km north
	// of X", "between X and Y").
	near bool
	// weak: a likely misreading ranked below every other place: a
	// truncated name, the end of a route, a homonym alone in its country.
	weak bool
	// out: never the location (an actor's qualifier, a resolution outside
	// the place the text puts it in).
	out bool
	// contains: a finer place said to lie in it was rejected, so the event
	// is somewhere in it.
	contains bool
	// anchored: the text names the place it lies in, and it does.
	anchored bool
	// qualifier: the place only says where a finer one of its chain
	// lies ("Y" and "Z" of "X (Y, Z)").
	qualifier bool
	score     float64
}

// typeNouns name a kind of place after or before its name ("Khost
// province", "the district of X").
var typeNouns = setOf(`village villages town towns city cities district districts township townships municipality municipalities
county counties province provinces region regions state states governorate governorates prefecture prefectures department
departments commune communes locality localities sector sectors area areas neighbourhood neighborhood neighbourhoods
neighborhoods suburb suburbs ward wards tehsil tehsils lga lgas subdistrict sub-district oblast oblasts raion raions
hromada community communities countryside territory territories camp camps settlement settlements hamlet hamlets
quarter quarters zone zones subcounty sub-county parish parishes canton cantons emirate island islands valley hill hills
mountains outskirts vicinity environs barangay kebele woreda zila upazila union circle block urban rural`)

// partNouns lead to a place through "of" ("the outskirts of X", "the
// centre of X", "north of X").
var partNouns = setOf(`outskirts vicinity environs suburbs centre center heart edge part parts north south east west northeast
northwest southeast southwest northern southern eastern western outside km kms kilometres kilometers miles mile capital
border borders front direction`)

// nearWords make a place a reference point rather than the place itself.
var nearWords = setOf(`near nearby outside around outskirts vicinity environs between towards toward north south east west
northeast northwest southeast southwest km kms kilometres kilometers miles mile close next direction`)

// locPreps govern where something happened.
var locPreps = setOf(`in at near outside into around across on inside within throughout between towards toward along off over
nearby through`)

// hitVerbs take the place they strike as their object ("shelled X").
var hitVerbs = setOf(`shelled attacked struck bombed hit raided stormed targeted captured seized besieged invaded overran
recaptured retook liberated pounded bombarded shelling bombing attacking raiding storming targeting striking`)

// actorNouns after a place make it a qualifier of an actor ("the
// Chad army", "Kabul police"), not a location.
var actorNouns = setOf(`military army armed forces troops soldiers police government authorities officials navy regime junta
ministry embassy president parliament militia militias rebels militants coalition guards intelligence media spokesman
spokesperson people nationals citizens militiamen fighters gunmen`)

// roadNouns end a route's name ("the Kabul - Jalalabad highway").
var roadNouns = setOf(`highway highways road roads motorway expressway freeway railway railroad route pipeline corridor axis
bypass`)

var monthNames = setOf(`january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday`)

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" || s == "/" }

// usablePlace reports whether a resolved place may be a location at all.
func usablePlace(ts []tok, p *model.Place) bool {
	return !p.Metonymic && !p.Adjective && !inOrgName(ts, p)
}

// sentencePlaces reads the usable places of one sentence.
func sentencePlaces(ts []tok, places []model.Place) []locPlace {
	var lps []locPlace
	for i := range places {
		p := &places[i]
		if !usablePlace(ts, p) {
			continue
		}
		lp := locPlace{p: p}
		lp.locative, lp.near = cueBefore(ts, places, p)
		if !lp.locative && actorQualifier(ts, p) {
			continue
		}
		lp.weak = truncatedName(ts, places, p) || routeEnd(ts, places, p) || quotedTitle(ts, p)
		lps = append(lps, lp)
	}
	// places said to lie in the next ones: "X village (Y district, Z)"
	for a := 0; a+1 < len(lps); a++ {
		b := a + 1
		var part []bool // part[x]: lps[a+x] is named as a part of the next
		for b < len(lps) {
			ok, pt := containerGap(ts, lps[b-1].p, lps[b].p)
			if !ok {
				break
			}
			part = append(part, pt || subLocality(ts, lps[b-1].p))
			b++
		}
		// lps[a:b] is a chain, finest first; each place is judged by the
		// containers that pass the judgement of theirs, so that a
		// misread middle link ("Potiskum (Fika, Yobe)" with Fika resolved
		// abroad) does not condemn the place it holds
		for i := b - 2; i >= a; i-- {
			for j := i + 1; j < b; j++ {
				if !lps[j].out && rank(lps[j].p.FeatureCode) >= rank(lps[i].p.FeatureCode) && !within(lps[i].p, lps[j].p, j == i+1 && part[i-a]) {
					lps[i].out = true
				}
			}
		}
		held := false // a finer place of the chain stands
		for i := a; i < b; i++ {
			switch {
			case held:
				lps[i].qualifier = true
			case lps[i].out || lps[i].weak:
				for j := i + 1; j < b; j++ {
					lps[j].contains = true
				}
			default:
				held = true
				lps[i].anchored = i+1 < b
			}
		}
		a = b - 1
	}
	// a part named after its whole: "Nairobi - Kibera", "Lagos -
	// Ikeja"
	for a := 0; a+1 < len(lps); a++ {
		if partGap(ts, lps[a].p, lps[a+1].p) && !lps[a+1].weak {
			if within(lps[a+1].p, lps[a].p, true) {
				lps[a+1].anchored, lps[a].qualifier = true, true
			} else {
				lps[a+1].out, lps[a].contains = true, true
			}
		}
	}
	return lps
}

// partKm bounds the distance from a town's point to its parts: the
// districts of the largest cities lie 30-40 km from their centres.
const partKm = 40

// partGap reports "A - B": a dash alone between two places, not a route.
func partGap(ts []tok, a, b *model.Place) bool {
	i, j := sortSearchTok(ts, a.End), sortSearchTok(ts, b.Start)
	return j == i+1 && ts[i].punct && isDash(ts[i].low)
}

// within reports whether place a may lie in place b, as far as their
// provinces, countries and distance tell. A part of a town ("the X
// neighbourhood of Y", "X square in Y", "Y - X") lies within partKm of it.
// A town said to be in a town ("X (Y)", "X, Y") is in the province the
// gazetteer resolved to its seat, so provinces decide, as they do for
// any container when both are known (a disputed province keeps its code
// under either country), except for a national capital, often a
// province of its own; a town or district without one must lie within
// 100 km.
func within(a, b *model.Place, part bool) bool {
	rb := rank(b.FeatureCode)
	if rb == 1 && part {
		return km(a.Lat, a.Lon, b.Lat, b.Lon) <= partKm
	}
	sameCountry := a.CountryCode == "" || b.CountryCode == "" || a.CountryCode == b.CountryCode
	if b.FeatureCode == "PPLC" {
		// a capital is often a province of its own inside the one
		// named after it (Tehran, Kabul)
		return sameCountry
	}
	if a1, b1 := admin1Of(a), admin1Of(b); a1 != "" && b1 != "" && rb <= 3 {
		return a1 == b1
	}
	if !sameCountry {
		return false
	}
	if rb <= 2 {
		return km(a.Lat, a.Lon, b.Lat, b.Lon) <= 100
	}
	return true
}

// admin1Of returns a place's GeoNames province code, "" when unknown
// (airfields carry ISO region codes instead).
func admin1Of(p *model.Place) string {
	if strings.HasPrefix(p.GazetteerID, "ourairports:") {
		return ""
	}
	return p.Admin1
}

// tokAt returns the index of the token covering code point rs, -1 if none.
func tokAt(ts []tok, rs int) int {
	k := sortSearchTok(ts, rs)
	if k < len(ts) && ts[k].rs == rs {
		return k
	}
	if k > 0 && ts[k-1].rs <= rs && rs < ts[k-1].re {
		return k - 1
	}
	return -1
}

// inPlace reports whether token t lies in one of the places' mentions.
func inPlace(places []model.Place, t *tok) bool {
	for i := range places {
		if places[i].Start <= t.rs && t.re <= places[i].End {
			return true
		}
	}
	return false
}

// cueBefore reads what governs a place from the left: a locative
// preposition, possibly across determiners, a noun and "of" ("in the
// outskirts of X"), and the names and kinds of the places it contains
// ("in Y village, X region", "near Y (X)", "in the Y and Z areas, X").
func cueBefore(ts []tok, places []model.Place, p *model.Place) (loc, near bool) {
	k := tokenBefore(ts, p.Start)
	for steps := 0; k >= 0 && steps < 16; steps, k = steps+1, k-1 {
		t := &ts[k]
		w := t.low
		switch {
		case w == "to" && k > 0 && (ts[k-1].low == "close" || ts[k-1].low == "next"):
			return true, true
		case w == "from" && k > 0 && nearWords[ts[k-1].low]:
			return true, true
		case locPreps[w]:
			return true, near || nearWords[w]
		case hitVerbs[w]:
			return true, near
		case w == "of":
			if k == 0 || !(partNouns[ts[k-1].low] || typeNouns[ts[k-1].low]) {
				return false, false
			}
		case w == "the" || w == "a" || w == "an" || w == "and" || w == "its" || w == "located" || w == "situated":
		case typeNouns[w] || partNouns[w]:
			near = near || nearWords[w]
		case t.punct && (w == "," || w == "(" || w == ")" || w == "[" || w == "]" || isDash(w)):
		case !t.punct && (t.upper || inPlace(places, t)):
		default:
			return false, false
		}
	}
	return false, false
}

// origin reports a place named as where someone comes from: "migrants
// from X", "a delegation from X".
func origin(ts []tok, p *model.Place) bool {
	k := tokenBefore(ts, p.Start)
	return k >= 0 && ts[k].low == "from"
}

// quotedTitle reports a place that opens a quoted title running on past
// it: "a 'Lagos for all' rally".
func quotedTitle(ts []tok, p *model.Place) bool {
	k := tokenBefore(ts, p.Start)
	if k < 0 || !isQuote(ts[k].low) {
		return false
	}
	n := sortSearchTok(ts, p.End)
	return n < len(ts) && !isQuote(ts[n].low) && !ts[n].punct
}

func isQuote(s string) bool {
	return s == "'" || s == "\"" || s == "‘" || s == "’" || s == "“" || s == "”"
}

// actorQualifier reports a place that only qualifies an actor named after
// it: "clashed with the Chad army", "Kabul police said".
func actorQualifier(ts []tok, p *model.Place) bool {
	k := sortSearchTok(ts, p.End)
	return k < len(ts) && actorNouns[ts[k].low]
}

// truncatedName reports a place whose name runs on in capitals into a
// longer name ("Bir" of "Bir Tawil Sharqi village", "Wadi" of "Wadi
// Umm Sidra"): the gazetteer matched a part, and the part's resolution is
// some other place.
func truncatedName(ts []tok, places []model.Place, p *model.Place) bool {
	k := sortSearchTok(ts, p.End)
	if k >= len(ts) || ts[k].rs != p.End+1 {
		return false
	}
	t := &ts[k]
	if t.punct || districtQualifiers[t.low] {
		return false
	}
	if inPlace(places, t) {
		// two names resolved apart with nothing between them were
		// one name: "Uhuru Kenyatta park"
		return true
	}
	// an Arabic article running on: "Tell al-Hamra", "Deir el-Hawa"
	for _, art := range arabicArticles {
		if strings.HasPrefix(t.low, art) && len(t.low) > len(art) {
			return true
		}
	}
	if !t.upper || typeNouns[t.low] || monthNames[t.low] || orgHeads[t.low] || roadNouns[t.low] {
		return false
	}
	// a facility named after the place is in it: "the Nakuru
	// High Court", "Kisumu Law Courts"
	for x := k; x < len(ts) && x < k+3 && ts[x].upper; x++ {
		if facilityHeads[ts[x].low] {
			return false
		}
	}
	return true
}

// districtQualifiers follow a town's name in the names of the districts
// around it ("Kisumu Central", "Mombasa Rural", "Gaza City").
var districtQualifiers = setOf(`north south east west northeast northwest southeast southwest central northern southern eastern
western upper lower greater municipal metropolitan metro urban rural city town new old`)

var arabicArticles = []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ad-"}

// facilityHeads end the names of buildings and sites named after the
// place they are in.
var facilityHeads = setOf(`court courts courthouse club hospital stadium square market bazaar mosque church cathedral temple shrine bridge
station airport airbase park street avenue prison jail hall house office building palace base gate roundabout junction
port harbour harbor terminal checkpoint crossing mall hotel plaza centre center hotel embassy consulate parliament
tower monument cemetery dam refinery factory mine camp barracks garrison`)

// routeEnd reports a place that ends a named route: "the Eldoret -
// Kisumu highway", "the Kisumu-Busia road".
func routeEnd(ts []tok, places []model.Place, p *model.Place) bool {
	// "the highway towards X", "the road between X and Y", "the road
	// from X to Y"
	prep := false
	for k, steps := tokenBefore(ts, p.Start), 0; k >= 0 && steps < 8; k, steps = k-1, steps+1 {
		w := ts[k].low
		if roadNouns[w] {
			if prep {
				return true
			}
			break
		}
		if w == "to" || w == "towards" || w == "toward" || w == "from" || w == "between" {
			prep = true
			continue
		}
		if w == "and" || w == "the" || w == "," || !ts[k].punct && (ts[k].upper || inPlace(places, &ts[k])) {
			continue
		}
		break
	}
	dash := false
	if k := tokAt(ts, p.Start); k >= 0 && (ts[k].rs < p.Start || ts[k].re > p.End) {
		dash = true // part of a hyphenated token
	}
	if k := tokenBefore(ts, p.Start); k >= 0 && isDash(ts[k].low) {
		dash = true
	}
	k := sortSearchTok(ts, p.End)
	for steps := 0; k < len(ts) && steps < 10; steps, k = steps+1, k+1 {
		t := &ts[k]
		switch {
		case isDash(t.low):
			dash = true
		case roadNouns[t.low]:
			return dash
		case !t.punct && (t.upper || inPlace(places, t)):
		default:
			return false
		}
	}
	return false
}

// containerGap reports whether the text between places a and b puts a in
// b: "a (b)", "a, b" naming a kind or a coarser place, "a district of
// b", "a in b", "a located in b"; part: a is named as a part of b ("a
// in b", "a square of b").
func containerGap(ts []tok, a, b *model.Place) (ok, part bool) {
	i, j := sortSearchTok(ts, a.End), sortSearchTok(ts, b.Start)
	if i >= j {
		return false, false
	}
	var paren, comma, rel, kind, admin bool
	for k := i; k < j; k++ {
		w := ts[k].low
		switch {
		case w == "(" || w == "[":
			paren = true
		case w == ")" || w == "]" || w == "the":
		case w == ",":
			comma = true
		case w == "in" || w == "of" || w == "located" || w == "within" || w == "situated":
			rel = true
		case subNouns[w] || facilityHeads[w]:
			kind, part = true, true
		case typeNouns[w]:
			kind, admin = true, true
		default:
			return false, false
		}
	}
	// "X town in Y", "X district of Y province": a division in a
	// division, whatever point the gazetteer gave Y
	n := sortSearchTok(ts, b.End)
	part = (part || rel) && !admin && !(n < len(ts) && typeNouns[ts[n].low] && !subNouns[ts[n].low])
	if paren || rel {
		return true, part
	}
	if !comma {
		return false, false
	}
	if kind || rank(b.FeatureCode) > rank(a.FeatureCode) {
		return true, part
	}
	return n < len(ts) && typeNouns[ts[n].low], part
}

// docPlaces holds the document-wide facts about its places.
type docPlaces struct {
	ts      []tok
	places  []model.Place
	usable  []*model.Place
	support map[string]int // usable mentions by country
	top     int            // the most mentions of one country
	// scene: the first place the document puts something in ("On 3 May,
	// in X (Y), …", "In X, gunmen …")
	scene *model.Place
	lps   []locPlace // the document's places read as one text
}

func (c *coder) docPlaces() *docPlaces {
	if c.dp == nil {
		c.dp = c.readDocPlaces()
	}
	return c.dp
}

// readDocPlaces reads the document's places for docPlaces.
func (c *coder) readDocPlaces() *docPlaces {
	dc := &docPlaces{places: c.places, support: map[string]int{}}
	if len(c.places) == 0 {
		return dc
	}
	dc.ts = tokenize(c.doc.Text, nil)
	for i := range c.places {
		p := &c.places[i]
		if !usablePlace(dc.ts, p) {
			continue
		}
		dc.usable = append(dc.usable, p)
		if p.CountryCode != "" {
			dc.support[p.CountryCode]++
			dc.top = max(dc.top, dc.support[p.CountryCode])
		}
	}
	dc.lps = sentencePlaces(dc.ts, c.places)
	for _, lp := range dc.lps {
		if lp.locative && !lp.out && !lp.weak {
			dc.scene = lp.p
			break
		}
	}
	return dc
}

// strayPart reports a neighbourhood, square or village named after the
// scene ("in X (Y), … shot a man in the Z neighbourhood") that resolved
// outside the scene: the gazetteer's Z is a namesake elsewhere, and the
// event is in the scene.
func (dc *docPlaces) strayPart(ts []tok, lp *locPlace) bool {
	s := dc.scene
	if s == nil || lp.anchored || lp.p.Start <= s.Start || rank(lp.p.FeatureCode) > 2 || !subLocality(ts, lp.p) {
		return false
	}
	return !within(lp.p, s, true)
}

// subNouns name the parts of a town.
var subNouns = setOf(`neighbourhood neighborhood neighbourhoods neighborhoods colonia colonias barrio barrios bairro square sector
allotment farm village hamlet street avenue ward quarter area market camp suburb estate settlement compound barangay
locality community slum township bridge road avenue plaza park stadium station hospital church mosque
temple school university`)

// subLocality reports a place named as a part of a town: "the Z
// neighbourhood", "Barrio Z", "Z square", "Z village".
func subLocality(ts []tok, p *model.Place) bool {
	k := sortSearchTok(ts, p.End)
	if k < len(ts) && subNouns[ts[k].low] {
		return true
	}
	// a site named after it: "X Cemetery", "X middle school"
	for x := k; x < len(ts) && x < k+3 && !ts[x].punct; x++ {
		if facilityHeads[ts[x].low] {
			return true
		}
	}
	if k := tokenBefore(ts, p.Start); k >= 0 && subNouns[ts[k].low] {
		return true
	}
	if k := tokAt(ts, p.Start); k >= 0 && subNouns[ts[k].low] {
		return true // "Barrio Z" resolved whole
	}
	return false
}

// outlier reports a town or district that is the only place of its
// country in a document whose other places name another country more
// than once: "in Y (Z province), … blocked the road in X" where X
// resolved abroad is a homonym of a place in Z.
func (dc *docPlaces) outlier(p *model.Place) bool {
	if dc == nil || p.CountryCode == "" || rank(p.FeatureCode) > 2 {
		return false
	}
	return dc.support[p.CountryCode] == 1 && dc.top >= 2
}

// coded returns the place a note says an event was coded to ("(coded as
// X)", "coded to the nearest town, X"), as event datasets' notes write
// when the place named first is not in their gazetteer.
func (dc *docPlaces) coded() (*model.Place, string) {
	ts := dc.ts
	for k := 0; k+2 < len(ts); k++ {
		if ts[k].low != "coded" || ts[k+1].low != "as" && ts[k+1].low != "to" {
			continue
		}
	scan:
		for x := k + 2; x < len(ts) && x < k+10; x++ {
			w := ts[x].low
			if codedSkip[w] || typeNouns[w] {
				continue
			}
			for i := range dc.lps {
				lp := &dc.lps[i]
				if lp.p.Start != ts[x].rs {
					continue
				}
				if n := sortSearchTok(ts, lp.p.End); n < len(ts) && (ts[n].low == "capital" || ts[n].low == "'s") {
					// "coded to X capital Y"
					x = n
					continue scan
				}
				if lp.out || lp.weak || dc.outlier(lp.p) {
					break scan
				}
				return lp.p, "the place the note says the event was coded to"
			}
			break
		}
	}
	return nil, ""
}

var codedSkip = setOf(`the nearest closest , of location level provincial capital regional its`)
