package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feed footers name where an article first ran:
//
//	The post TITLE appeared first on SOURCE.      (WordPress feeds)
//	The post TITLE first appeared on SOURCE.
//	This article originally appeared on SOURCE.   (…in, was originally published on/at/in/by…)
//	Originally published at SOURCE.
//	This article is republished from SOURCE under a Creative Commons license.
//
// findFooters finds such sentences, glued or not, anywhere in a paragraph,
// and returns its byte range and SOURCE. A trailing "Read the original
// article." goes with it.

// footerLead is a phrase that introduces SOURCE, and how the sentence that
// holds it must begin.
type footerLead struct {
	phrase string
	// post: the sentence may start with "The post " (TITLE may hold
	// periods); else, and failing that, with one of footerStarts.
	post bool
}

var footerLeads = []footerLead{
	{"appeared first on ", true}, {"first appeared on ", true}, {"appeared first in ", true}, {"first appeared in ", true},
	{"originally appeared on ", false}, {"originally appeared in ", false}, {"originally appeared at ", false},
	{"originally published on ", false}, {"originally published at ", false}, {"originally published in ", false},
	{"originally published by ", false}, {"first published on ", false}, {"first published in ", false},
	{"first published by ", false},
	{"is republished from ", false}, {"was republished from ", false}, {"republished with permission from ", false},
	{"republished with permission of ", false},
}

// footerStarts open a footer sentence other than "The post …" (lower-case).
var footerStarts = []string{"this ", "originally ", "it was ", "it originally ", "it first ", "the article ", "the story ", "a version of ", "first published ", "article ", "story ", "the above ", "republished "}

const (
	maxFooterSentence = 600 // bytes from the sentence start to SOURCE
	maxSourceBytes    = 120
)

// footerCut is one footer sentence: s[start:end], naming source.
type footerCut struct {
	start, end int
	source     string
}

// findFooters returns the footer sentences of s, in order.
func findFooters(s string) []footerCut {
	// Every lead holds "appeared" or "published": most paragraphs have
	// neither and cost two scans.
	if !containsFold(s, "ppeared") && !containsFold(s, "ublished") {
		return nil
	}
	var cuts []footerCut
	low := asciiLower(s)
	// next[k] caches where footerLeads[k] next occurs at or after off, so
	// that the search stays linear however many false leads there are.
	next := make([]int, len(footerLeads))
	for k := range next {
		next[k] = -2
	}
	for off := 0; off < len(s); {
		best, lead := -1, footerLead{}
		for k, fl := range footerLeads {
			if next[k] == -2 || next[k] >= 0 && next[k] < off {
				next[k] = -1
				if i := strings.Index(low[off:], fl.phrase); i >= 0 {
					next[k] = off + i
				}
			}
			if next[k] >= 0 && (best < 0 || next[k] < best) {
				best, lead = next[k], fl
			}
		}
		if best < 0 {
			break
		}
		off = best + len(lead.phrase)
		floor := 0
		if len(cuts) > 0 {
			floor = cuts[len(cuts)-1].end
		}
		if start := footerSentenceStart(s, low, best, floor, lead); start >= 0 {
			if end, src, ok := footerSource(s, best+len(lead.phrase)); ok {
				cuts = append(cuts, footerCut{start, end, src})
				off = end
			}
		}
	}
	return cuts
}

// footerSentenceStart returns where the footer sentence holding the lead at
// s[at] starts, or -1 when that sentence is not a footer.
func footerSentenceStart(s, low string, at, floor int, lead footerLead) int {
	lo := max(floor, at-maxFooterSentence)
	if lead.post {
		if i := strings.LastIndex(s[lo:at], "The post "); i >= 0 && atSentenceStart(s, lo+i) {
			return lo + i
		}
	}
	st := sentenceStartBefore(s, at, lo)
	if strings.Count(s[st:at], " ") > 30 {
		return -1
	}
	for _, p := range footerStarts {
		if strings.HasPrefix(low[st:], p) {
			return st
		}
	}
	return -1
}

