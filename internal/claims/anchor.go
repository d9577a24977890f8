package claims

import (
	"github.com/geowire/geowire/internal/model"
)

// Anchor kinds: what a claim measures from or places its subject in.
const (
	anchorPlace         = iota + 1 // a resolved place ("from Kyiv", "north of Kharkiv")
	anchorBorder                   // one country's outline, or two countries' shared border
	anchorTerritory                // a country's territory ("Russian territory", "Chinese soil")
	anchorUnnamedBorder            // "the border", without saying whose
	anchorNoGeometry               // a line geowire has no geometry for (front line, coast)
	anchorUnresolved               // a name the geoparser did not resolve
)

// anchor is what a claim is measured from or contained in.
type anchor struct {
	kind  int
	place int // index into text.places for anchorPlace, else -1
	// countries are ISO alpha-2 codes for borders and territories, with
	// the places (resolved or made from a demonym) that named them.
	countries []string
	cplaces   []model.Place
	occupier  string // "RU" in "Russian-occupied Crimea"
	part      string // "eastern" in "in eastern Ukraine"
	text      string
	span      model.Span
}

var (
	borderWords    = map[string]bool{"border": true, "borders": true, "frontier": true, "boundary": true}
	territoryWords = map[string]bool{"territory": true, "soil": true, "airspace": true, "land": true, "lands": true}
	occupiedWords  = map[string]bool{"occupied": true, "controlled": true, "annexed": true, "held": true}
	partWords      = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
		"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true}
	noGeometry = map[string]string{"frontline": "front line", "frontlines": "front line", "coast": "coast",
		"coastline": "coast", "shore": "coast", "contact": "line of contact"}
)

// countryAt reads a country named at token i: a resolved country, or a
// demonym ("Ukrainian"). It returns the ISO code, the place standing for it
// and the index after it.
func (d *text) countryAt(s *sentence, i int) (string, model.Place, int, bool) {
	if i >= len(s.toks) {
		return "", model.Place{}, i, false
	}
	t := s.toks[i]
	if t.place >= 0 {
		p := d.places[t.place]
		if isCountry(&p) && p.CountryCode != "" {
			return p.CountryCode, p, d.placeEnd(s, i), true
		}
		return "", model.Place{}, i, false
	}
	if t.num || d.g == nil || len([]rune(t.text)) < 4 {
		return "", model.Place{}, i, false
	}
	code := d.g.Demonym(t.text)
	if code == "" {
		return "", model.Place{}, i, false
	}
	e := d.g.Country(code)
	if e == nil {
		return "", model.Place{}, i, false
	}
	return code, placeOfEntry(e, model.Span{Start: t.start, End: t.end}, true), i + 1, true
}

// placeEnd returns the index after the last token of the place at token i.
func (d *text) placeEnd(s *sentence, i int) int {
	p := s.toks[i].place
	j := i + 1
	for j < len(s.toks) && s.toks[j].place == p {
		j++
	}
	return j
}

