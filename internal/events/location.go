package events

import (
	"math"

	"github.com/geowire/geowire/internal/model"
)

// Where an event happened: among the places the geoparser resolved in the
// event's sentences, the one the text puts the event at ("in", "at",
// "near", "outside" before it) at the finest level, nearest the trigger;
// failing that, the finest place of the document's first sentences that
// name one. Metonymic places ("Moscow said") and adjectives ("Ukrainian
// border") are never locations.
//
// Precision is ACLED's geo_precision: 1 the named place (a town, a
// village, an airfield, a neighbourhood), 2 near it or a small area (a
// district, "near"/"outskirts of"), 3 only the region (a province, a
// country, a curated region).

// placeOf returns the location of one mention, nil if its sentence has none.
func placeOf(cd *cand) *model.Place {
	var best *model.Place
	bestScore := -1.0
	for i := range cd.places {
		p := &cd.places[i]
		if p.Metonymic || p.Adjective || inOrgName(cd.ts, p) {
			continue
		}
		s := placeScore(cd, p)
		if s > bestScore {
			best, bestScore = p, s
		}
	}
	return best
}

func placeScore(cd *cand, p *model.Place) float64 {
	s := 4 - float64(level(p.FeatureCode))
	// distance from the trigger, in tokens of the sentence
	ti := cd.ts[cd.trig.i].rs
	d := math.Abs(float64(p.Start - ti))
	s += 1 / (1 + d/40)
	if k := tokenBefore(cd.ts, p.Start); k >= 0 {
		switch cd.ts[k].low {
		case "in", "at", "near", "outside", "of", "into", "around", "across", "on":
			s += 1
		}
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
	case fc == "ADM2" || fc == "ADM3" || fc == "ADM4" || fc == "ADM5" || fc == "ADMD" || fc == "PPLX" && false:
		return 2
	case fc == "ADM1" || fc == "PCLI" || fc == "PCLD" || fc == "PCLS" || fc == "PCLF" || fc == "PCL" || fc == "TERR" || fc == "RGN" || fc == "CONT" || fc == "REGION" || fc == "AREA" || fc == "ZN" || fc == "PCLIX":
		return 3
	}
	return 1
}

func tokenBefore(ts []tok, rs int) int {
	for k := len(ts) - 1; k >= 0; k-- {
		if ts[k].re <= rs {
			return k
		}
	}
	return -1
}

// locate chooses an event's location and its precision.
func (c *coder) locate(e *event) (*model.Place, int, string) {
	var best *model.Place
	var bc *cand
	bestScore := -1.0
	for _, cd := range e.cands {
		if p := placeOf(cd); p != nil {
			if s := placeScore(cd, p); s > bestScore {
				best, bc, bestScore = p, cd, s
			}
		}
	}
	why := "a place in the event's sentence"
	if best == nil {
		// the finest place in the document's text, earliest first
		for i := range c.places {
			p := &c.places[i]
			if p.Metonymic || p.Adjective {
				continue
			}
			if best == nil || level(p.FeatureCode) < level(best.FeatureCode) {
				best = p
			}
		}
		why = "the finest place the article names"
		if best == nil {
			return nil, 0, ""
		}
	}
	prec := level(best.FeatureCode)
	if bc != nil {
		if k := tokenBefore(bc.ts, best.Start); k >= 0 {
			switch bc.ts[k].low {
			case "near", "outside", "around", "outskirts", "between", "towards", "toward":
				prec = max(prec, 2)
			}
		}
	} else {
		prec = max(prec, 2)
	}
	return best, prec, why
}

// km is the great-circle distance between two points.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0088
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}