// footerSource reads SOURCE at s[p:] and returns it with the footer's end.
func footerSource(s string, p int) (end int, src string, ok bool) {
	// SOURCE: up to the sentence end, or " under " (a licence follows).
	srcEnd := sentenceEnd(s, p, min(len(s), p+maxSourceBytes+1))
	stop := srcEnd
	if stop < 0 {
		stop = min(len(s), p+maxSourceBytes+1)
	}
	cut := false
	for _, c := range []string{" under ", " and is ", " with permission", ", and ", "\n"} {
		if i := strings.Index(s[p:stop], c); i >= 0 {
			stop, cut = p+i, true
		}
	}
	src = cleanSource(s[p:stop])
	if src == "" || len(src) > maxSourceBytes {
		return 0, "", false
	}
	switch {
	case srcEnd >= 0 && !cut:
		end = srcEnd
	default:
		// The sentence goes on after SOURCE ("… under a Creative Commons
		// license."): to its end, or to the paragraph's end when near.
		end = sentenceEnd(s, stop, min(len(s), stop+300))
		if end < 0 {
			end = stop
			if len(s)-stop <= 300 {
				end = len(s)
			}
		}
	}
	// A trailing "Read the original article."
	rest := strings.TrimLeft(s[end:], " ")
	if strings.HasPrefix(asciiLower(rest[:min(len(rest), 30)]), "read the original article") {
		r := len(s) - len(rest) + len("read the original article")
		if r < len(s) && (s[r] == '.' || s[r] == '!') {
			r++
		}
		end = r
	}
	return end, src, true
}

// cleanSource trims quotes, markup asterisks and the final period.
func cleanSource(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ".!?,;:")
	s = strings.Trim(s, " *_\"'“”‘’«»")
	s = strings.TrimPrefix(s, "the website of ")
	if !utf8.ValidString(s) {
		return ""
	}
	return strings.TrimSpace(s)
}

// atSentenceStart reports whether s[i] begins a sentence: at the start, or
// after whitespace or terminal punctuation (glued).
func atSentenceStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	k := i
	for closers := 0; k > 0 && closers < 3; closers++ {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if r == ')' || r == '"' || r == '\'' || r == '”' || r == '’' || r == '»' {
			k -= n
			continue
		}
		break
	}
	c := s[k-1]
	return isSpaceByte(c) || isTerminal(c)
}

// sentenceStartBefore returns the start of the sentence holding s[i]: after
// the last sentence end in s[lo:i], or lo.
func sentenceStartBefore(s string, i, lo int) int {
	st := lo
	for j := lo; j < i; j++ {
		if !isTerminal(s[j]) {
			continue
		}
		if e := sentenceEndAt(s, j); e > 0 && e <= i {
			st = e
		}
	}
	for st < i && isSpaceByte(s[st]) {
		st++
	}
	return st
}

// sentenceEnd returns the index after the first sentence end in s[i:limit]
// (its terminal punctuation and closing quotes), or -1.
func sentenceEnd(s string, i, limit int) int {
	for j := i; j < limit; j++ {
		if isTerminal(s[j]) {
			if e := sentenceEndAt(s, j); e > 0 {
				return e
			}
		}
	}
	return -1
}

// sentenceEndAt tells whether the terminal punctuation at s[j] ends a
// sentence; it returns the index after it and its closing quotes, or -1.
func sentenceEndAt(s string, j int) int {
	if cut, ok := glueAt(s, j); ok {
		return cut
	}
	e := j + 1
	for n := closerLen(s, e); n > 0 && e-j < 8; n = closerLen(s, e) {
		e += n
	}
	if e < len(s) && !isSpaceByte(s[e]) {
		return -1
	}
	if s[j] == '.' && abbrevBefore(s, j) {
		return -1
	}
	return e
}

// abbrevBefore reports whether the period at s[j] closes an abbreviation or
// an initial (U.S., e.g., Gen., J.) rather than a sentence.
func abbrevBefore(s string, j int) bool {
	k := j
	for k > 0 && !isSpaceByte(s[k-1]) && j-k <= maxTokenScan {
		k--
	}
	last := s[k:j]
	if d := strings.LastIndexByte(last, '.'); d >= 0 {
		last = last[d+1:]
	}
	last = strings.TrimLeft(last, "([\"'“‘«")
	if utf8.RuneCountInString(last) == 1 {
		return unicode.IsLetter(firstRune(last))
	}
	return titleAbbrevs[strings.ToLower(last)]
}

// containsFold reports whether s holds sub (lower-case ASCII) in lower or
// upper case.
func containsFold(s, sub string) bool {
	return strings.Contains(s, sub) || strings.Contains(s, strings.ToUpper(sub))
}

// asciiLower lower-cases ASCII letters only, so byte offsets are kept.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
