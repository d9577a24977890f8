package geoparse

import (
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of the text. Offsets are bytes
// (B, E) and code points (RS, RE), End exclusive.
type token struct {
	B, E      int
	RS, RE    int
	word      bool // letters or digits (with inner apostrophes and abbreviation dots)
	cap       bool // starts with an upper-case letter
	upper     bool // every letter upper case (and at least one letter)
	digit     bool // starts with a digit
	sentStart bool // first word of a sentence, a paragraph or the text
	// gap describes what separates this token from the previous one:
	// 0 nothing, 1 spaces, 2 a line break.
	gap uint8
}

// tokenize splits text into tokens. It never fails: invalid UTF-8 bytes
// are single-byte punctuation tokens.
func tokenize(text string, dst []token) []token {
	toks := dst[:0]
	runes := 0
	i := 0
	var gap uint8
	sent := true
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n <= 1 {
			toks = append(toks, token{B: i, E: i + 1, RS: runes, RE: runes + 1, gap: gap})
			gap = 0
			i++
			runes++
			continue
		}
		if unicode.IsSpace(r) {
			if r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 {
				gap = 2
				if n := len(toks); n > 0 && toks[n-1].gap == 2 || (n > 0 && i > 0 && text[i-1] == '\n') {
					sent = true // a blank line ends a paragraph
				}
			} else if gap == 0 {
				gap = 1
			}
			i += n
			runes++
			continue
		}
		if isWordRune(r) {
			t := token{B: i, RS: runes, word: true, gap: gap, sentStart: sent}
			t.cap = unicode.IsUpper(r) || unicode.IsTitle(r)
			t.digit = unicode.IsDigit(r)
			upper, letters := true, 0
			dots := false
			j, rj := i, runes
			for j < len(text) {
				c, m := utf8.DecodeRuneInString(text[j:])
				if isWordRune(c) || unicode.Is(unicode.Mn, c) {
					if unicode.IsLetter(c) {
						letters++
						if !unicode.IsUpper(c) {
							upper = false
						}
					}
					j += m
					rj++
					continue
				}
				if isApostrophe(c) && j+m < len(text) {
					// inner apostrophe: Usol'ye, O'Hare, d'Ivoire; but not the
					// possessive 's, which becomes a token of its own.
					c2, m2 := utf8.DecodeRuneInString(text[j+m:])
					if unicode.IsLetter(c2) {
						if (c2 == 's' || c2 == 'S') && !wordAfter(text, j+m+m2) {
							break
						}
						j += m
						rj++
						continue
					}
				}
				if c == '.' && letters > 3 && t.cap && apStates[text[i:j+1]] != "" {
					j++ // "Calif.", "Mich.", "Alta.": the dot belongs to the state
					rj++
					break
				}
				if c == '.' && letters > 0 && letters <= 3 && j+1 <= len(text) {
					// abbreviation dots: U.S., D.C., W.Va., St. Louis
					wordLen := rj - t.RS
					c2, _ := utf8.DecodeRuneInString(text[j+1:])
					if (dots || wordLen <= 2 && t.cap && unicode.IsLetter(c2) && unicode.IsUpper(c2)) && letters <= 3 {
						dots = true
						j++
						rj++
						continue
					}
					if dots {
						break
					}
					if abbrevWithDot[text[i:j]] || apStates[text[i:j+1]] != "" {
						j++
						rj++
					}
				}
				break
			}
			t.E, t.RE = j, rj
			t.upper = upper && letters > 0
			toks = append(toks, t)
			runes = rj
			i = j
			gap = 0
			sent = false
			continue
		}
		// punctuation: one rune per token
		t := token{B: i, E: i + n, RS: runes, RE: runes + 1, gap: gap}
		toks = append(toks, t)
		if r == '.' || r == '!' || r == '?' || r == '…' || r == ':' || r == ';' {
			sent = true
		}
		gap = 0
		i += n
		runes++
	}
	return toks
}

// wordAfter reports whether a letter or digit starts at byte i.
func wordAfter(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// abbrevWithDot are abbreviations whose dot belongs to the word inside a
// place name ("St. Louis", "Ft. Worth", "Mt. Everest") or a state ("Ga.").
var abbrevWithDot = map[string]bool{
	"St": true, "Ste": true, "Mt": true, "Ft": true, "Pt": true, "Pte": true,
	"ST": true, "STE": true, "MT": true, "FT": true, // datelines: "ST. LOUIS –"
}
