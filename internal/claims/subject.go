package claims

import (
	"unicode"

	"github.com/geowire/geowire/internal/model"
)

// How a claim's subject was chosen (model.Claim.SubjectBasis).
const (
	basisBefore   = "the nearest place named before the claim in its sentence"
	basisInside   = "a place the article names inside the area named before the claim"
	basisArea     = "an area named before the claim (measured from its representative point)"
	basisType     = "the place of that kind the article names"
	basisEarlier  = "the nearest place named in the previous sentences (the sentence refers back)"
	basisAfter    = "the place named after the claim in its sentence"
	subjectWindow = 2 // sentences looked back at for "It", "The base", …
)

// typeNouns map a common noun for a site to the kind of resolved place it
// can refer to: "a Russian airfield in Irkutsk Oblast" is the airfield the
// article names.
var typeNouns = map[string]func(*model.Place) bool{
	"airfield": isAirfield, "airbase": isAirfield, "airport": isAirfield, "aerodrome": isAirfield,
	"base": func(p *model.Place) bool { return isAirfield(p) || !isArea(p) && !isSettlement(p) },
	"city": isSettlement, "town": isSettlement, "village": isSettlement, "settlement": isSettlement,
	"capital": func(p *model.Place) bool { return p.FeatureCode == "PPLC" },
}

// referring words open a sentence that refers back to an earlier one
// ("It is the first …"); "The" does so only before a site noun ("The base
// lies …").
var referring = map[string]bool{"it": true, "its": true, "this": true, "there": true}

// links may stand between a subject and its claim: "Moscow lies about
// 750 km from Kyiv", "Zaporizhzhia, which is …". Any other word just
// before a claim makes it about that word ("strikes near Zaporizhzhia").
var links = map[string]bool{"lies": true, "lie": true, "lying": true, "is": true, "are": true, "was": true,
	"were": true, "be": true, "been": true, "sits": true, "sit": true, "located": true, "situated": true,
	"based": true, "stationed": true, "which": true, "that": true, "just": true, "only": true, "also": true,
	"still": true, "s": true, "now": true, "roughly": true, "and": true}

// prepositions open a parenthetical skipped when looking for a subject.
var prepositions = map[string]bool{"on": true, "in": true, "at": true, "near": true, "along": true, "across": true,
	"by": true, "off": true, "outside": true, "inside": true, "north": true, "south": true, "east": true, "west": true}

// determiners open the noun phrase of a site noun.
var determiners = map[string]bool{"a": true, "an": true, "the": true}

// isWord reports whether a token is a lower-case word.
func isWord(t tok) bool {
	for _, r := range t.text {
		return unicode.IsLower(r)
	}
	return false
}

// subjectFor chooses the place a claim is about (see doc.go for the rule).
func (d *text) subjectFor(f *found) (int, string) {
	if p, b := d.subjectBefore(f, -1); p >= 0 {
		return p, b
	}
	s := &d.sents[f.sent]
	// the sentence refers back: "It is the first … so close to Chinese soil"
	if len(s.toks) > 0 && (referring[s.toks[0].low] ||
		len(s.toks) > 1 && s.toks[0].low == "the" && typeNouns[s.toks[1].low] != nil) {
		for si := f.sent - 1; si >= 0 && si >= f.sent-subjectWindow; si-- {
			ps := &d.sents[si]
			for k := len(ps.toks) - 1; k >= 0; k-- {
				if p := ps.toks[k].place; p >= 0 && d.usable(p, f) && !isArea(&d.places[p]) {
					return p, basisEarlier
				}
			}
		}
	}
	// "Near the border with China lies Belaya Air Base"
	for k := s.tokAt(f.span.End); k < len(s.toks); k++ {
		if p := s.toks[k].place; p >= 0 && d.usable(p, f) && !isArea(&d.places[p]) {
			return p, basisAfter
		}
	}
	return -1, ""
}

