package claims

import (
	"github.com/geowire/geowire/internal/model"
)

// found is a claim the finder located, before it is checked.
type found struct {
	kind     string
	span     model.Span
	sent     int // index into text.sents
	cue      int // index of the claim's first token in its sentence
	from     int // where the search for its subject starts (usually cue)
	qty      *model.Quantity
	qual     string  // the quantity's qualifier, or "up_to" for "within"
	dir      string  // stated compass direction
	bearing  float64 // its bearing, degrees
	relation string  // from, inside, within, near, along, outskirts, in, record
	modifier string  // "relatively" in "relatively close to"
	anchor   anchor
	subject  int // index into text.places, -1 when none
	basis    string
}

// Relations a claim states between its subject and its anchor.
const (
	relFrom      = "from"
	relWithin    = "within"
	relInside    = "inside"
	relNear      = "near"
	relAlong     = "along"
	relOutskirts = "outskirts"
	relIn        = "in"
	relRecord    = "record"
)

var (
	// distancePreps may follow a distance: "40 km from", "30 miles north of".
	distancePreps = map[string]bool{"from": true, "of": true, "off": true, "outside": true, "beyond": true, "behind": true}
	// depthPreps measure into a territory: "200 km into Russia".
	depthPreps = map[string]bool{"into": true, "inside": true}
	// fillers may sit between a distance and its preposition.
	fillers = map[string]bool{"away": true, "deep": true, "further": true, "farther": true, "or": true, "so": true, "east": false}
	// proximityModifiers soften or stress a proximity cue.
	proximityModifiers = map[string]bool{"relatively": true, "very": true, "so": true, "quite": true, "fairly": true,
		"dangerously": true, "just": true, "too": true, "extremely": true, "rather": true, "uncomfortably": true}
	// recordWords make superlative distance claims ("deepest strike yet").
	recordWords = map[string]bool{"deepest": true, "farthest": true, "furthest": true, "longest-range": true}
)

// find locates every claim of the text, with its subject.
func (d *text) find() []found {
	var out []found
	for si := range d.sents {
		n0 := len(out)
		out = d.findDistances(si, out)
		out = d.findDirections(si, out)
		out = d.findProximity(si, out)
		d.markReferences(out[n0:])
		out = d.findContainment(si, out)
		out = d.findConversions(si, out)
		out = d.findRecords(si, out)
		for k := n0; k < len(out); k++ {
			if out[k].subject == -2 {
				out[k].subject, out[k].basis = d.subjectFor(&out[k])
			}
		}
	}
	return out
}

// markReferences records the places the sentence's claims measure from:
// a reference point ("40 km from Kyiv") is not the subject of the
// sentence's other claims.
func (d *text) markReferences(fs []found) {
	clear(d.refs)
	if d.refs == nil {
		d.refs = map[int]bool{}
	}
	for _, f := range fs {
		if f.anchor.place >= 0 {
			d.refs[f.anchor.place] = true
		}
	}
}

// newFound starts a claim of kind in sentence si from token cue to the
// end of token last.
func (d *text) newFound(kind string, si, cue, last int) found {
	s := &d.sents[si]
	return found{kind: kind, sent: si, cue: cue, from: cue, subject: -2,
		span: model.Span{Start: s.toks[cue].start, End: s.toks[last].end}}
}

// findDistances finds a length followed by what it is measured from: "more
// than 4,000 kilometers (2,485 miles) from the Ukrainian border", "30
// miles north of Kharkiv" (also a direction claim), "within 20 km of the
// border", "200 km into Russian territory".
func (d *text) findDistances(si int, out []found) []found {
	s := &d.sents[si]
	for qi := range d.qtys {
		q := &d.qtys[qi]
		if q.Span.Start < s.span.Start || q.Span.End > s.span.End || !isLength(q.Unit) {
			continue
		}
		cue, j := s.tokAt(q.Span.Start), s.tokAt(q.Span.End)
		if cue >= len(s.toks) || j >= len(s.toks) {
			continue
		}
		qual, rel := q.Qualifier, relFrom
		if cue > 0 && s.toks[cue-1].low == "within" {
			cue, qual, rel = cue-1, model.QualUpTo, relWithin
		}
		for j < len(s.toks) && fillers[s.toks[j].low] {
			if s.toks[j].low == "or" && j+1 < len(s.toks) && s.toks[j+1].low == "so" && qual == "" {
				qual = model.QualAbout
			}
			j++
		}
		dirWord, bearing, k, hasDir := compassAt(s.toks, j)
		switch {
		case hasDir && k < len(s.toks) && s.toks[k].low == "of":
			j = k + 1
		case hasDir:
			continue
		case j < len(s.toks) && depthPreps[s.toks[j].low]:
			rel, j = relInside, j+1
		case j < len(s.toks) && distancePreps[s.toks[j].low] && rel != relWithin:
			j++
		case j < len(s.toks) && s.toks[j].low == "of" && rel == relWithin:
			j++
		default:
			continue
		}
		a, end, ok := d.anchorAt(s, j)
		if !ok {
			continue
		}
		f := d.newFound(model.ClaimDistance, si, cue, end-1)
		f.qty, f.qual, f.relation, f.anchor = q, qual, rel, a
		out = append(out, f)
		if hasDir {
			g := d.newFound(model.ClaimDirection, si, s.tokAt(q.Span.End), end-1)
			for g.cue < len(s.toks) && fillers[s.toks[g.cue].low] {
				g.cue++
			}
			g.span.Start, g.from = s.toks[g.cue].start, f.cue
			g.dir, g.bearing, g.relation, g.anchor = dirWord, bearing, relFrom, a
			out = append(out, g)
		}
	}
	return out
}

