package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one token of a text: a word, a number or one punctuation mark.
type tok struct {
	low    string // lower-cased, curly apostrophes straightened
	raw    string // as written
	bs, be int    // byte offsets into the text
	rs, re int    // code-point offsets into the text
	punct  bool
	upper  bool // starts with an upper-case letter
	num    bool // made of digits (with , . -)
}

// tokenize splits text into tokens in one pass, keeping byte and
// code-point offsets.
func tokenize(text string, dst []tok) []tok {
	dst = dst[:0]
	i, r := 0, 0 // byte and rune position
	for i < len(text) {
		c, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(c):
			i += w
			r++
		case isWordRune(c):
			bs, rs := i, r
			num := unicode.IsDigit(c)
			for i < len(text) {
				c2, w2 := utf8.DecodeRuneInString(text[i:])
				if isWordRune(c2) {
					if !unicode.IsDigit(c2) {
						num = false
					}
					i += w2
					r++
					continue
				}
				// inner joiners: don't, al-Shabaab, 1,200, 3.5, 1-4
				if (c2 == '\'' || c2 == '’' || c2 == '-' || c2 == '.' || c2 == ',') && i+w2 < len(text) {
					c3, _ := utf8.DecodeRuneInString(text[i+w2:])
					if isWordRune(c3) && (c2 == '\'' || c2 == '’' || c2 == '-' || (unicode.IsDigit(c3) && num)) {
						i += w2
						r++
						continue
					}
				}
				break
			}
			raw := text[bs:i]
			first, _ := utf8.DecodeRuneInString(raw)
			dst = append(dst, tok{low: lower(raw), raw: raw, bs: bs, be: i, rs: rs, re: r, upper: unicode.IsUpper(first), num: num})
		default:
			dst = append(dst, tok{low: string(c), raw: text[i : i+w], bs: i, be: i + w, rs: r, re: r + 1, punct: true})
			i += w
			r++
		}
	}
	return dst
}

func isWordRune(c rune) bool {
	return unicode.IsLetter(c) || unicode.IsDigit(c) || c == '@' || c == '_'
}

// lower lower-cases s and straightens curly apostrophes, allocating only
// when something changes.
func lower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	s = strings.ToLower(s)
	if strings.ContainsRune(s, '’') {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// clauseBreak reports whether token t ends a clause for scope purposes.
func clauseBreak(t *tok) bool {
	if !t.punct {
		switch t.low {
		case "but", "while", "whereas", "although", "though", "however":
			return true
		}
		return false
	}
	switch t.low {
	case ".", ";", ":", "!", "?", "—", "–", "(", ")":
		return true
	}
	return false
}

func fieldsOf(s string) []string { return strings.Fields(s) }
