package events

import (
	"fmt"
	"strconv"
	"strings"
)

// A lexicon is written as lines of a small language, compiled once:
//
//	TYPE mode tag weight [flags]: pattern; pattern; …
//
// TYPE is the PLOVER type, mode its PLOVER mode ("-" for none), tag a cue
// the ACLED mapping and the merger read ("-" for none), weight the
// trigger's strength (0–1). Flags: n marks a noun trigger (it can be the
// object of another trigger, "condemned the attack"); w a weak trigger
// that makes an event only with an argument or a second cue.
//
// A pattern is words separated by spaces: "word" matches the lower-cased
// token, "word~" the word and its inflections (attack, attacks, attacked,
// attacking), "a|b~" either alternative, "word!" only when written in lower
// case ("march", not the month), and "_" up to three other tokens within
// the clause ("set _ ablaze").

// entry is one trigger line.
type entry struct {
	typ, mode, tag string
	w              float64
	noun, weak     bool
	src            string // the pattern as written, for --explain
}

type step struct {
	forms     map[string]bool
	gap       bool
	lowerOnly bool
}

type pattern struct {
	steps []step
	e     *entry
}

// lexicon is the compiled form: patterns by the forms of their first word,
// and the lemma of every generated form.
type lexicon struct {
	index map[string][]*pattern
	lemma map[string]string
}

// hit is one matched trigger: tokens [i, j) of a sentence.
type hit struct {
	e     *entry
	i, j  int
	lemma string
}

func newLexicon() *lexicon {
	return &lexicon{index: map[string][]*pattern{}, lemma: map[string]string{}}
}

// add compiles the lines of one lexicon source; it panics on a malformed
// line, at start-up.
func (lx *lexicon) add(src string) {
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, body, ok := strings.Cut(line, ":")
		f := strings.Fields(head)
		if !ok || len(f) < 4 {
			panic(fmt.Sprintf("events: lexicon line %d: %q", n+1, line))
		}
		w, err := strconv.ParseFloat(f[3], 64)
		if err != nil {
			panic(fmt.Sprintf("events: lexicon line %d: weight: %v", n+1, err))
		}
		base := entry{typ: f[0], mode: dash(f[1]), tag: dash(f[2]), w: w}
		if len(f) > 4 {
			base.noun = strings.Contains(f[4], "n")
			base.weak = strings.Contains(f[4], "w")
		}
		for _, p := range strings.Split(body, ";") {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			e := base
			e.src = p
			lx.addPattern(p, &e)
		}
	}
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

func (lx *lexicon) addPattern(p string, e *entry) {
	pat := &pattern{e: e}
	for _, w := range strings.Fields(p) {
		if w == "_" {
			pat.steps = append(pat.steps, step{gap: true})
			continue
		}
		st := step{forms: map[string]bool{}}
		if strings.HasSuffix(w, "!") {
			st.lowerOnly = true
			w = strings.TrimSuffix(w, "!")
		}
		for _, alt := range strings.Split(w, "|") {
			if base, ok := strings.CutSuffix(alt, "~"); ok {
				for _, f := range inflect(base) {
					st.forms[f] = true
					if _, seen := lx.lemma[f]; !seen {
						lx.lemma[f] = base
					}
				}
				continue
			}
			st.forms[alt] = true
		}
		pat.steps = append(pat.steps, st)
	}
	if len(pat.steps) == 0 || pat.steps[0].gap {
		panic("events: pattern must start with a word: " + p)
	}
	for f := range pat.steps[0].forms {
		lx.index[f] = append(lx.index[f], pat)
	}
}

// match returns the triggers that start at each token of a sentence; of
// the patterns starting at one token, the longest wins.
func (lx *lexicon) match(ts []tok, dst []hit) []hit {
	for i := 0; i < len(ts); i++ {
		t := &ts[i]
		if t.punct {
			continue
		}
		pats := lx.index[t.low]
		if len(pats) == 0 {
			if k := strings.LastIndexByte(t.low, '-'); k > 0 {
				pats = lx.index[t.low[k+1:]]
			}
			if len(pats) == 0 {
				continue
			}
		}
		best, bestEnd := (*pattern)(nil), 0
		for _, p := range pats {
			if end, ok := p.matchAt(ts, i); ok && end > bestEnd {
				best, bestEnd = p, end
			}
		}
		if best == nil {
			continue
		}
		lemma := lx.lemma[t.low]
		if lemma == "" {
			lemma = t.low
		}
		dst = append(dst, hit{e: best.e, i: i, j: bestEnd, lemma: lemma})
	}
	return dst
}

func (p *pattern) matchAt(ts []tok, i int) (int, bool) {
	if p.steps[0].lowerOnly && ts[i].upper {
		return 0, false
	}
	return matchSteps(p.steps[1:], ts, i+1)
}

