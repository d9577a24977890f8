package events

import (
	"math"

	"github.com/geowire/geowire/internal/model"
)

// Where an event happened: among the places the geoparser resolved in the
// event's sentences, the one the text puts the event at ("in", "at",
// "near", "outside" before it, or before the place it lies in) at the
// finest level, nearest the trigger; failing that, the finest place of the
// document's first sentences that name one. Metonymic places ("Moscow
// said"), adjectives ("Ukrainian border") and places that only qualify an
// actor ("the Chad army") are never locations.
//
// The text also tells which resolutions to distrust (location_rules.go):
// a place said to lie in another ("X village (Y district, Z province)",
// "X, Z", "X in Z") but resolved outside it is a homonym the geoparser got
// wrong, and the event falls to the container; a place whose name runs on
// in capitals ("Bir" of "Bir Tawil Sharqi") is a truncated name; a place
// alone in its country among a document's places of another is likely a
// homonym too; the ends of a named route ("the Eldoret - Kisumu highway")
// are not where the road was blocked. Of a chain "X (Y, Z)" whose X
// stands, Y and Z only say where X is; a part named after its city
// ("Nairobi - Kibera") is finer than the city; a locative phrase fronted
// before the trigger sets the scene of the clause; a note's "(coded to
// X)" names the place outright.
//
// Ranks (finest first): a point, a district, a province, a named region,
// a country, a continent.
//
// Precision is ACLED's geo_precision: 1 the named place (a town, a
// village, an airfield, a neighbourhood), 2 near it or a small area (a
// district, "near"/"outskirts of"), 3 only the region (a province, a
// country, a curated region).

// placeOf returns the location of one mention, nil if its sentence has none.
func placeOf(cd *cand) *model.Place {
	lp := bestInSentence(cd, nil)
	if lp == nil {
		return nil
	}
	return lp.p
}

// bestInSentence returns the best-scored usable place of a mention's
// sentence, nil if none; dc holds document-wide facts (nil: none).
func bestInSentence(cd *cand, dc *docPlaces) *locPlace {
	lps := sentencePlaces(cd.ts, cd.places)
	// a locative phrase fronted before the trigger ("In X, gunmen
	// killed …", "On Monday, in X (Y), …") sets the scene of the clause:
	// the places that follow it are details inside it
	firstLoc := -1
	for i := range lps {
		if lps[i].locative && !lps[i].out && !lps[i].weak {
			if lps[i].p.End <= cd.ts[cd.trig.i].rs {
				firstLoc = i
			}
			break
		}
	}
	var best *locPlace
	bestScore := math.Inf(-1)
	for i := range lps {
		lp := &lps[i]
		if lp.out {
			continue
		}
		if dc != nil && (dc.outlier(lp.p) || dc.strayPart(cd.ts, lp)) {
			lp.weak = true
		}
		lp.score = placeScore(cd, lp)
		if i == firstLoc {
			lp.score += sceneBonus
		}
		if lp.score > bestScore {
			best, bestScore = lp, lp.score
		}
	}
	if best == nil {
		return nil
	}
	b := *best
	return &b
}

func placeScore(cd *cand, lp *locPlace) float64 {
	p := lp.p
	s := 5 - rank(p.FeatureCode)
	// distance from the trigger, in tokens of the sentence
	ti := cd.ts[cd.trig.i].rs
	d := math.Abs(float64(p.Start - ti))
	s += 1 / (1 + d/40)
	if lp.locative {
		s++
	}
	if lp.weak {
		s -= 3
	}
	if lp.qualifier {
		s -= 1.5
	}

	return s + p.Confidence/2
}

// orgHeads end the names of institutions a place name may begin ("Simon
// Fraser University", "Kyiv Post", "Lagos State University"): the place
// in such a name is not where anything happened.
var orgHeads = setOf(`university universities college institute foundation company corporation bank group party club fc
times post news herald tribune journal agency council association society school academy museum orchestra`)

// inOrgName reports a place whose name runs on, in capitals, into an
// institution's name.
func inOrgName(ts []tok, p *model.Place) bool {
	k := sortSearchTok(ts, p.End)
	for x := k; x < len(ts) && x < k+3; x++ {
		if !ts[x].upper {
			return false
		}
		if orgHeads[ts[x].low] {
			return true
		}
	}
	return false
}

// sortSearchTok returns the index of the first token starting at or
// after code point rs.
func sortSearchTok(ts []tok, rs int) int {
	lo, hi := 0, len(ts)
	for lo < hi {
		m := (lo + hi) / 2
		if ts[m].rs < rs {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// level is 1 for a point place, 2 for a district, 3 for a region or country.
func level(fc string) int {
	switch {
	case fc == "":
		return 2
	case fc == "ADM2" || fc == "ADM3" || fc == "ADM4" || fc == "ADM5" || fc == "ADMD":
		return 2
	case fc == "ADM1" || fc == "PCLI" || fc == "PCLD" || fc == "PCLS" || fc == "PCLF" || fc == "PCL" || fc == "TERR" || fc == "RGN" || fc == "CONT" || fc == "REGION" || fc == "AREA" || fc == "ZN" || fc == "PCLIX":
		return 3
	}
	return 1
}

// rank orders places from the finest: 1 a point, 2 a district, 3 a
// province, 3.5 a named region, 4 a country, 5 a continent. A province
// named beside its country is the finer of the two.
func rank(fc string) float64 {
	switch fc {
	case "PCLI", "PCLD", "PCLS", "PCLF", "PCL", "PCLIX", "TERR":
		return 4
	case "CONT":
		return 5
	case "RGN", "REGION", "AREA", "ZN", "SEA", "OCN", "GULF", "BAY", "STRT", "CHN", "CNL", "STM", "LK", "DES", "MTS",
		"PEN", "PLAT", "FRST", "ISLS", "DISP":
		return 3.5
	}
	return float64(level(fc))
}

func tokenBefore(ts []tok, rs int) int {
	for k := len(ts) - 1; k >= 0; k-- {
		if ts[k].re <= rs {
			return k
		}
	}
	return -1
}

const laterSentence = 1

// sceneBonus favours the place a sentence's fronted locative phrase sets
// its scene in.
const sceneBonus = 0.5

// locate chooses an event's location and its precision.
func (c *coder) locate(e *event) (*model.Place, int, string) {
	dc := c.docPlaces()
	if p, why := dc.coded(); p != nil {
		return p, level(p.FeatureCode), why
	}
	var best *locPlace
	bestScore := math.Inf(-1)
	first := -1
	for _, cd := range e.cands {
		if first < 0 || cd.sent < first {
			first = cd.sent
		}
	}
	for _, cd := range e.cands {
		// the sentence that first reports the event names its place
		// before those that come back to it
		if lp := bestInSentence(cd, dc); lp != nil && lp.score-laterSentence*float64(cd.sent-first) > bestScore {
			best, bestScore = lp, lp.score-laterSentence*float64(cd.sent-first)
		}
	}
	if best != nil {
		prec := level(best.p.FeatureCode)
		if best.near || best.contains {
			prec = max(prec, 2)
		}
		return best.p, prec, "a place in the event's sentence"
	}
	// the finest place in the document's text, earliest first
	var fb *model.Place
	for _, p := range dc.usable {
		if fb == nil || rank(p.FeatureCode) < rank(fb.FeatureCode) {
			fb = p
		}
	}
	if fb == nil {
		return nil, 0, ""
	}
	return fb, max(level(fb.FeatureCode), 2), "the finest place the article names"
}

// km is the great-circle distance between two points.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0088
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}
