package nlp

import (
	"sort"
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// qspan is a pair of quotation marks: open and close are token indexes.
type qspan struct{ open, close int }

// findQuotePairs pairs quotation marks. Curly quotes pair by direction,
// straight quotes by position (an opening one follows a space); a quote
// left open at the end of a paragraph is dropped unless the next paragraph
// opens with a quote mark (the convention for a quote running over
// several paragraphs), in which case it closes at the paragraph's end.
func findQuotePairs(toks []token) []qspan {
	var out []qspan
	open := -1
	for i := 0; i < len(toks); i++ {
		tk := &toks[i]
		if i > 0 && tk.is(fPara) && open >= 0 {
			if isOpenQuote(tk.text) && i-1 > open {
				out = append(out, qspan{open, i}) // continues in the next paragraph
			}
			open = -1
		}
		if tk.kind != tkPunct {
			continue
		}
		switch tk.text {
		case "“", "«", "„":
			if tk.text == "“" && open >= 0 && toks[open].text == "„" {
				out = append(out, qspan{open, i}) // German „…“
				open = -1
				continue
			}
			open = i
		case "”", "»":
			if open >= 0 {
				out = append(out, qspan{open, i})
				open = -1
			}
		case "\"":
			opening := tk.is(fSpace) || i == 0 || toks[i-1].kind == tkPunct && !isCloseQuote(toks[i-1].text) && toks[i-1].text != "." && toks[i-1].text != ","
			closing := i+1 >= len(toks) || toks[i+1].is(fSpace) || toks[i+1].kind == tkPunct
			switch {
			case open >= 0 && (closing || !opening):
				out = append(out, qspan{open, i})
				open = -1
			case opening || open < 0:
				open = i
			}
		case "‘":
			if open < 0 {
				open = i
			}
		case "’":
			if open >= 0 && toks[open].text == "‘" {
				out = append(out, qspan{open, i})
				open = -1
			}
		}
	}
	if open >= 0 && len(toks)-1 > open && len(out) > 0 && out[len(out)-1].close == open {
		out = append(out, qspan{open, len(toks)})
	}
	return out
}

// quotes finds direct quotes and their speakers.
func (t *text) quotes(ents []ent) []model.Quote {
	toks := t.toks
	pairs := findQuotePairs(toks)
	var out []model.Quote
	type attrib struct {
		speaker, role string
		span          *model.Span
		end           int
	}
	var prev *attrib
	entAt := make(map[int]int, len(ents)) // token → entity index, for persons and orgs
	for k, e := range ents {
		if e.Kind == model.EntityPerson || e.Kind == model.EntityOrg {
			for i := e.first; i < e.end; i++ {
				entAt[i] = k
			}
		}
	}
	for _, p := range pairs {
		s, e := p.open+1, p.close
		// trim a trailing comma inside the quote: “…,” he said
		for e > s && (toks[e-1].text == "," || toks[e-1].text == ":") {
			e--
		}
		if e <= s || !isDirectQuote(toks, s, e) {
			continue
		}
		q := model.Quote{Text: t.str(s, e), Span: t.span(s, e), Embed: t.embed}
		sp, ok := t.speakerOf(p, ents, entAt)
		switch {
		case ok:
			q.Speaker, q.Role = sp.name, sp.role
			if sp.span != nil {
				q.SpeakerSpan = sp.span
			}
			prev = &attrib{speaker: sp.name, role: sp.role, span: sp.span, end: p.close}
		case prev != nil && continues(t, prev.end, p.open) && !personBetween(ents, prev.end, p.open, prev.speaker):
			// a quote that goes on after "he said."
			q.Speaker, q.Role, q.SpeakerSpan = prev.speaker, prev.role, prev.span
			prev.end = p.close
		}
		out = append(out, q)
	}
	// A quote running over paragraphs is attributed at its end: the
	// unattributed part before takes the speaker of the part after.
	for k := len(out) - 2; k >= 0; k-- {
		if out[k].Speaker == "" && out[k+1].Speaker != "" && out[k+1].Embed == out[k].Embed && openAfter(t, out[k], out[k+1]) {
			out[k].Speaker, out[k].Role, out[k].SpeakerSpan = out[k+1].Speaker, out[k+1].Role, out[k+1].SpeakerSpan
		}
	}
	return out
}

// openAfter reports whether quote b opens right after quote a ends, with
// only quotation marks and white space between them.
func openAfter(t *text, a, b model.Quote) bool {
	toks := t.toks
	i := tokenAtRune(toks, a.Span.End)
	for ; i < len(toks) && toks[i].rs < b.Span.Start; i++ {
		if toks[i].kind != tkPunct || !(isOpenQuote(toks[i].text) || isCloseQuote(toks[i].text) || toks[i].text == "." || toks[i].text == ",") {
			return false
		}
	}
	return true
}

// tokenAtRune returns the index of the first token starting at or after
// code point r.
func tokenAtRune(toks []token, r int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].rs >= r })
}

