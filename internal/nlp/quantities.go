package nlp

import (
	"math"
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// qualPhrase is a qualifier read backwards from the number: words[0] is
// the word just before the number.
type qualPhrase struct {
	words []string
	qual  string
}

// qualifiers, keyed by the word just before the number, longest first.
var qualifiers = map[string][]qualPhrase{
	"than": {
		{[]string{"than", "more", "no"}, model.QualUpTo},
		{[]string{"than", "fewer", "no"}, model.QualAtLeast},
		{[]string{"than", "less", "no"}, model.QualAtLeast},
		{[]string{"than", "more"}, model.QualMoreThan},
		{[]string{"than", "greater"}, model.QualMoreThan},
		{[]string{"than", "fewer"}, model.QualLessThan},
		{[]string{"than", "less"}, model.QualLessThan},
	},
	"least":         {{[]string{"least", "at"}, model.QualAtLeast}},
	"minimum":       {{[]string{"minimum", "a"}, model.QualAtLeast}},
	"most":          {{[]string{"most", "at"}, model.QualUpTo}},
	"to":            {{[]string{"to", "up"}, model.QualUpTo}, {[]string{"to", "close"}, model.QualAbout}},
	"as":            {{[]string{"as", "many", "as"}, model.QualUpTo}, {[]string{"as", "much", "as"}, model.QualUpTo}},
	"of":            {{[]string{"of", "upwards"}, model.QualMoreThan}, {[]string{"of", "excess", "in"}, model.QualMoreThan}},
	"over":          {{[]string{"over"}, model.QualMoreThan}},
	"above":         {{[]string{"above"}, model.QualMoreThan}},
	"under":         {{[]string{"under"}, model.QualLessThan}},
	"below":         {{[]string{"below"}, model.QualLessThan}},
	"nearly":        {{[]string{"nearly"}, model.QualAbout}},
	"almost":        {{[]string{"almost"}, model.QualAbout}},
	"about":         {{[]string{"about"}, model.QualAbout}},
	"around":        {{[]string{"around"}, model.QualAbout}},
	"approximately": {{[]string{"approximately"}, model.QualAbout}},
	"roughly":       {{[]string{"roughly"}, model.QualAbout}},
	"some":          {{[]string{"some"}, model.QualAbout}},
	"circa":         {{[]string{"circa"}, model.QualAbout}},
	"estimated":     {{[]string{"estimated", "an"}, model.QualAbout}, {[]string{"estimated"}, model.QualAbout}},
	"approx":        {{[]string{"approx"}, model.QualAbout}},
	"~":             {{[]string{"~"}, model.QualAbout}},
	"exactly":       {{[]string{"exactly"}, model.QualExactly}},
	"precisely":     {{[]string{"precisely"}, model.QualExactly}},
}

// matchQualifier reads a qualifier ending just before token i and returns
// it with the index of its first token.
func matchQualifier(toks []token, i int) (string, int) {
	if i <= 0 {
		return "", i
	}
	k := i - 1
	if toks[k].text == "." && k > 0 && toks[k-1].low == "approx" {
		k--
	}
	for _, p := range qualifiers[toks[k].low] {
		ok := true
		for n, w := range p.words {
			if k-n < 0 || toks[k-n].low != w {
				ok = false
				break
			}
		}
		if ok {
			return p.qual, k - len(p.words) + 1
		}
	}
	return "", i
}

// quantities finds numbers with their qualifier, unit and what they count.
func (t *text) quantities() []model.Quantity {
	var out []model.Quantity
	toks := t.toks
	for i := 0; i < len(toks); i++ {
		if t.used[i] || (toks[i].kind != tkNumber && (toks[i].kind != tkWord || toks[i].cls&cNumWord == 0)) {
			continue
		}
		q, end, ok := t.quantityAt(i)
		if !ok {
			continue
		}
		out = append(out, q)
		i = end - 1
	}
	return out
}

// quantityAt reads a quantity whose number starts at token i, returning it
// and the index after it.
func (t *text) quantityAt(i int) (model.Quantity, int, bool) {
	toks := t.toks
	n, ok := readNumber(toks, i)
	if !ok {
		return model.Quantity{}, 0, false
	}
	for k := n.start; k < n.end; k++ {
		if t.used[k] {
			return model.Quantity{}, 0, false
		}
	}
	if !t.numberContextOK(i, n) {
		return model.Quantity{}, 0, false
	}
	start, end := i, n.end
	q := model.Quantity{Value: n.value}
	var u unit
	hasUnit := false
	// currency before: "$5 million", "US$ 3"
	if i > 0 {
		if cu, ok := currencySymbols[toks[i-1].text]; ok {
			u, hasUnit, start = cu, true, i-1
			if start > 0 && toks[start-1].text == "US" && !toks[start].is(fSpace) {
				start--
			}
			// "$5m", "$5bn", "$5k": a glued scale
			if end < len(toks) && !toks[end].is(fSpace) && toks[end].kind == tkWord {
				switch toks[end].low {
				case "m", "mn":
					q.Value *= 1e6
					end++
				case "k":
					q.Value *= 1e3
					end++
				}
			}
		}
	}
	qual, qs := matchQualifier(toks, start)
	if qual != "" {
		start = qs
		q.Qualifier = qual
	}
	// a range: "10 to 20", "10-20", "between 10 and 20"
	between := start > 0 && toks[start-1].low == "between"
	if end+1 < len(toks) {
		sep := toks[end].low
		if sep == "to" || sep == "and" && between || (sep == "-" || sep == "–") && !toks[end].is(fSpace) {
			if m, ok := readNumber(toks, end+1); ok && m.value > q.Value && !t.used[end+1] {
				v := m.value
				if n.words == m.words && scaleOf(toks, n) == 1 && scaleOf(toks, m) > 1 {
					q.Value *= scaleOf(toks, m) // "5 to 10 million"
				}
				q.ValueMax = &v
				end = m.end
				if between {
					start = min(start, i-1)
					if qual == "" {
						start = i - 1
					}
				}
			}
		}
	}
	if !hasUnit {
		u, end, hasUnit = readUnit(toks, end)
		if !hasUnit {
			u = unit{}
		}
	}
	// "40-plus", "12 or more"
	if end+1 < len(toks) && toks[end].low == "or" && toks[end+1].low == "more" && q.Qualifier == "" {
		q.Qualifier = model.QualAtLeast
		end += 2
	} else if end < len(toks) && (toks[end].low == "plus" || toks[end].text == "+" && !toks[end].is(fSpace)) && q.Qualifier == "" {
		q.Qualifier = model.QualAtLeast
		end++
	}
	if n.vague && q.Qualifier == "" {
		q.Qualifier = model.QualAtLeast
	}
	if hasUnit {
		q.Unit = u.symbol
		if u.base != "" {
			q.Normalized = &model.Measure{Value: round(q.Value*u.factor, 6), Unit: u.base}
		}
		// a stated conversion: "4,000 kilometers (2,485 miles)"
		if s, e, ok := t.conversionAt(end); ok {
			q.Stated = s
			end = e
			q.Text = t.str(start, end)
			q.Span = t.span(start, end)
			q.Embed = t.embed
			return q, end, true
		}
	} else {
		needOf := n.vague && strings.HasSuffix(toks[n.end-1].low, "s") // "dozens of"
		counts, e := t.countsAt(end, needOf)
		if counts == "" {
			// "killed at least 12": the verb before says what is counted
			if start > 0 && isCountVerb(toks[start-1].low) {
				counts = toks[start-1].low
			}
		}
		if counts == "" && q.Qualifier == "" {
			return model.Quantity{}, 0, false
		}
		if counts == "" && n.year {
			return model.Quantity{}, 0, false
		}
		if n.words && n.value == 1 && counts == "" {
			return model.Quantity{}, 0, false
		}
		q.Counts = counts
		if counts != "" && e > end {
			end = e
		}
	}
	q.Text = t.str(start, end)
	q.Span = t.span(start, end)
	q.Embed = t.embed
	return q, end, true
}

// numberContextOK rejects numbers that are not quantities: "No. 5", "#3",
// "Tu-95", ordinals "21st", times "10:30", "one of".
func (t *text) numberContextOK(i int, n number) bool {
	toks := t.toks
	p := &token{}
	if i > 0 {
		p = &toks[i-1]
	}
	switch p.low {
	case "no", "number", "#", "nos", "vol", "article", "art", "page", "p":
		if toks[i].kind == tkNumber {
			return false
		}
	case ".":
		if i > 1 && (toks[i-2].low == "no" || toks[i-2].low == "art") {
			return false
		}
	case ":":
		if !toks[i].is(fSpace) {
			return false
		}
	case "-", "/":
		if !toks[i].is(fSpace) && i > 1 && toks[i-2].kind != tkNumber {
			return false // "Tu-95", "F-16"
		}
	}
	if n.end < len(toks) {
		nx := &toks[n.end]
		if !nx.is(fSpace) {
			switch nx.low {
			case "st", "nd", "rd", "th", "s", "'s":
				return false
			case ":", "/":
				return false
			}
		}
		if n.words && n.value == 1 && nx.low == "of" {
			return false
		}
	}
	return true
}

// conversionAt reads "(2,485 miles)" at token j.
func (t *text) conversionAt(j int) (*model.Measure, int, bool) {
	toks := t.toks
	if j >= len(toks) || toks[j].text != "(" {
		return nil, 0, false
	}
	k := j + 1
	if k < len(toks) && (toks[k].low == "about" || toks[k].low == "around" || toks[k].low == "some" || toks[k].low == "roughly" || toks[k].low == "nearly") {
		k++
	}
	m, ok := readNumber(toks, k)
	if !ok || m.words {
		return nil, 0, false
	}
	u, e, ok := readUnit(toks, m.end)
	if !ok || e >= len(toks) || toks[e].text != ")" {
		return nil, 0, false
	}
	sp := t.span(m.start, e)
	return &model.Measure{Value: m.value, Unit: u.symbol, Span: &sp}, e + 1, true
}

// countsAt reads what a number counts, starting at token j: "russian
// strategic military aircraft", "of drones" after "dozens", "killed".
func (t *text) countsAt(j int, vague bool) (string, int) {
	toks := t.toks
	if j < len(toks) && toks[j].low == "of" {
		j++
		if j < len(toks) && (determiners[toks[j].low] || toks[j].low == "'s") {
			j++
		}
	} else if vague {
		return "", j
	}
	start := j
	k := j
	for k < len(toks) && k-start < 5 {
		tk := &toks[k]
		if tk.kind != tkWord || (k > start && tk.is(fNewline)) || t.used[k] {
			break
		}
		w := tk.low
		if stopWords[w] || w == "'s" {
			break
		}
		if k == start {
			if strings.HasSuffix(w, "ed") && !edAdjectives[w] {
				// "12 killed", "41 aircraft damaged": the participle itself
				return w, k + 1
			}
		} else if strings.HasSuffix(w, "ed") && !edAdjectives[w] || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") {
			break
		}
		if _, ok := wordValue(w); ok {
			break
		}
		k++
		// stop after a plural noun followed by a non-noun
		if k < len(toks) && toks[k].kind == tkWord && strings.HasSuffix(w, "s") && pluralStop(toks[k].low) {
			break
		}
	}
	if k == start {
		return "", j
	}
	return t.str(start, k), k
}

func pluralStop(next string) bool { return stopWords[next] }

func isCountVerb(w string) bool {
	switch w {
	case "killed", "killing", "injured", "injuring", "wounded", "wounding", "arrested", "detained", "destroyed",
		"damaged", "downed", "evacuated", "displaced", "captured", "launched", "fired", "intercepted":
		return true
	}
	return false
}

// scaleOf returns the multiplier of a number's scale word, 1 when none.
func scaleOf(toks []token, n number) float64 {
	if n.end-1 > n.start {
		if s, ok := scaleWords[toks[n.end-1].low]; ok {
			return s
		}
	}
	return 1
}

func round(v float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(v*p) / p
}

// edAdjectives end in -ed but describe a noun that follows.
var edAdjectives = setOf("armed", "unmanned", "manned", "guided", "wounded", "armoured", "armored", "advanced",
	"improvised", "unidentified", "unarmed", "detained", "registered", "trained", "skilled", "specialized",
	"specialised", "experienced", "retired", "licensed", "unexploded", "uncrewed", "crewed")

var determiners = setOf("the", "a", "an", "these", "those", "this", "that", "its", "their", "his", "her", "our",
	"your", "my", "whose", "which", "such", "them", "us", "whom")