func matchSteps(steps []step, ts []tok, i int) (int, bool) {
	if len(steps) == 0 {
		return i, true
	}
	st := steps[0]
	if st.gap {
		// up to three tokens within the clause; a parenthesis, "(Kano
		// State)", is an aside skipped whole
		pos := i
		for skip := 0; skip <= 3; skip++ {
			if skip > 0 {
				if pos >= len(ts) {
					break
				}
				if ts[pos].low == "(" {
					if c := closeParen(ts, pos); c > 0 {
						pos = c + 1
						skip--
						if end, ok := matchSteps(steps[1:], ts, pos); ok {
							return end, true
						}
						continue
					}
				}
				if clauseBreak(&ts[pos]) || gapStops[ts[pos].low] {
					break
				}
				if n := dayAdverbial(ts, pos); n > 0 {
					// "retook late on Friday two villages": the
					// day named between verb and object is free
					pos += n
					skip--
					if end, ok := matchSteps(steps[1:], ts, pos); ok {
						return end, true
					}
					continue
				}
				pos++
			}
			if end, ok := matchSteps(steps[1:], ts, pos); ok {
				return end, true
			}
		}
		return 0, false
	}
	if i >= len(ts) || !st.forms[ts[i].low] || (st.lowerOnly && ts[i].upper) {
		return 0, false
	}
	return matchSteps(steps[1:], ts, i+1)
}

// inflect returns a word with its regular inflections (and irregular ones
// from irregular): -s/-es/-ies, -ed/-d/-ied, -ing, with and without a
// doubled final consonant. Over-generation is harmless: the extra forms
// do not occur in text.
func inflect(b string) []string {
	out := []string{b}
	if strings.ContainsRune(b, ' ') {
		return out
	}
	n := len(b)
	last := b[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case last == 'y' && n > 1 && !vowel(b[n-2]):
		stem := b[:n-1]
		out = append(out, stem+"ies", stem+"ied", b+"ing")
	case last == 'e':
		out = append(out, b+"s", b+"d", b[:n-1]+"ing", b+"ing")
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "sh"):
		out = append(out, b+"es", b+"ed", b+"ing")
	default:
		out = append(out, b+"s", b+"ed", b+"ing")
		if n >= 3 && !vowel(last) && vowel(b[n-2]) && !vowel(b[n-3]) && strings.IndexByte("wxy", last) < 0 {
			d := b + string(last)
			out = append(out, d+"ed", d+"ing")
		}
	}
	out = append(out, irregular[b]...)
	return out
}

// irregular lists the irregular forms of the verbs the lexicons use.
var irregular = map[string][]string{
	"shoot": {"shot"}, "fight": {"fought"}, "hold": {"held"}, "meet": {"met"}, "strike": {"struck", "stricken"},
	"beat": {"beaten"}, "steal": {"stole", "stolen"}, "take": {"took", "taken"}, "throw": {"threw", "thrown"},
	"burn": {"burnt"}, "flee": {"fled"}, "break": {"broke", "broken"}, "bring": {"brought"}, "send": {"sent"},
	"give": {"gave", "given"}, "blow": {"blew", "blown"}, "leave": {"left"}, "withdraw": {"withdrew", "withdrawn"},
	"sell": {"sold"}, "speak": {"spoke", "spoken"}, "tell": {"told"}, "go": {"went", "gone"}, "lose": {"lost"},
	"slay": {"slew", "slain"}, "seek": {"sought"}, "forbid": {"forbade", "forbidden"}, "lay": {"laid"},
	"overrun": {"overran"}, "retake": {"retook", "retaken"}, "undertake": {"undertook", "undertaken"},
	"stab": {"stabbed", "stabbing"}, "kidnap": {"kidnapped", "kidnapping"},
	"rob": {"robbed", "robbing"}, "pull": {"pulled"}, "set": {"setting"}, "put": {"putting"}, "cut": {"cutting"},
	"shut": {"shutting"}, "let": {"letting"}, "rise": {"rose", "risen"}, "hit": {"hitting"}, "stand": {"stood"},
	"win": {"won"}, "drive": {"drove", "driven"}, "ride": {"rode"}, "forgive": {"forgave", "forgiven"},
	"seize": {"seized"}, "overthrow": {"overthrew", "overthrown"}, "hang": {"hanged", "hung"}, "freeze": {"froze", "frozen"},
	"sit": {"sat"}, "stride": {"strode"}, "begin": {"began", "begun"}, "spread": {"spreads"}, "teargas": {"teargassed"},
	"mob": {"mobbed"}, "ban": {"banned", "banning"}, "bar": {"barred", "barring"}, "jail": {"jailed"},
	"pledge": {"pledged"}, "plan": {"planned", "planning"}, "drop": {"dropped", "dropping"}, "rebut": {"rebutted"},
	"refer": {"referred"}, "occur": {"occurred"}, "commit": {"committed", "committing"}, "admit": {"admitted"},
	"regret": {"regretted"}, "permit": {"permitted"}, "submit": {"submitted"}, "abet": {"abetted"},
}

// closeParen returns the index of the ")" closing the "(" at k, within 15
// tokens, or -1.
func closeParen(ts []tok, k int) int {
	for m := k + 1; m < len(ts) && m <= k+15; m++ {
		switch ts[m].low {
		case ")":
			return m
		case "(", ".", ";":
			return -1
		}
	}
	return -1
}