// personBetween reports whether a person is named between tokens a and b.
func personBetween(ents []ent, a, b int, except string) bool {
	for _, e := range ents {
		if e.Kind == model.EntityPerson && e.first > a && e.end <= b && e.Canonical != except {
			return true
		}
	}
	return false
}

// isDirectQuote tells a quotation from a quoted term: it has four words or
// more, or ends with sentence punctuation.
func isDirectQuote(toks []token, s, e int) bool {
	words := 0
	for k := s; k < e; k++ {
		if toks[k].kind == tkWord || toks[k].kind == tkNumber {
			words++
		}
	}
	if words >= 4 {
		return true
	}
	last := toks[e-1].text
	return words >= 2 && (last == "." || last == "!" || last == "?")
}

// continues reports whether a quote opening at token open continues the
// quote that closed at token prevEnd: it opens in the sentence after the
// attribution, or in the same one, in the same paragraph.
func continues(t *text, prevEnd, open int) bool {
	prevEnd = min(prevEnd, len(t.toks)-1)
	if int(t.sent[open])-int(t.sent[prevEnd]) > 1 {
		return false
	}
	for k := prevEnd + 1; k <= open; k++ {
		if t.toks[k].is(fPara) {
			return false
		}
	}
	return true
}

type speaker struct {
	name, role string
	span       *model.Span
	end        int // token after the speaker's mention
}

// speakerOf finds who says the quote p: after it ("…,” wrote X; “…,” X
// said), before it in its sentence (X warned that “…”; according to X,
// “…”), or a pronoun for the last person named.
func (t *text) speakerOf(p qspan, ents []ent, entAt map[int]int) (speaker, bool) {
	toks := t.toks
	// After: skip punctuation after the closing mark.
	j := p.close + 1
	for j < len(toks) && toks[j].kind == tkPunct && (toks[j].text == "," || toks[j].text == "—" || toks[j].text == "–") {
		j++
	}
	if j < len(toks) && !toks[j].is(fPara) {
		if speechVerbs[toks[j].low] {
			// “…,” said X / wrote X / said the minister
			k := j + 1
			if sp, ok := t.speakerAt(k, ents, entAt); ok {
				return sp, true
			}
		}
		if sp, ok := t.speakerAt(j, ents, entAt); ok {
			// “…,” X said / X, ROLE, said
			e := sp.end
			if e < len(toks) && speechVerbs[toks[e].low] {
				return sp, true
			}
			if e < len(toks) && toks[e].text == "," {
				for k := e + 1; k < len(toks) && k < e+40 && t.sent[k] == t.sent[e]; k++ {
					if toks[k].text == "," && k+1 < len(toks) && speechVerbs[toks[k+1].low] {
						return sp, true
					}
				}
			}
		}
		if toks[j].low == "according" && j+1 < len(toks) && toks[j+1].low == "to" {
			if sp, ok := t.speakerAt(j+2, ents, entAt); ok {
				return sp, true
			}
		}
	}
	// "X disagreed: “…”": a person opening the sentence that ends in a colon
	if p.open > 1 && toks[p.open-1].text == ":" {
		s := t.sentenceOf(p.open - 1).first
		for k := s; k < p.open-1; k++ {
			if ei, ok := entAt[k]; ok && ents[ei].Kind == model.EntityPerson {
				return t.speakerFromEnt(ents, ei), true
			}
		}
	}
	// Before, in the same sentence: X said: “…”; X warned that …, “…”.
	if p.open > 0 {
		s := t.sentenceOf(p.open).first
		if t.sent[p.open] > 0 && s == p.open {
			// the quote opens a sentence: look at the previous one's end
			// only for "X said:"
			if toks[p.open-1].text == ":" {
				s = t.sentenceOf(p.open - 1).first
			}
		}
		s = max(s, p.open-60) // a long sentence: look back 60 tokens at most
		for v := p.open - 1; v >= s; v-- {
			if isOpenQuote(toks[v].text) && v < p.open-1 && toks[v].kind == tkPunct {
				break // another quote in between
			}
			w := toks[v].low
			if w == "according" && v+1 < len(toks) && toks[v+1].low == "to" {
				if sp, ok := t.speakerAt(v+2, ents, entAt); ok {
					return sp, true
				}
			}
			if !speechVerbs[w] {
				continue
			}
			// subject before the verb, over adverbs: "X also warned"
			b := v - 1
			for b >= s && toks[b].kind == tkWord && strings.HasSuffix(toks[b].low, "ly") || b >= s && (toks[b].low == "also" || toks[b].low == "then" || toks[b].low == "later" || toks[b].low == "has" || toks[b].low == "had" || toks[b].low == "have") {
				b--
			}
			if b >= s {
				if sp, ok := t.speakerEndingAt(b, s, ents, entAt); ok {
					return sp, true
				}
			}
			// verb then subject: "said X:"
			if sp, ok := t.speakerAt(v+1, ents, entAt); ok {
				return sp, true
			}
		}
	}
	return speaker{}, false
}

