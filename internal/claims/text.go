package claims

import (
	"sort"

	"github.com/geowire/geowire/internal/gazetteer"
	"github.com/geowire/geowire/internal/model"
)

// sentence is one sentence of the article text, tokenised.
type sentence struct {
	span model.Span
	toks []tok
}

// text is the article as the finder sees it: its code points, its
// sentences, the resolved places and the quantities the reading found.
type text struct {
	g      *gazetteer.Gazetteer // nil: demonyms then come only from places
	runes  []rune
	places []model.Place    // with valid spans, sorted by Start
	sents  []sentence       // article sentences (embeds are skipped)
	qtys   []model.Quantity // article quantities, sorted by Start
	refs   map[int]bool     // places the current sentence measures from
}

// newText prepares the article text. Places and sentences with spans
// outside the text are dropped; without sentences the text is one.
func newText(g *gazetteer.Gazetteer, body string, r *model.Reading, places []model.Place) *text {
	d := &text{g: g, runes: []rune(body)}
	n := len(d.runes)
	for _, p := range places {
		if p.Start >= 0 && p.Start < p.End && p.End <= n {
			d.places = append(d.places, p)
		}
	}
	sort.SliceStable(d.places, func(i, j int) bool { return d.places[i].Start < d.places[j].Start })
	var spans []model.Span
	if r != nil {
		for _, s := range r.Sentences {
			if s.Embed == nil && s.Span.Start >= 0 && s.Span.Start < s.Span.End && s.Span.End <= n {
				spans = append(spans, s.Span)
			}
		}
		for _, q := range r.Quantities {
			if q.Embed == nil && q.Span.Start >= 0 && q.Span.Start < q.Span.End && q.Span.End <= n {
				d.qtys = append(d.qtys, q)
			}
		}
	}
	if len(spans) == 0 && n > 0 {
		spans = []model.Span{{Start: 0, End: n}}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	for _, sp := range spans {
		s := sentence{span: sp, toks: tokenize(d.runes, sp.Start, sp.End)}
		for k := range s.toks {
			s.toks[k].place = d.placeAt(s.toks[k].start)
		}
		d.sents = append(d.sents, s)
	}
	sort.SliceStable(d.qtys, func(i, j int) bool { return d.qtys[i].Span.Start < d.qtys[j].Span.Start })
	d.scanLengths()
	return d
}

// scanLengths adds the lengths nlp did not keep as quantities: negative
// ones ("-20 km", "minus 20 km") and any other number followed by a length
// word that no quantity covers.
func (d *text) scanLengths() {
	covered := func(at int) bool {
		for _, q := range d.qtys {
			if q.Span.Start <= at && at < q.Span.End {
				return true
			}
		}
		return false
	}
	var extra []model.Quantity
	for _, s := range d.sents {
		for i, t := range s.toks {
			if !t.num || covered(t.start) || i+1 >= len(s.toks) {
				continue
			}
			sym, end := "", i+1
			if i+2 < len(s.toks) {
				sym = lengthWords[s.toks[i+1].low+" "+s.toks[i+2].low]
				end = i + 3
			}
			if sym == "" {
				sym, end = lengthWords[s.toks[i+1].low], i+2
			}
			if sym == "" || (len(s.toks[i+1].low) == 1 && s.toks[i+1].space) {
				continue
			}
			v, _, ok := parseNumber(t.text)
			if !ok {
				continue
			}
			start := t.start
			if i > 0 && (isDash(s.toks[i-1]) || s.toks[i-1].text == "−") && s.toks[i-1].space {
				v, start = -v, s.toks[i-1].start
			} else if i > 0 && s.toks[i-1].low == "minus" {
				v, start = -v, s.toks[i-1].start
			} else if i > 0 && isDash(s.toks[i-1]) {
				continue // a range ("10-20 km") nlp should have read
			}
			km, _ := toKm(v, sym)
			sp := model.Span{Start: start, End: s.toks[end-1].end}
			extra = append(extra, model.Quantity{Value: v, Unit: sym, Text: string(d.runes[sp.Start:sp.End]), Span: sp,
				Normalized: &model.Measure{Value: km, Unit: "km"}})
		}
	}
	if len(extra) > 0 {
		d.qtys = append(d.qtys, extra...)
		sort.SliceStable(d.qtys, func(i, j int) bool { return d.qtys[i].Span.Start < d.qtys[j].Span.Start })
	}
}

// placeAt returns the index of the place covering offset at, or -1.
func (d *text) placeAt(at int) int {
	i := sort.Search(len(d.places), func(i int) bool { return d.places[i].Start > at }) - 1
	if i >= 0 && d.places[i].End > at {
		return i
	}
	return -1
}

// tokAt returns the index of the first token of s starting at or after
// offset at.
func (s *sentence) tokAt(at int) int {
	return sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= at })
}

// spanText returns the text of a span.
func (d *text) spanText(sp model.Span) string { return string(d.runes[sp.Start:sp.End]) }
