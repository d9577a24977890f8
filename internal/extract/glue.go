package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Glued text: scrapers that flatten HTML often drop the space or the
// paragraph break between two sentences ("campaign.The strike") and between
// a heading and the paragraph after it ("ConnectionBelaya Air Base"). This
// file finds those junctions with byte scans; every look-around is bounded so
// that a scan stays linear in the block's length.

// maxTokenScan bounds how far a look-around walks inside one token. A token
// longer than this is not prose (a URL, base64, a hash): it is left alone.
const maxTokenScan = 64

// closers may follow a sentence's terminal punctuation: ) " ' ” ’ ».
func closerLen(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case ')', '"', '\'':
		return 1
	}
	if strings.HasPrefix(s[i:], "”") || strings.HasPrefix(s[i:], "’") {
		return 3
	}
	if strings.HasPrefix(s[i:], "»") {
		return 2
	}
	return 0
}

// openerLen is the length of an opening quote or parenthesis at s[i:].
func openerLen(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case '(', '"', '\'':
		return 1
	}
	if strings.HasPrefix(s[i:], "“") || strings.HasPrefix(s[i:], "‘") {
		return 3
	}
	if strings.HasPrefix(s[i:], "«") {
		return 2
	}
	return 0
}

func isTerminal(c byte) bool { return c == '.' || c == '!' || c == '?' }

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// upperAt reports whether s[i:] starts with an upper-case letter.
func upperAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// titleAbbrevs precede a name or a number: a dot after them does not end a
// sentence even when an upper-case letter follows without a space.
var titleAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "mt": true, "ft": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cpt": true, "maj": true, "adm": true,
	"brig": true, "cmdr": true, "cpl": true, "pvt": true, "sen": true, "rep": true, "gov": true, "pres": true,
	"rev": true, "hon": true, "amb": true, "no": true, "nos": true, "vol": true, "fig": true, "art": true,
	"sec": true, "ch": true, "pp": true, "vs": true, "jr": true, "sr": true, "messrs": true, "mme": true,
	"mlle": true, "hr": true, "frau": true, "herr": true, "ул": true, "г": true, "им": true,
}

// tlds are domain endings written with a capital in prose ("Amazon.Com").
var tlds = map[string]bool{"com": true, "org": true, "net": true, "gov": true, "edu": true, "io": true, "co": true, "uk": true, "ru": true, "ua": true, "info": true}

// glueAt reports whether the terminal punctuation at s[i] ends a sentence
// that the next one is glued to. cut is where a space belongs: after the
// punctuation and any closing quotes.
func glueAt(s string, i int) (cut int, ok bool) {
	cut = i + 1
	closers := 0
	for n := closerLen(s, cut); n > 0 && closers < 3; n = closerLen(s, cut) {
		cut += n
		closers++
	}
	j := cut
	if n := openerLen(s, j); n > 0 && (closers == 0 || s[j] != '\'') {
		j += n
	}
	if !upperAt(s, j) {
		return 0, false
	}
	// The token before the punctuation, bounded.
	k := i
	for k > 0 && !isSpaceByte(s[k-1]) {
		k--
		if i-k > maxTokenScan {
			return 0, false
		}
	}
	before := s[k:i]
	if strings.Contains(before, "://") || strings.HasPrefix(before, "www.") ||
		strings.Contains(before, "/") && strings.Contains(before, ".") {
		return 0, false // a URL: example.org/News.Html (but km/h.The is prose)
	}
	if s[i] != '.' || closers > 0 {
		return cut, true
	}
	if before == "" {
		return 0, false
	}
	if i > 0 && s[i-1] == '.' {
		return cut, true // an ellipsis "..."
	}
	last := before
	if d := strings.LastIndexByte(before, '.'); d >= 0 {
		last = before[d+1:]
	}
	last = strings.TrimLeft(last, "([\"'“‘«")
	if n := utf8.RuneCountInString(last); n == 1 {
		r, _ := utf8.DecodeRuneInString(last)
		if unicode.IsLetter(r) {
			return 0, false // U.S.Army, e.g.The, J.R.R.Tolkien, 5 p.m.The, F.Kennedy
		}
	}
	if titleAbbrevs[strings.ToLower(last)] {
		return 0, false // Gen.Syrskyi, No.5 (digits are not upper, but No.V)
	}
	// The token after the punctuation, bounded.
	e := cut
	for e < len(s) && !isSpaceByte(s[e]) && e-cut <= maxTokenScan {
		e++
	}
	after := s[cut:e]
	if strings.IndexByte(after, '@') > 0 {
		return 0, false // an e-mail address: John.Smith@example.com
	}
	w := 0
	for w < len(after) && isASCIILetter(after[w]) {
		w++
	}
	if w < len(after) && isASCIILetter(s[cut]) {
		if c := after[w]; c == '/' || c == ':' {
			return 0, false // a domain: Example.Com/news
		}
	}
	if w == len(after) || !isASCIILetter(after[w]) {
		if tlds[strings.ToLower(after[:w])] && (w == len(after) || after[w] == '/' || after[w] == ',' || after[w] == ')') {
			return 0, false // Amazon.Com
		}
	}
	if allUpper(last) && len(last) >= 2 && w >= 2 && allUpper(after[:w]) && (w == len(after) || !isASCIILetter(after[w])) {
		return 0, false // ASP.NET, SOME.CODE
	}
	return cut, true
}

