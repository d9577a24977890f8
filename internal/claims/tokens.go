package claims

import (
	"strings"
	"unicode"
)

// tok is one word, number or punctuation mark of a sentence. Offsets are
// code points into the document text.
type tok struct {
	text       string
	low        string
	start, end int
	num        bool // a number: digits with "," and "." inside
	space      bool // white space (or the sentence start) comes before it
	place      int  // index of the resolved place covering the token, -1 for none
}

// tokenize splits runes[from:to] into tokens.
func tokenize(runes []rune, from, to int) []tok {
	var out []tok
	space := true
	for i := from; i < to; {
		r := runes[i]
		switch {
		case unicode.IsSpace(r):
			space = true
			i++
			continue
		case unicode.IsDigit(r):
			j := i + 1
			for j < to && (unicode.IsDigit(runes[j]) || (runes[j] == ',' || runes[j] == '.') && j+1 < to && unicode.IsDigit(runes[j+1])) {
				j++
			}
			out = append(out, mkTok(runes, i, j, space, true))
			i = j
		case unicode.IsLetter(r):
			j := i + 1
			for j < to && (unicode.IsLetter(runes[j]) || unicode.Is(unicode.Mn, runes[j])) {
				j++
			}
			out = append(out, mkTok(runes, i, j, space, false))
			i = j
		default:
			out = append(out, mkTok(runes, i, i+1, space, false))
			i++
		}
		space = false
	}
	return out
}

func mkTok(runes []rune, i, j int, space, num bool) tok {
	s := string(runes[i:j])
	return tok{text: s, low: strings.ToLower(s), start: i, end: j, num: num, space: space, place: -1}
}

// isDash reports whether a token is a hyphen or dash.
func isDash(t tok) bool {
	switch t.text {
	case "-", "‐", "‑", "–", "—":
		return true
	}
	return false
}

// isApostrophe reports whether a token is an apostrophe.
func isApostrophe(t tok) bool { return t.text == "'" || t.text == "’" }

// capitalized reports whether a word token starts with an upper-case letter.
func capitalized(t tok) bool {
	for _, r := range t.text {
		return unicode.IsUpper(r)
	}
	return false
}
