package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Junk lines: what a scraper picks up around an article that is not part of
// it — interstitials ("Wait 5 sec.", "Just a moment…"), paywall and
// JavaScript prompts, cookie notices, ad labels, share and follow prompts,
// "Continue reading" links. A line is junk when, with case, punctuation and
// digits folded ("Wait 5 sec." → "wait # sec"), it is made only of junk
// phrases, or it starts with an imperative UI prompt ("Click here to …",
// "Subscribe to …") and is short, or it is a cookie notice. Prose that only
// starts like junk ("Advertisement revenue fell…", "Loading of ammunition…",
// "Wait times at the border…") is kept: it has words that no junk phrase
// covers, and those openers are not prompts.

// maxJunkBytes: longer lines are never junk (a cookie notice included).
const maxJunkBytes = 600

// junkPhrases are whole junk lines, or the pieces of one
// ("Advertisement - Scroll to continue"), in folded form.
var junkPhrases = []string{
	"advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content", "promoted",
	"loading", "please wait", "wait # sec", "wait # secs", "wait # seconds", "wait", "redirecting",
	"continue reading", "continue reading below", "read more", "read also", "also read", "read next",
	"see also", "related", "related articles", "related stories", "related posts", "related news",
	"more", "more stories", "more news", "recommended", "recommended for you", "trending", "most read",
	"share", "shares", "share this", "share this article", "share this story", "share this post", "tweet",
	"email", "e mail", "print", "whatsapp", "facebook", "twitter", "x", "linkedin", "telegram", "reddit",
	"pinterest", "copy link", "link copied", "copied", "skip to content", "skip to main content",
	"back to top", "scroll to continue", "scroll to continue with content", "story continues below",
	"article continues below", "content continues below", "just a moment", "checking your browser",
	"listen to this article", "listen", "# min read", "# minute read", "# minutes read", "comments",
	"# comments", "leave a comment", "view comments", "show comments", "accept", "accept all",
	"reject all", "manage cookies", "cookie settings", "got it", "subscribe", "subscribe now",
	"sign in", "log in", "login", "register", "menu", "search", "close", "view this post on instagram",
	"view this post on twitter", "watch", "video", "photo", "image", "gallery", "follow", "follow us",
	"open in app", "download", "# sec", "# s", "ok", "home", "news", "access denied",
	"javascript is disabled", "enable javascript", "please enable javascript", "cookies",
	"translate", "translation", "powered by", "top", "next", "previous", "prev", "next article",
	"previous article", "you may also like", "more from", "don t miss", "click to enlarge",
	"реклама", "читайте также", "читайте також", "поделиться", "поширити",
}

// junkPrompts start a junk line of at most maxPromptWords words.
var junkPrompts = []string{
	"click here", "tap here", "click to", "press here", "please enable javascript", "enable javascript",
	"javascript is disabled", "javascript is required", "javascript is not enabled", "you need to enable", "please enable cookies", "please turn on javascript",
	"subscribe to", "subscribe for", "subscribe now", "sign up for", "sign up to", "sign up now",
	"log in to", "login to", "sign in to", "share on", "share this", "share via", "follow us",
	"you must be logged in", "your browser does not support", "please disable", "we noticed you",
	"already a subscriber", "read the original article", "verify you are human", "verifying you are human",
	"checking if the site", "download the app", "get the app", "join our newsletter", "join our telegram",
	"join our whatsapp", "support our journalism", "this content is for subscribers", "to continue reading",
	"wait # sec", "please wait", "advertisement scroll", "are you a robot",
	"this video is not available", "your ad blocker", "turn off your ad blocker", "disable your ad blocker",
	"read more", "read also", "also read", "see also", "related", "more on this", "watch", "listen to",
	// Russian and Ukrainian prompts.
	"читайте также", "читайте нас", "подробнее читайте", "подписывайтесь на", "подпишитесь на",
	"читайте також", "читайте нас", "детальніше читайте", "підписуйтесь на", "підпишіться на",
}

const maxPromptWords = 20