// speakerAt reads a speaker starting at token k: a person or organisation
// entity, a pronoun (resolved to the last person named), or "the
// minister" (resolved to the last person with that title).
func (t *text) speakerAt(k int, ents []ent, entAt map[int]int) (speaker, bool) {
	toks := t.toks
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	if k >= len(toks) {
		return speaker{}, false
	}
	if ei, ok := entAt[k]; ok {
		return t.speakerFromEnt(ents, ei), true
	}
	// a title before a person: "Defense Minister Šakalienė" where the
	// entity starts after the title
	for j := k; j < len(toks) && j < k+6 && toks[j].kind == tkWord; j++ {
		if ei, ok := entAt[j]; ok && ents[ei].Kind == model.EntityPerson {
			return t.speakerFromEnt(ents, ei), true
		}
		if !titleWords[toks[j].low] && !roleDomains[toks[j].low] && !stopWords[toks[j].low] && toks[j].low != "'s" {
			if le, _ := lex.names.match(toks, j); le == nil {
				break
			}
		}
	}
	if speakerPronouns[toks[k].low] && (toks[k].low == "he" || toks[k].low == "she") {
		if ei := lastPersonBefore(ents, k); ei >= 0 {
			sp := t.speakerFromEnt(ents, ei)
			s := t.span(k, k+1)
			sp.span = &s
			sp.end = k + 1
			return sp, true
		}
	}
	return speaker{}, false
}

// speakerEndingAt reads a speaker whose last token is b (not before s).
func (t *text) speakerEndingAt(b, s int, ents []ent, entAt map[int]int) (speaker, bool) {
	toks := t.toks
	if ei, ok := entAt[b]; ok {
		return t.speakerFromEnt(ents, ei), true
	}
	if speakerPronouns[toks[b].low] {
		return t.speakerAt(b, ents, entAt)
	}
	// "X, ROLE, said" / "X, ROLE, warned": find the person before the role
	for k := b; k >= s && b-k < 40; k-- {
		if ei, ok := entAt[k]; ok && ents[ei].Kind == model.EntityPerson && ents[ei].Role != "" {
			return t.speakerFromEnt(ents, ei), true
		}
	}
	return speaker{}, false
}

func (t *text) speakerFromEnt(ents []ent, ei int) speaker {
	e := ents[ei]
	sp := e.Span
	name := e.Canonical
	if name == "" {
		name = e.Text
	}
	return speaker{name: name, role: e.Role, span: &sp, end: e.end}
}

func lastPersonBefore(ents []ent, k int) int {
	best := -1
	for i, e := range ents {
		if e.Kind == model.EntityPerson && e.end <= k && (best < 0 || e.end > ents[best].end) {
			best = i
		}
	}
	return best
}