// anchorAt reads an anchor starting at token i (just after "from", "of",
// "to", "in"…) and returns it with the index after it.
func (d *text) anchorAt(s *sentence, i int) (anchor, int, bool) {
	a := anchor{place: -1}
	toks := s.toks
	start := i
	if i < len(toks) && (toks[i].low == "the" || toks[i].low == "a") {
		i++
	}
	if i >= len(toks) {
		return a, i, false
	}
	// "eastern Ukraine", "the north of Ukraine"
	if partWords[toks[i].low] {
		a.part = toks[i].low
		i++
	} else if _, ok := compass[toks[i].low]; ok && i+2 < len(toks) && toks[i+1].low == "of" && i > start {
		a.part = toks[i].low
		i += 2
	}
	if i >= len(toks) {
		return a, i, false
	}
	end := i
	switch code, cp, j, ok := d.countryAt(s, i); {
	case ok:
		// "Russian-Ukrainian border", "Russia-Ukraine border"
		if j+1 < len(toks) && isDash(toks[j]) {
			if code2, cp2, k, ok2 := d.countryAt(s, j+1); ok2 && k < len(toks) && borderWords[toks[k].low] {
				a.kind, a.countries, a.cplaces, end = anchorBorder, []string{code, code2}, []model.Place{cp, cp2}, k+1
				break
			}
			// "Russian-occupied Crimea"
			if occupiedWords[toks[j+1].low] && j+2 < len(toks) && toks[j+2].place >= 0 {
				a.kind, a.place, a.occupier, end = anchorPlace, toks[j+2].place, code, d.placeEnd(s, j+2)
				a.cplaces = []model.Place{cp}
				break
			}
		}
		// "Ukraine's border"
		if j+2 < len(toks) && isApostrophe(toks[j]) && toks[j+1].low == "s" && borderWords[toks[j+2].low] {
			a.kind, a.countries, a.cplaces, end = anchorBorder, []string{code}, []model.Place{cp}, j+3
			break
		}
		if j < len(toks) && borderWords[toks[j].low] {
			a.kind, a.countries, a.cplaces, end = anchorBorder, []string{code}, []model.Place{cp}, j+1
			break
		}
		if j < len(toks) && territoryWords[toks[j].low] {
			a.kind, a.countries, a.cplaces, end = anchorTerritory, []string{code}, []model.Place{cp}, j+1
			break
		}
		if toks[i].place >= 0 && !d.places[toks[i].place].Adjective {
			a.kind, a.place, end = anchorPlace, toks[i].place, j
			break
		}
		return a, i, false
	case borderWords[toks[i].low]:
		a.kind, end = anchorUnnamedBorder, i+1
		if i+1 < len(toks) && (toks[i+1].low == "with" || toks[i+1].low == "of" || toks[i+1].low == "between") {
			k := i + 2
			if k < len(toks) && toks[k].low == "the" {
				k++
			}
			if code, cp, j, ok := d.countryAt(s, k); ok {
				a.kind, a.countries, a.cplaces, end = anchorBorder, []string{code}, []model.Place{cp}, j
				if toks[i+1].low == "between" && j+1 < len(toks) && toks[j].low == "and" {
					if code2, cp2, j2, ok2 := d.countryAt(s, j+1); ok2 {
						a.countries, a.cplaces, end = append(a.countries, code2), append(a.cplaces, cp2), j2
					}
				}
			} else if k < len(toks) && capitalized(toks[k]) {
				a.kind, end = anchorUnresolved, d.nameEnd(s, k)
			}
		}
	case toks[i].low == "front" && i+1 < len(toks) && (toks[i+1].low == "line" || toks[i+1].low == "lines" || toks[i+1].low == "-"):
		a.kind, a.text, end = anchorNoGeometry, "front line", i+2
		if toks[i+1].low == "-" && i+2 < len(toks) {
			end = i + 3
		}
	case noGeometry[toks[i].low] != "":
		a.kind, a.text, end = anchorNoGeometry, noGeometry[toks[i].low], i+1
		if toks[i].low == "contact" {
			return a, i, false
		}
	case occupiedWords[toks[i].low] && i+1 < len(toks) && toks[i+1].place >= 0:
		a.kind, a.place, end = anchorPlace, toks[i+1].place, d.placeEnd(s, i+1)
		a.occupier = "?"
	case toks[i].place >= 0 && !d.places[toks[i].place].Adjective:
		a.kind, a.place, end = anchorPlace, toks[i].place, d.placeEnd(s, i)
	case capitalized(toks[i]) && !toks[i].num:
		a.kind, end = anchorUnresolved, d.nameEnd(s, i)
	default:
		return a, i, false
	}
	a.span = model.Span{Start: toks[start].start, End: toks[end-1].end}
	if a.text == "" {
		a.text = string(d.runes[toks[i].start:toks[end-1].end])
	}
	return a, end, true
}

// nameEnd returns the index after a run of capitalised words from i
// ("Nova Kakhovka"), at most four.
func (d *text) nameEnd(s *sentence, i int) int {
	j := i + 1
	for j < len(s.toks) && j < i+4 && capitalized(s.toks[j]) && s.toks[j].space {
		j++
	}
	return j
}