var (
	junkPhraseSet = func() map[string]bool {
		m := make(map[string]bool, len(junkPhrases))
		for _, p := range junkPhrases {
			m[p] = true
		}
		return m
	}()
	junkFirstWords = func() map[string]bool {
		m := map[string]bool{}
		for _, p := range append(append([]string{}, junkPhrases...), junkPrompts...) {
			first, _, _ := strings.Cut(p, " ")
			m[first] = true
		}
		return m
	}()
	promptsByFirst = func() map[string][]string {
		m := map[string][]string{}
		for _, p := range junkPrompts {
			first, _, _ := strings.Cut(p, " ")
			m[first] = append(m[first], p)
		}
		return m
	}()
	// promptNeedsColon: these prompts are junk only as a label with a colon
	// ("Read more: …", "Related: …", "Watch: …"), not as prose.
	promptNeedsColon = map[string]bool{"read more": true, "read also": true, "also read": true, "see also": true, "related": true, "more on this": true, "watch": true, "listen to": true}
)

// isJunkLine reports whether a line (a paragraph) is scraper junk.
func isJunkLine(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > maxJunkBytes {
		return false
	}
	// Fast paths for prose: a long line can only be a cookie notice, and a
	// line whose first word opens no junk phrase or prompt can only be a
	// cookie notice or a line without letters.
	cookie := strings.Contains(line, "ookie") || strings.Contains(line, "OOKIE")
	if !cookie && strings.Count(line, " ") >= maxPromptWords {
		return false
	}
	if !cookie && !junkOpener(line) {
		return false
	}
	f := foldJunk(line)
	if f == "" {
		// Only punctuation, symbols or emoji: "•", "…", "***". Digits fold
		// to '#', so a number alone is not junk.
		return true
	}
	words := strings.Count(f, " ") + 1
	if coveredByPhrases(f, words) {
		return true
	}
	first, _, _ := strings.Cut(f, " ")
	for _, p := range promptsByFirst[first] {
		if words <= maxPromptWords && strings.HasPrefix(f, p) && (len(f) == len(p) || f[len(p)] == ' ') {
			if promptNeedsColon[p] && !colonAfterPrefix(line, len(strings.Fields(p))) {
				continue
			}
			return true
		}
	}
	return isCookieNotice(f, words)
}

// junkOpener reports whether the first word of line may open a junk phrase
// or prompt; it is true for lines that open with a digit, a non-ASCII letter
// or no letter at all, which the full test decides.
func junkOpener(line string) bool {
	i := 0
	for i < len(line) && !isASCIILetter(line[i]) {
		if c := line[i]; c >= utf8.RuneSelf || '0' <= c && c <= '9' {
			return true
		}
		i++
	}
	var buf [16]byte
	n := 0
	for ; i < len(line) && isASCIILetter(line[i]); i++ {
		if n == len(buf) {
			return false // no junk word is this long
		}
		buf[n] = line[i] | 0x20
		n++
	}
	if i < len(line) && line[i] >= utf8.RuneSelf {
		return true // a word that goes on in non-ASCII letters
	}
	return n == 0 || junkFirstWords[string(buf[:n])]
}

// colonAfterPrefix reports whether the n-th word of line ends with a colon.
func colonAfterPrefix(line string, n int) bool {
	fs := strings.Fields(line)
	return len(fs) >= n && strings.HasSuffix(fs[n-1], ":")
}

// coveredByPhrases reports whether the folded line is a sequence of junk
// phrases, matched greedily, longest first (a phrase has at most 6 words).
func coveredByPhrases(f string, words int) bool {
	if words > 12 {
		return false
	}
	// ends[k] is the end of word k; words are separated by one space.
	var endsBuf [13]int
	ends := endsBuf[:0]
	for i := 0; i < len(f); i++ {
		if f[i] == ' ' {
			ends = append(ends, i)
		}
	}
	ends = append(ends, len(f))
	start := 0
	for w := 0; w < len(ends); {
		matched := 0
		for n := min(6, len(ends)-w); n > 0; n-- {
			if junkPhraseSet[f[start:ends[w+n-1]]] {
				matched = n
				break
			}
		}
		if matched == 0 {
			return false
		}
		w += matched
		start = ends[w-1] + 1
	}
	return true
}

func isCookieNotice(f string, words int) bool {
	if words > 80 || !strings.Contains(f, "cookie") {
		return false
	}
	for _, k := range []string{"we use", "this site uses", "this website uses", "uses cookies", "use of cookies", "accept", "consent", "privacy policy", "cookie policy", "by continuing"} {
		if strings.Contains(f, k) {
			return true
		}
	}
	return false
}

// foldJunk lower-cases s, turns each run of digits into '#', and each run of
// other non-letters into one space.
func foldJunk(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space, digit := false, false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space, digit = false, false
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsDigit(r):
			if !digit {
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteByte('#')
			}
			space, digit = false, true
		default:
			space, digit = true, false
		}
	}
	return b.String()
}