// subjectBefore looks back from the claim's first token, at most window
// tokens (all of the sentence when window < 0), for the nearest usable
// place or site noun.
func (d *text) subjectBefore(f *found, window int) (int, string) {
	s := &d.sents[f.sent]
	if k := f.from - 1; k >= 0 && k < len(s.toks) {
		t := s.toks[k]
		if t.place < 0 && isWord(t) && !links[t.low] && typeNouns[t.low] == nil {
			return -1, "" // "strikes near Zaporizhzhia": about an unnamed thing
		}
	}
	for k := f.from - 1; k >= 0 && k < len(s.toks); k-- {
		if window >= 0 && f.from-k > window {
			break
		}
		t := s.toks[k]
		// "Zaporizhzhia, which lies 70 km north of …": the relative clause
		// is about the place before it, even one another claim measures from.
		if (t.low == "which" || t.low == "where") && k >= 2 && s.toks[k-1].text == "," {
			if p := s.toks[k-2].place; p >= 0 && p != f.anchor.place && !d.places[p].Adjective && !isCountry(&d.places[p]) {
				return p, basisBefore
			}
		}
		if t.text == "," {
			// skip a parenthetical: "Kherson, on the west bank of the Dnipro, lies …"
			for k2 := k - 1; k2 >= 0; k2-- {
				if s.toks[k2].text == "," {
					if prepositions[s.toks[k2+1].low] {
						k = k2
					}
					break
				}
			}
			continue
		}
		if t.place >= 0 {
			if !d.usable(t.place, f) {
				continue
			}
			p := &d.places[t.place]
			if !isArea(p) || f.kind == model.ClaimContainment {
				return t.place, basisBefore
			}
			if r := d.refine(t.place, t.start); r >= 0 {
				return r, basisInside
			}
			return t.place, basisArea
		}
		if is := typeNouns[t.low]; is != nil {
			// "Vovchansk, a town about 5 km from …": the town is the name
			// before the comma, resolved or not.
			j := k - 1
			for j >= 0 && k-j < 4 && s.toks[j].place < 0 && !determiners[s.toks[j].low] && (isWord(s.toks[j]) || capitalized(s.toks[j])) {
				j--
			}
			if j >= 2 && determiners[s.toks[j].low] && s.toks[j-1].text == "," {
				p := s.toks[j-2].place
				if p < 0 {
					return -1, "" // named, not resolved
				}
				if d.usable(p, f) {
					return p, basisBefore
				}
			}
			if r := d.byType(f.sent, t.start, is); r >= 0 {
				return r, basisType
			}
		}
	}
	return -1, ""
}

// usable reports whether place i can be a claim's subject: not the claim's
// anchor, not an adjective or a metonym, not a whole country.
func (d *text) usable(i int, f *found) bool {
	p := &d.places[i]
	if i == f.anchor.place || p.Adjective || p.Metonymic || isCountry(p) || d.refs[i] {
		return false
	}
	return p.GazetteerID == "" || f.anchor.place < 0 || p.GazetteerID != d.places[f.anchor.place].GazetteerID
}

// refine returns the point place of the article nearest to offset at that
// lies inside area i, or -1.
func (d *text) refine(i, at int) int {
	area := &d.places[i]
	best, bestGap := -1, 0
	for k := range d.places {
		q := &d.places[k]
		if k == i || isArea(q) || q.Adjective || q.Metonymic || !d.inside(q, area) {
			continue
		}
		gap := abs(q.Start - at)
		if best < 0 || gap < bestGap {
			best, bestGap = k, gap
		}
	}
	return best
}

// inside reports whether point place q lies in area.
func (d *text) inside(q, area *model.Place) bool {
	if isAdmin1(area) && area.Admin1 != "" {
		return q.Admin1 == area.Admin1
	}
	if d.g == nil {
		return false
	}
	w := d.g.WhereIs(q.Lat, q.Lon)
	if w.Admin1 != nil && w.Admin1.ID == area.GazetteerID {
		return true
	}
	for _, r := range w.Regions {
		if r.ID == area.GazetteerID {
			return true
		}
	}
	return false
}

// byType returns the place of a kind the article names nearest after
// offset at (this sentence and the next subjectWindow), else nearest
// before it (within subjectWindow sentences), or -1.
func (d *text) byType(si, at int, is func(*model.Place) bool) int {
	lo := d.sents[max(0, si-subjectWindow)].span.Start
	hi := d.sents[min(len(d.sents)-1, si+subjectWindow)].span.End
	after, before := -1, -1
	for k := range d.places {
		q := &d.places[k]
		if q.Start < lo || q.End > hi || q.Adjective || q.Metonymic || isArea(q) || !is(q) {
			continue
		}
		if q.Start >= at && after < 0 {
			after = k
		}
		if q.Start < at {
			before = k
		}
	}
	if after >= 0 {
		return after
	}
	return before
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