// findDirections finds "north of Kharkiv", "on the outskirts of Kherson"
// and "inside Russian territory" (a direction into a country: checked by
// point-in-polygon) not already part of a distance claim.
func (d *text) findDirections(si int, out []found) []found {
	s := &d.sents[si]
	for i := 0; i < len(s.toks); i++ {
		if coveredBy(out, si, s.toks[i].start) {
			continue
		}
		low := s.toks[i].low
		if dirWord, bearing, k, ok := compassAt(s.toks, i); ok && k < len(s.toks) && s.toks[k].low == "of" &&
			(i == 0 || (s.toks[i-1].low != "the" && !isDash(s.toks[i-1]))) {
			if a, end, ok := d.anchorAt(s, k+1); ok {
				f := d.newFound(model.ClaimDirection, si, i, end-1)
				f.dir, f.bearing, f.relation, f.anchor = dirWord, bearing, relFrom, a
				out = append(out, f)
				i = end - 1
			}
			continue
		}
		if low == "outskirts" && i+1 < len(s.toks) && s.toks[i+1].low == "of" {
			if a, end, ok := d.anchorAt(s, i+2); ok && a.kind != anchorBorder {
				cue := i
				if cue > 0 && s.toks[cue-1].low == "the" {
					cue--
				}
				if cue > 0 && (s.toks[cue-1].low == "on" || s.toks[cue-1].low == "in") {
					cue--
				}
				f := d.newFound(model.ClaimDirection, si, cue, end-1)
				f.relation, f.anchor = relOutskirts, a
				out = append(out, f)
				i = end - 1
			}
			continue
		}
		if low == "inside" || low == "into" {
			a, end, ok := d.anchorAt(s, i+1)
			if !ok || !(a.kind == anchorTerritory || a.kind == anchorPlace && isCountry(&d.places[a.place])) {
				continue
			}
			if a.kind == anchorPlace {
				p := d.places[a.place]
				a.kind, a.countries, a.cplaces = anchorTerritory, []string{p.CountryCode}, []model.Place{p}
			}
			cue := i
			if cue > 0 && s.toks[cue-1].low == "deep" {
				cue--
			}
			f := d.newFound(model.ClaimDirection, si, cue, end-1)
			f.relation, f.anchor = relInside, a
			out = append(out, f)
			i = end - 1
		}
	}
	return out
}

// coveredBy reports whether offset at of sentence si lies inside a claim
// of out.
func coveredBy(out []found, si, at int) bool {
	for k := len(out) - 1; k >= 0 && out[k].sent == si; k-- {
		if out[k].span.Start <= at && at < out[k].span.End {
			return true
		}
	}
	return false
}

// findProximity finds "near Kharkiv", "close to the border with China",
// "relatively close to", "not far from", "proximity to the Chinese
// border", "along the Russian border".
func (d *text) findProximity(si int, out []found) []found {
	s := &d.sents[si]
	toks := s.toks
	word := func(k int) string {
		if k >= 0 && k < len(toks) {
			return toks[k].low
		}
		return ""
	}
	for i := 0; i < len(toks); i++ {
		k, rel := -1, relNear
		switch toks[i].low {
		case "near":
			if i+1 < len(toks) && isDash(toks[i+1]) || word(i-1) == "the" {
				continue
			}
			k = i + 1
			if word(k) == "to" {
				k++
			}
		case "close", "closer", "closest", "adjacent":
			if word(i+1) == "to" {
				k = i + 2
			}
		case "not":
			if word(i+1) == "far" && word(i+2) == "from" {
				k = i + 3
			}
		case "proximity":
			if word(i+1) == "to" || word(i+1) == "of" {
				k = i + 2
			}
		case "vicinity":
			if word(i+1) == "of" {
				k = i + 2
			}
		case "along":
			k, rel = i+1, relAlong
		}
		if k < 0 {
			continue
		}
		a, end, ok := d.anchorAt(s, k)
		if !ok || rel == relAlong && a.kind != anchorBorder && a.kind != anchorUnnamedBorder {
			continue
		}
		cue, mod := i, ""
		if cue > 0 && proximityModifiers[toks[cue-1].low] {
			cue, mod = cue-1, toks[cue-1].low
		}
		f := d.newFound(model.ClaimProximity, si, cue, end-1)
		f.relation, f.modifier, f.anchor = rel, mod, a
		out = append(out, f)
		i = end - 1
	}
	return out
}