func isASCIILetter(c byte) bool { return 'A' <= c&^0x20 && c&^0x20 <= 'Z' }

// allUpper reports whether s has letters and none of them is lower-case.
func allUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// splitGlued splits one paragraph at glued sentence ends and glued headings.
// glued says that the paragraph itself starts at a glue point (for example
// right after an embed that was cut out), which lets a one-word or
// sentence-case heading be recognised there.
func splitGlued(s string, glued bool) []block {
	var (
		out  []block
		para strings.Builder
		last int // s[last:] is not yet written to para
	)
	flushPara := func() {
		if t := strings.TrimSpace(para.String()); t != "" {
			out = append(out, block{text: t})
		}
		para.Reset()
	}
	// tryHeading looks for a heading starting at s[start:].
	tryHeading := func(start int, glued bool) {
		hEnd, next, ok := headingAt(s, start, glued)
		if !ok {
			return
		}
		para.WriteString(s[last:start])
		flushPara()
		out = append(out, block{text: strings.TrimSpace(s[start:hEnd]), heading: 2})
		last = next
	}
	tryHeading(0, glued)
	for i := last; i < len(s); i++ {
		if !isTerminal(s[i]) || i < last {
			continue
		}
		cut, ok := glueAt(s, i)
		if !ok {
			continue
		}
		para.WriteString(s[last:cut])
		last = cut
		tryHeading(cut, true)
		if last == cut {
			para.WriteByte(' ')
		}
		i = cut - 1
	}
	para.WriteString(s[last:])
	flushPara()
	return out
}

// headingFuncWords may stay lower-case inside a Title Case heading.
var headingFuncWords = map[string]bool{
	"a": true, "an": true, "and": true, "as": true, "at": true, "by": true, "for": true, "from": true,
	"in": true, "into": true, "of": true, "on": true, "or": true, "the": true, "to": true, "vs": true,
	"with": true, "over": true, "after": true, "amid": true, "near": true, "under": true, "about": true,
	"is": true, "are": true, "but": true, "nor": true, "not": true, "than": true,
}

// namePrefixes start real camel-case names (McWhinney, MacArthur, DeSantis,
// LaGuardia, VanDyke, DiCaprio). O'Neill and O’Brien need no entry: the
// left half is taken from the last non-letter on, and "O" is too short.
var namePrefixes = map[string]bool{
	"mc": true, "mac": true, "de": true, "da": true, "di": true, "du": true, "la": true, "le": true,
	"van": true, "von": true, "der": true, "del": true, "della": true, "al": true, "el": true, "fitz": true,
	"st": true, "ten": true, "ter": true, "dos": true, "das": true,
}

// camelWords are common camel-case words that pass the dictionary-free
// test (two Title Case halves of three letters or more). Lower-case.
var camelWords = map[string]bool{
	"youtube": true, "playstation": true, "whatsapp": true, "linkedin": true, "paypal": true, "tiktok": true,
	"javascript": true, "powerpoint": true, "blackrock": true, "wikileaks": true, "exxonmobil": true,
	"openai": true, "deepmind": true, "deepseek": true, "github": true, "gitlab": true, "jetblue": true,
	"harpercollins": true, "glaxosmithkline": true, "arcelormittal": true, "mastercard": true,
	"smackdown": true, "soundcloud": true, "starlink": true, "spacex": true, "fedex": true, "airbnb": true,
	"bluesky": true, "substack": true, "telegram": true, "facebook": true, "myspace": true,
	"rosatom": true, "gazprom": true, "petrochina": true, "sinopec": true, "huawei": true,
	"bellingcat": true, "politifact": true, "factcheck": true, "newsweek": true, "washingtonpost": true,
	"deepstate": true, "warzone": true, "flightradar": true, "marinetraffic": true, "planet": true,
	"coronavirus": true, "covid": true, "postgresql": true, "mysql": true, "iphone": true, "ipad": true,
	"mcdonald": true, "macarthur": true, "desantis": true, "mcconnell": true, "mccarthy": true,
	"blackwater": true, "halliburton": true, "raytheon": true, "lockheed": true, "northrop": true,
	"bae": true, "rheinmetall": true, "ukroboronprom": true, "ukrenergo": true, "naftogaz": true,
}

// shortStarters are two-letter words that often start an English sentence;
// after a glued heading they stand as the right half of the junction.
var shortStarters = map[string]bool{
	"It": true, "In": true, "As": true, "At": true, "On": true, "If": true, "An": true, "By": true,
	"He": true, "We": true, "So": true, "No": true, "To": true, "Of": true, "Up": true, "Us": true,
	"My": true, "Do": true,
}

