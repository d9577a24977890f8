package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is what a token is.
type tokKind uint8

const (
	tkWord    tokKind = iota // letters, possibly with digits, hyphens, apostrophes
	tkNumber                 // digits with internal , or . ("4,000", "2.5")
	tkPunct                  // one punctuation or symbol rune, or "..."
	tkURL                    // http://…, www.…, pic.twitter.com/…, e-mail addresses
	tkHandle                 // @name
	tkHashtag                // #name
)

// Token flags.
const (
	fUpper   uint16 = 1 << iota // first letter upper case
	fAllCaps                    // two or more letters, all upper case
	fSpace                      // white space before the token
	fNewline                    // a line break before the token
	fPara                       // a blank line (or the start of the text) before the token
	fCamel                      // split from a glued "ConnectionBelaya" or "2025Chinese"
	fAbbrev                     // dotted abbreviation ("U.S.", "e.g.")
)

// token is one unit of the shared tokenisation. s and e are byte offsets,
// rs and re code-point offsets, into the text read.
type token struct {
	s, e   int
	rs, re int
	kind   tokKind
	flags  uint16
	cls    uint32 // word classes (classes.go)
	text   string
	low    string // lower case, ’ folded to '
}

func (t *token) is(f uint16) bool { return t.flags&f != 0 }

// tokenize splits text into tokens in one pass. It never fails: every
// input, valid UTF-8 or not, gives tokens that cover its non-space runes.
func tokenize(text string) []token {
	tz := tokenizer{text: text, toks: make([]token, 0, len(text)/5+4)}
	tz.run()
	return tz.toks
}

type tokenizer struct {
	text     string
	toks     []token
	lastB    int // byte offset whose code-point offset is lastR
	lastR    int
	pending  uint16 // flags gathered from the space before the next token
	newlines int
}

func (tz *tokenizer) runeAt(b int) int {
	if b < tz.lastB {
		tz.lastB, tz.lastR = 0, 0
	}
	tz.lastR += utf8.RuneCountInString(tz.text[tz.lastB:b])
	tz.lastB = b
	return tz.lastR
}

func (tz *tokenizer) emit(s, e int, kind tokKind, extra uint16) {
	if e <= s {
		return
	}
	t := token{s: s, e: e, kind: kind, flags: tz.pending | extra, text: tz.text[s:e]}
	t.rs = tz.runeAt(s)
	t.re = tz.runeAt(e)
	t.low = lower(t.text)
	if kind == tkWord || kind == tkHandle || kind == tkHashtag {
		t.flags |= caseFlags(t.text)
		if kind == tkWord {
			t.cls = classOf(t.low)
		}
	}
	tz.pending = 0
	tz.toks = append(tz.toks, t)
}

func (tz *tokenizer) run() {
	s := tz.text
	tz.pending = fPara
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				tz.newlines++
				tz.pending |= fSpace | fNewline
				if tz.newlines >= 2 {
					tz.pending |= fPara
				}
				i++
				continue
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0:
				tz.pending |= fSpace
				i++
				continue
			case c < 0x20 || c == 0x7f:
				tz.pending |= fSpace
				i++
				continue
			}
			tz.newlines = 0
			i = tz.scan(i)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			tz.pending |= fSpace // invalid byte: a separator
			i++
			continue
		}
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u00ad' {
			if r == '\u2028' || r == '\u2029' {
				tz.pending |= fNewline | fPara
			}
			tz.pending |= fSpace
			i += n
			continue
		}
		tz.newlines = 0
		i = tz.scan(i)
	}
}