// containmentWindow is how many tokens before "in" the subject of a
// containment claim may be named ("Belaya Air Base, located in …").
const containmentWindow = 8

// findContainment finds "Belaya Air Base in Irkutsk Oblast", "a Russian
// airfield in Irkutsk Oblast", "Sevastopol, in Russian-occupied Crimea",
// "Kharkiv, Ukraine". Only claims whose subject is named in the same
// sentence are kept: "the war in Ukraine" is no claim.
func (d *text) findContainment(si int, out []found) []found {
	s := &d.sents[si]
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if coveredBy(out, si, t.start) && t.low != "in" {
			continue
		}
		// "Kharkiv, Ukraine"
		if t.place >= 0 && !isArea(&d.places[t.place]) && !d.places[t.place].Adjective {
			j := d.placeEnd(s, i)
			if j+1 < len(toks) && toks[j].text == "," && toks[j+1].place >= 0 {
				p := &d.places[toks[j+1].place]
				if (isCountry(p) || isAdmin1(p)) && !p.Adjective && !p.Metonymic {
					end := d.placeEnd(s, j+1)
					if end >= len(toks) || !isApostrophe(toks[end]) {
						f := d.newFound(model.ClaimContainment, si, i, end-1)
						f.relation, f.subject, f.basis = relIn, t.place, basisBefore
						f.anchor = anchor{kind: anchorPlace, place: toks[j+1].place, text: d.spanText(p.Span()), span: p.Span()}
						out = append(out, f)
					}
				}
			}
			continue
		}
		if t.low != "in" && t.low != "inside" && t.low != "within" {
			continue
		}
		if i+1 < len(toks) && toks[i+1].num {
			continue
		}
		a, end, ok := d.anchorAt(s, i+1)
		if !ok || a.kind != anchorPlace || !isArea(&d.places[a.place]) {
			continue
		}
		if coveredBy(out, si, toks[end-1].start) {
			continue
		}
		f := d.newFound(model.ClaimContainment, si, i, end-1)
		f.relation, f.anchor = relIn, a
		f.subject, f.basis = d.subjectBefore(&f, containmentWindow)
		if f.subject < 0 {
			continue
		}
		out = append(out, f)
		i = end - 1
	}
	return out
}

// findConversions finds quantities with a stated conversion: "4,000
// kilometers (2,485 miles)".
func (d *text) findConversions(si int, out []found) []found {
	s := &d.sents[si]
	for qi := range d.qtys {
		q := &d.qtys[qi]
		if q.Span.Start < s.span.Start || q.Span.End > s.span.End || q.Stated == nil {
			continue
		}
		if _, ok := units[q.Unit]; !ok {
			continue
		}
		cue := s.tokAt(q.Span.Start)
		for cue < len(s.toks) && !s.toks[cue].num && s.toks[cue].start < q.Span.End {
			cue++ // drop the qualifier: "more than"
		}
		if cue >= len(s.toks) {
			continue
		}
		f := d.newFound(model.ClaimConversion, si, cue, cue)
		f.span.End, f.qty, f.subject = q.Span.End, q, -1
		out = append(out, f)
	}
	return out
}

// findRecords finds superlative distance claims ("deepest drone strike"):
// they need the record of earlier events, so they stay unverifiable.
func (d *text) findRecords(si int, out []found) []found {
	s := &d.sents[si]
	for i, t := range s.toks {
		if !recordWords[t.low] {
			continue
		}
		last := i
		for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
			if recordNouns[s.toks[k].low] {
				last = k
			}
		}
		if last == i {
			continue
		}
		f := d.newFound(model.ClaimDistance, si, i, last)
		f.relation, f.subject = relRecord, -1
		out = append(out, f)
	}
	return out
}

var recordNouns = map[string]bool{"strike": true, "strikes": true, "attack": true, "attacks": true, "raid": true,
	"raids": true, "incursion": true, "penetration": true, "hit": true, "operation": true}
