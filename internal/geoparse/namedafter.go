package geoparse

import (
	"strings"

	"github.com/geowire/geowire/internal/gazetteer"
)

// partKind says which part of a name the gazetteer lacks as a whole gave
// its candidates (fallbackCandidates).
type partKind uint8

const (
	partNone      partKind = iota
	partLead               // the leading words: "Kansas State University", "Paris Conservatory Concert Hall"
	partOf                 // the words after "of": "Bank of Canada", "University of Oregon"
	partTail               // other trailing words: "Faubourg Marigny", "Royal Street"
	partDirection          // the words after a direction: "North Argentina", "East Harlem"
	partCity               // the city that ends an institution's name: "French Embassy Ottawa"
)

// cityTailPrior is the prior from which the town that ends an
// institution's name ("Fulton College Oxford") places it (about
// 100,000 people).
const cityTailPrior = 5.0

// trailingCity replaces the weak leading part that fallbackCandidates
// found for an institution's name with the city its name ends in:
// "French Embassy Ottawa" is in Ottawa, not in France, and "Fulton
// College Oxford" in Oxford, not in a town called Fulton. The
// lead is weak when it is a demonym (the owner, not the site) or a town
// smaller than the city; rest are the words after the lead.
func (d *doc) trailingCity(m *mention, rest []string) {
	if len(rest) < 2 || !institutionHeads[strings.ToLower(rest[len(rest)-2])] {
		return
	}
	lead := 0.0
	for _, c := range m.cands {
		if c.match == gazetteer.MatchDemonym {
			continue
		}
		lead = max(lead, c.e.Prior)
	}
	city := rest[len(rest)-1]
	d.buf = d.p.g.AppendLookup(d.buf[:0], city)
	best := 0.0
	for _, c := range d.buf {
		if c.Match == gazetteer.MatchName && (c.Kind == gazetteer.KindPlace && c.Entry.Prior >= cityTailPrior || c.Kind == gazetteer.KindCountry) {
			best = max(best, c.Entry.Prior)
		}
	}
	if best == 0 || best <= lead {
		return
	}
	saved := append([]cand(nil), m.cands...)
	text := m.text
	m.text = city
	if d.candidates(m) {
		m.part, m.partText = partCity, city
		return
	}
	m.text, m.cands = text, saved
	m.key = gazetteer.Fold(text)
}

// namedAfterPrior is the prior from which a town lends its name to the
// institutions, companies and buildings of its own (about 300,000
// people): "Denver Public Library", "Pittsburgh Water Company".
const namedAfterPrior = 5.5

// namedAfter reports whether a mention the gazetteer lacks as a whole is
// an institution, a company or a building named after the place its
// leading words or its "of" phrase name, and placed there rather than at
// the document's local focus: "Bank of Canada" and "Kansas State
// University" are the country's and the state's, "Paris Conservatory
// Concert Hall" lies in Paris even in a story set in Cork. The part must name a
// country, a division, a region or a city of weight, matched by name (a
// division or a city in a country something else in the text points
// to: a hospital named after its quarter is not in a province abroad
// of that name); a focus inside it (a Denver story naming a Colorado
// body) is the more specific point and stays.
func (d *doc) namedAfter(m *mention, e, focus *gazetteer.Entry, f *focus) bool {
	if !m.fallback || m.part != partLead && m.part != partOf && m.part != partCity || m.best < 0 || !d.institution(m) {
		return false
	}
	if c := m.cands[m.best]; c.match != gazetteer.MatchName && c.match != gazetteer.MatchAlternate &&
		!(c.match == gazetteer.MatchCode && c.e.Kind == gazetteer.KindCountry && d.countryCode(m.partText)) {
		return false // a shop's two capitals are no country's code; a demonym names an owner ("French Embassy")
	}
	if e.Kind != gazetteer.KindRegion && e.Kind != gazetteer.KindCountry && f.countryW(m.key, e.CountryCode) == 0 {
		return false // nothing else in the text points to the division's country
	}
	switch e.Kind {
	case gazetteer.KindCountry, gazetteer.KindAdmin1, gazetteer.KindRegion:
	case gazetteer.KindPlace:
		if e.Prior < namedAfterPrior && m.part != partCity {
			return false
		}
		if m.part != partCity && e.FeatureCode != "PPLC" && f.countryW(m.key, e.CountryCode) < f.maxCountryW(m.key) {
			// a school abroad may borrow a city's name ("Leeds
			// Grammar School" in Cairo); a capital's or a home city's is its own
			return false
		}
	default:
		return false
	}
	return focus == nil || !inside(focus, e)
}

// institutionHeads end the names of institutions, bodies and buildings
// that are named after the place they belong to ("Bank of Canada",
// "Kansas State University", "Ohio Chamber of Commerce"). Streets and
// parks are left out: "Carson Street" lies in its own town, not in one
// called Carson.
var institutionHeads = setOf(`school academy college university institute hospital clinic court courthouse library
museum theater theatre center centre hall house stadium arena embassy consulate bank chamber chambers commerce
reserve council ministry department agency authority board commission company corporation railway railways
railroad airlines airways cargo foundation society orchestra opera police`)

// institution reports whether m names an institution or a building by
// its head word: the last word, or the word before "of" in "Bank of
// Canada".
func (d *doc) institution(m *mention) bool {
	words := strings.Fields(strings.ToLower(m.text))
	if len(words) < 2 {
		return false
	}
	if institutionHeads[strings.Trim(words[len(words)-1], ".,'’")] {
		return true
	}
	for i := 1; i < len(words); i++ {
		if words[i] == "of" && institutionHeads[words[i-1]] {
			return true
		}
	}
	if m.part == partCity {
		return true // trailingCity saw the head before the city
	}
	return false
}

// cityPart reports whether a fallback mention's leading words name a
// city of weight: a company or a building named after its city
// ("Pittsburgh Water Company Pump House") tells where the story is set,
// as the city's own name would.
func (d *doc) cityPart(m *mention) bool {
	if !m.fallback || m.part != partLead || m.best < 0 || !d.institution(m) {
		return false
	}
	c := m.cands[m.best]
	return c.match != gazetteer.MatchCode && c.match != gazetteer.MatchShort && c.e.Kind == gazetteer.KindPlace && c.e.Prior >= namedAfterPrior
}

// countryCode reports whether s is a country's code as news writes it in
// running text ("US", "UK", "U.S."): a code that is also the country's
// demonym entry or an alias, not any ISO code ("KB", "SK").
func (d *doc) countryCode(s string) bool {
	return isUpperAbbrev(s) && (d.p.g.Demonym(s) != "" || d.p.aliases[gazetteer.Fold(s)] != nil)
}
