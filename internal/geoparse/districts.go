package geoparse

import "github.com/geowire/geowire/internal/gazetteer"

// divisionWords are the lower-case words news and conflict reports write
// after the name of a local administrative unit ("Harib district",
// "Hpa-an township", "Bama LGA", "Kajo-Keji county"): the unit is named
// after its seat, and the name before the word is that place.
var divisionWords = setOf(`district districts township townships lga tehsil taluk taluka payam county municipality
sub-district subdistrict commune village town mandal upazila`)

// divisionWordAt returns the end of a division word that starts at
// token k ("district", "LGA", "sub-district"), or -1. A capitalised word
// is a part of a longer name ("Harib District Council"), except the
// acronym "LGA".
func (d *doc) divisionWordAt(k int) int {
	if k < 0 || k >= len(d.toks) || !d.toks[k].word || d.toks[k].gap != 1 {
		return -1
	}
	w := d.tokLower(k)
	if d.toks[k].cap && d.tokText(k) != "LGA" {
		return -1
	}
	if w == "sub" && d.isPunct(k+1, "-") && d.tokLower(k+2) == "district" {
		return k + 3
	}
	if divisionWords[w] {
		return k + 1
	}
	return -1
}

// localDivisionNeed is the score a run needs to stand as a place when a
// division word follows it: such a run names a unit, however small its
// seat (many seats have no population in GeoNames).
const localDivisionNeed = -1.0

// localUnitScore returns, when a division word follows m, the best score
// of m's candidates matched by name that are a town or a local division
// the word may name, a seat credited with its floor population
// (unknownPopBonus); false when no division word follows or no candidate
// fits.
func (d *doc) localUnitScore(m *mention) (float64, bool) {
	if m.tj < 0 || d.divisionWordAt(m.tj) < 0 {
		return 0, false
	}
	best, ok := -100.0, false
	for _, c := range m.cands {
		if c.match != gazetteer.MatchName && c.match != gazetteer.MatchAlternate {
			continue
		}
		if c.e.Kind == gazetteer.KindPlace || c.e.Kind == gazetteer.KindAdmin2 {
			best, ok = max(best, c.base+unknownPopBonus(c.e)), true
		}
	}
	return best, ok
}