// scan reads one token (or a few glued ones) starting at byte i, which is
// not space, and returns the offset after it.
func (tz *tokenizer) scan(i int) int {
	s := tz.text
	c := s[i]
	switch {
	case c == '@' && i+1 < len(s) && isHandleByte(s[i+1]):
		j := i + 1
		for j < len(s) && isHandleByte(s[j]) {
			j++
		}
		tz.emit(i, j, tkHandle, 0)
		return j
	case c == '#' && i+1 < len(s) && isHandleByte(s[i+1]) && !isDigit(s[i+1]):
		j := i + 1
		for j < len(s) && isHandleByte(s[j]) {
			j++
		}
		tz.emit(i, j, tkHashtag, 0)
		return j
	case c == 'h' && (strings.HasPrefix(s[i:], "http://") || strings.HasPrefix(s[i:], "https://")),
		c == 'w' && strings.HasPrefix(s[i:], "www."):
		j := urlEnd(s, i)
		tz.emit(i, j, tkURL, 0)
		return j
	case isDigit(c):
		return tz.scanNumber(i)
	case c == '.' && strings.HasPrefix(s[i:], "..."):
		tz.emit(i, i+3, tkPunct, 0)
		return i + 3
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if isLetter(r) {
		return tz.scanWord(i)
	}
	tz.emit(i, i+n, tkPunct, 0)
	return i + n
}

func (tz *tokenizer) scanNumber(i int) int {
	s := tz.text
	j := i
	for j < len(s) {
		if isDigit(s[j]) {
			j++
			continue
		}
		if (s[j] == ',' || s[j] == '.') && j+1 < len(s) && isDigit(s[j+1]) {
			j += 2
			continue
		}
		break
	}
	tz.emit(i, j, tkNumber, 0)
	if j < len(s) {
		// Glued letters: "1960s", "21st", "10km", "2025Chinese".
		if r, _ := utf8.DecodeRuneInString(s[j:]); isLetter(r) {
			k := tz.scanWord(j)
			tz.toks[len(tz.toks)-1].flags |= fCamel
			return k
		}
	}
	return j
}

func (tz *tokenizer) scanWord(i int) int {
	s := tz.text
	j := i
	start := i
	lowerRun := 0  // lower-case letters since the last upper-case one
	segUpper := -1 // byte offset of the upper-case letter that began this segment
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case isLetter(r) || unicode.IsMark(r):
			if unicode.IsUpper(r) {
				// "ConnectionBelaya": a title-case word glued to the next one.
				if segUpper >= 0 && lowerRun >= 3 && j > start && gluedCapital(s, j+n) {
					tz.emit(start, j, tkWord, 0)
					start = j
					tz.pending = fCamel
				}
				segUpper = j
				lowerRun = 0
			} else if unicode.IsLower(r) {
				lowerRun++
			}
			j += n
			continue
		case r < utf8.RuneSelf && isDigit(byte(r)):
			lowerRun = 0
			segUpper = -1
			j += n
			continue
		case r == '\'' || r == '’' || r == 'ʼ':
			// Possessive "’s" is a token of its own; "don't", "O’Brien",
			// "Usol’ye" stay whole.
			k := j + n
			if k < len(s) && (s[k] == 's' || s[k] == 'S') && (k+1 >= len(s) || !isLetterAt(s, k+1)) {
				tz.emit(start, j, tkWord, 0)
				tz.emit(j, k+1, tkWord, 0)
				return k + 1
			}
			if isLetterAt(s, k) {
				j = k
				continue
			}
		case r == '-' || r == '‑':
			k := j + n
			if k < len(s) && (isLetterAt(s, k) || isDigit(s[k])) {
				lowerRun = 0
				segUpper = -1
				j = k
				continue
			}
		case r == '.':
			k := j + 1
			if k < len(s) {
				// "U.S.", "e.g.": single letters each followed by a dot.
				if j-start <= 2 && utf8.RuneCountInString(s[start:j]) == 1 && isLetterAt(s, k) {
					if e := dottedAbbrevEnd(s, start); e > 0 {
						tz.emit(start, e, tkWord, fAbbrev)
						return e
					}
				}
				// "pic.twitter.com/…", "example.org": a domain.
				if isLetterAt(s, k) || isDigit(s[k]) {
					if looksLikeDomain(s, start) {
						e := urlEnd(s, start)
						tz.emit(start, e, tkURL, 0)
						return e
					}
				}
			}
		case r == '@':
			// e-mail address
			if j > start && j+1 < len(s) && isHandleByte(s[j+1]) && looksLikeDomain(s, j+1) {
				e := urlEnd(s, j+1)
				tz.emit(start, e, tkURL, 0)
				return e
			}
		}
		break
	}
	tz.emit(start, j, tkWord, 0)
	return j
}

// gluedCapital reports whether the upper-case letter ending at byte i is
// followed by at least two lower-case letters: the start of a glued word.
func gluedCapital(s string, i int) bool {
	n := 0
	for i < len(s) && n < 2 {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLower(r) {
			return false
		}
		n++
		i += w
	}
	return n == 2
}

