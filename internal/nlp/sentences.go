package nlp

// sentence is a range [first, end) of token indexes.
type sentence struct{ first, end int }

// splitSentences groups tokens into sentences. A sentence ends at a line
// break, or after ". ! ? …" (and the closing quotes and brackets that
// follow) when the next token can start a sentence: upper case, a digit,
// an opening quote. Abbreviations ("Gen.", "No. 5", "U.S."), initials and
// decimals do not end one; glued text ("campaign.The strike", a heading
// glued to the paragraph after it) does.
func splitSentences(toks []token) []sentence { return splitSentencesInto(nil, toks) }

// splitSentencesInto appends the sentences of toks to out.
func splitSentencesInto(out []sentence, toks []token) []sentence {
	first := 0
	for i := 0; i < len(toks); i++ {
		if i > first && breaksBefore(toks, i) {
			out = append(out, sentence{first, i})
			first = i
		}
		end, ok := sentenceEndAt(toks, i)
		if !ok {
			continue
		}
		if end >= len(toks) {
			i = end - 1
			continue
		}
		if startsSentence(toks, end) {
			out = append(out, sentence{first, end})
			first = end
			i = end - 1
		}
	}
	if first < len(toks) {
		out = append(out, sentence{first, len(toks)})
	}
	return out
}

// breaksBefore reports a boundary before token i that needs no punctuation:
// a line break, or text glued to a heading ("2025Chinese",
// "ConnectionBelaya").
func breaksBefore(toks []token, i int) bool {
	t := &toks[i]
	if t.is(fNewline) {
		return true
	}
	if t.is(fCamel) && !t.is(fSpace) && t.is(fUpper) && i > 0 {
		p := &toks[i-1]
		return p.kind == tkNumber || p.kind == tkWord
	}
	return false
}

// sentenceEndAt reports whether token i ends a sentence if what follows
// allows it, and the index of the first token after the end (past closing
// quotes and brackets).
func sentenceEndAt(toks []token, i int) (int, bool) {
	t := &toks[i]
	switch {
	case t.kind == tkPunct:
		switch t.text {
		case ".", "!", "?", "…", "...", "。", "！", "？":
		default:
			return 0, false
		}
		if t.text == "." && i > 0 && isAbbrevBefore(toks, i) {
			return 0, false
		}
		if (t.text == "…" || t.text == "...") && (i+1 >= len(toks) || !toks[i+1].is(fSpace)) {
			return 0, false
		}
	case t.kind == tkWord && t.is(fAbbrev):
		// "U.S." ends a sentence only before a common sentence opener.
		if i+1 < len(toks) && !toks[i+1].is(fNewline) {
			if n := &toks[i+1]; n.is(fUpper) && sentenceOpeners[n.low] {
				return i + 1, true
			}
			return 0, false
		}
		return i + 1, true
	default:
		return 0, false
	}
	j := i + 1
	for j < len(toks) && toks[j].kind == tkPunct && !toks[j].is(fNewline) {
		switch toks[j].text {
		case ".", "!", "?", "…", "”", "’", "»", ")", "]", "›":
			j++
			continue
		case "\"", "'":
			if !toks[j].is(fSpace) {
				j++
				continue
			}
		}
		break
	}
	return j, true
}

// isAbbrevBefore reports whether the "." at i belongs to an abbreviation
// or an initial.
func isAbbrevBefore(toks []token, i int) bool {
	p := &toks[i-1]
	if p.kind != tkWord || toks[i].is(fSpace) {
		return false
	}
	next := -1
	if i+1 < len(toks) {
		next = i + 1
	}
	if p.low == "no" || p.low == "nos" || p.low == "art" || p.low == "vol" || p.low == "fig" || p.low == "p" || p.low == "pp" {
		// "No. 5", "Art. 3": only before a number
		return next >= 0 && toks[next].kind == tkNumber
	}
	if titleAbbrevs[p.low] {
		return true
	}
	if endAbbrevs[p.low] {
		// "Inc.", "etc." may end a sentence
		return next >= 0 && !(toks[next].is(fUpper) && sentenceOpeners[toks[next].low])
	}
	// An initial: "John F. Kennedy", but not "Plan B. The".
	if len(p.text) == 1 && p.is(fUpper) && next >= 0 && toks[next].is(fUpper) && !sentenceOpeners[toks[next].low] {
		return true
	}
	return false
}

// startsSentence reports whether token i can open a sentence.
func startsSentence(toks []token, i int) bool {
	t := &toks[i]
	if t.is(fNewline) {
		return true
	}
	switch t.kind {
	case tkNumber, tkHandle, tkHashtag, tkURL:
		return true
	case tkWord:
		return t.is(fUpper)
	case tkPunct:
		switch t.text {
		case "“", "\"", "‘", "«", "„", "(", "[", "—", "–", "-", "•", "*":
			return i+1 < len(toks) && (toks[i+1].is(fUpper) || toks[i+1].kind == tkNumber || toks[i+1].kind == tkPunct)
		}
	}
	return false
}

// titleAbbrevs never end a sentence: a name or a number follows.
var titleAbbrevs = setOf("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
	"pvt", "adm", "brig", "cmdr", "cdr", "gov", "sen", "rep", "rev", "hon", "pres", "st", "mt", "ft", "jan", "feb",
	"aug", "sept", "sep", "oct", "nov", "dec", "vs", "approx", "est", "dept", "univ", "gens", "lt.-gen", "maj.-gen",
	"e.g", "i.e", "cf", "ca", "mssrs", "messrs", "amb", "supt", "insp", "det", "ave", "blvd", "rd")

// endAbbrevs may end a sentence.
var endAbbrevs = setOf("etc", "inc", "ltd", "co", "corp", "jr", "sr", "llc", "plc", "bros", "al")

// sentenceOpeners are common words that begin sentences: after an
// ambiguous "U.S." or "Inc." they mean a new sentence.
var sentenceOpeners = setOf("the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "but", "and", "in", "on",
	"at", "this", "that", "these", "those", "there", "his", "her", "their", "its", "our", "however", "meanwhile",
	"after", "before", "while", "when", "if", "as", "for", "so", "yet", "according", "also", "some", "many", "most",
	"since", "although", "despite", "earlier", "later", "last", "what", "why", "how", "who", "officials", "still",
	"now", "then", "today", "yesterday", "both", "each", "no", "not", "by", "from", "with", "during", "under", "over")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