// headingAt looks for a glued heading at s[start:]: a run of one to eight
// words without terminal punctuation that ends inside a token at a
// lower-case → upper-case junction ("Chinese ConnectionBelaya"). It returns
// the end of the heading and the start of the text after it.
//
// The junction is a glue signal only when both halves are words of their
// own: the left half a Title Case (or, after a glue point, lower-case) word
// of three letters or more that is not a name prefix (Mc, De, Van…), the
// right half a Title Case word of three letters or more, a common two-letter
// sentence opener, or "A"/"I"; and the whole token is not a known
// camel-case name (YouTube, ExxonMobil). The run must read like a heading:
// Title Case (most words capitalised, the rest function words), or, only
// after a glue point, sentence case.
func headingAt(s string, start int, glued bool) (hEnd, next int, ok bool) {
	const maxWords, maxBytes = 8, 120
	words, capital, lower := 0, 0, 0
	firstCap := false
	i := start
	for words < maxWords && i < len(s) && i-start < maxBytes {
		// One token: s[i:e].
		e := i
		for e < len(s) && s[e] != ' ' && e-i <= maxTokenScan {
			e++
		}
		if e == i || (e < len(s) && s[e] != ' ') {
			return 0, 0, false
		}
		tok := s[i:e]
		words++
		j := junction(tok)
		w := tok
		if j > 0 {
			w = tok[:j]
		}
		if !headingWord(w) {
			return 0, 0, false
		}
		switch r, _ := utf8.DecodeRuneInString(w); {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			capital++
			if words == 1 {
				firstCap = true
			}
		case headingFuncWords[strings.ToLower(w)]:
		default:
			lower++
		}
		if j > 0 {
			if !firstCap {
				return 0, 0, false
			}
			leftLower := !unicode.IsUpper(firstRune(w))
			switch {
			case lower == 0 && capital*2 >= words && !leftLower:
				// Title Case.
			case glued && capital == 1:
				// Sentence case, only right after a glue point.
			default:
				return 0, 0, false
			}
			if words == 1 && (!glued || utf8.RuneCountInString(w) < 4) {
				return 0, 0, false
			}
			if leftLower && !glued {
				return 0, 0, false
			}
			// The text after the heading must go on as prose: two more spaces.
			rest := s[i+j : min(len(s), i+j+200)]
			if strings.Count(rest, " ") < 2 {
				return 0, 0, false
			}
			return i + j, i + j, true
		}
		i = e + 1
	}
	return 0, 0, false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// headingWord reports whether w may be a word of a heading: letters,
// digits, and inner - ' ’ & only, ending in a letter or digit (a colon
// allowed, as in "Analysis: …").
func headingWord(w string) bool {
	if w == "" {
		return false
	}
	w = strings.TrimSuffix(w, ":")
	if w == "&" || w == "—" || w == "–" || w == "-" {
		return true
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’' && r != '&' {
			return false
		}
	}
	return w != ""
}

// junction returns the byte offset in tok of a glue junction, a lower-case
// letter directly followed by an upper-case one (or by an opening quote and
// an upper-case letter), when both halves pass the word test, or 0.
func junction(tok string) int {
	// Fast path: an ASCII token with no a-z directly before A-Z or a quote.
	ascii, pair := true, false
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if i > 0 && 'a' <= tok[i-1] && tok[i-1] <= 'z' && ('A' <= c && c <= 'Z' || c == '"') {
			pair = true
		}
	}
	if ascii && !pair {
		return 0
	}
	var prev rune
	for k, r := range tok {
		if k > 0 && unicode.IsLower(prev) {
			j := k
			if n := openerLen(tok, k); n > 0 && tok[k] != '\'' && tok[k] != '(' {
				j = k + n
			}
			if upperAt(tok, j) && junctionOK(tok[:k], tok[j:]) {
				return k
			}
		}
		prev = r
	}
	return 0
}

// junctionOK tests the two halves of a candidate junction.
func junctionOK(left, right string) bool {
	// The left half: from the last non-letter (hyphen, apostrophe) on.
	ls := 0
	for k, r := range left {
		if !unicode.IsLetter(r) {
			ls = k + utf8.RuneLen(r)
		}
	}
	lw := left[ls:]
	if utf8.RuneCountInString(lw) < 3 || namePrefixes[strings.ToLower(lw)] {
		return false
	}
	rest := []rune(lw)[1:]
	for _, r := range rest {
		if !unicode.IsLower(r) {
			return false
		}
	}
	// The right half: an upper-case letter, then lower-case letters.
	re := 0
	for k, r := range right {
		if !unicode.IsLetter(r) {
			break
		}
		if k > 0 && !unicode.IsLower(r) {
			return false // OpenAI, SpaceX
		}
		re = k + utf8.RuneLen(r)
	}
	rw := right[:re]
	switch n := utf8.RuneCountInString(rw); {
	case n >= 3:
	case n == 2 && shortStarters[rw] && re == len(right):
	case n == 1 && (rw == "A" || rw == "I") && re == len(right):
	default:
		return false
	}
	return !camelWords[strings.ToLower(lw+rw)] && !camelWords[strings.ToLower(left+rw)]
}