// dottedAbbrevEnd returns the end of "U.S." / "e.g." / "U.S.A." starting
// at i, or 0.
func dottedAbbrevEnd(s string, i int) int {
	j := i
	count := 0
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isLetter(r) || j+n >= len(s) || s[j+n] != '.' {
			break
		}
		j += n + 1
		count++
		if j < len(s) && isLetterAt(s, j) {
			// the next letter must itself be followed by a dot
			_, m := utf8.DecodeRuneInString(s[j:])
			if j+m < len(s) && s[j+m] == '.' {
				continue
			}
			return 0
		}
		break
	}
	if count >= 2 {
		return j
	}
	return 0
}

var tlds = map[string]bool{
	"com": true, "org": true, "net": true, "gov": true, "edu": true, "mil": true, "int": true,
	"io": true, "co": true, "uk": true, "ru": true, "ua": true, "cn": true, "de": true, "fr": true,
	"eu": true, "info": true, "news": true, "tv": true, "me": true, "ly": true, "be": true, "lt": true,
	"pl": true, "jp": true, "in": true, "us": true, "ca": true, "au": true, "by": true, "kz": true,
}

// looksLikeDomain reports whether s[i:] begins with label(.label)+ whose
// last label is a known top-level domain, followed by a path or no letter.
func looksLikeDomain(s string, i int) bool {
	j := i
	labels := 0
	last := ""
	for j < len(s) {
		k := j
		for k < len(s) && (isASCIIAlnum(s[k]) || s[k] == '-') {
			k++
		}
		if k == j {
			return false
		}
		last = s[j:k]
		labels++
		if k < len(s) && s[k] == '.' && k+1 < len(s) && isASCIIAlnum(s[k+1]) {
			j = k + 1
			continue
		}
		if k < len(s) && utf8.RuneStart(s[k]) {
			if r, _ := utf8.DecodeRuneInString(s[k:]); isLetter(r) {
				return false
			}
		}
		if labels == 2 && riskyTLDs[last] && (k >= len(s) || s[k] != '/') {
			return false
		}
		break
	}
	return labels >= 2 && tlds[last]
}

// riskyTLDs are top-level domains that are also English words: a two-label
// "word.in" counts as a domain only with a path after it.
var riskyTLDs = map[string]bool{"in": true, "me": true, "be": true, "by": true, "us": true, "co": true, "de": true, "int": true, "news": true, "info": true, "tv": true}

// urlEnd returns the end of the URL starting at i: ASCII URL characters,
// without trailing punctuation.
func urlEnd(s string, i int) int {
	j := i
	for j < len(s) && isURLByte(s[j]) {
		j++
	}
	for j > i+1 && strings.IndexByte(".,;:!?)]'\"", s[j-1]) >= 0 {
		if s[j-1] == ')' && strings.Count(s[i:j], "(") >= strings.Count(s[i:j], ")") {
			break
		}
		j--
	}
	return j
}

func isURLByte(c byte) bool {
	return isASCIIAlnum(c) || strings.IndexByte("-._~:/?#[]@!$&'()*+,;=%", c) >= 0
}

func isHandleByte(c byte) bool { return isASCIIAlnum(c) || c == '_' }

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isLetter(r)
}

// caseFlags returns fUpper and fAllCaps for a word.
func caseFlags(w string) uint16 {
	var f uint16
	letters, upper := 0, 0
	first := true
	for _, r := range w {
		if !isLetter(r) {
			continue
		}
		letters++
		u := unicode.IsUpper(r) || unicode.IsTitle(r)
		if u {
			upper++
		}
		if first {
			if u {
				f |= fUpper
			}
			first = false
		}
	}
	if letters >= 2 && upper == letters {
		f |= fAllCaps
	}
	return f
}

// lower returns w in lower case with typographic apostrophes folded to '.
// It does not allocate for a word that is already lower-case ASCII.
func lower(w string) string {
	ascii := true
	needs := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			needs = true
		}
	}
	if ascii {
		if !needs {
			return w
		}
		b := make([]byte, len(w))
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		return string(b)
	}
	l := strings.ToLower(w)
	if strings.ContainsAny(l, "’ʼ‘") {
		l = strings.NewReplacer("’", "'", "ʼ", "'", "‘", "'").Replace(l)
	}
	return l
}
