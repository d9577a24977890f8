package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/geowire/geowire/internal/model"
)

// Text-ified social posts. An embedded tweet, flattened to text, reads
//
//	TEXT pic.twitter.com/XXXX— Author Name (@handle) June 4, 2025
//
// (the blockquote that Twitter's embed code ships: the post's paragraph,
// then "— Author (@handle) <a>Date</a>"). Instagram's older embed reads
//
//	View this post on Instagram TEXT A post shared by Author (@handle) on Jun 4, 2025 at 3:15am PDT
//
// The signature "(@handle) DATE" anchors both; the post's text runs back to
// the glue point where the sentence before it ended (no space between), or
// to the start of the paragraph. Telegram's widget has no stable text shape
// and is not recognised.

// maxPostRunes bounds a post's text when no glue point marks its start: a
// classic tweet is at most 280 characters plus links.
const maxPostRunes = 320

// socialCut is one post found in a paragraph: s[start:end] is removed.
type socialCut struct {
	start, end int
	embed      model.Embed
}

// findSocialPosts returns the posts in s, in order, not overlapping.
func findSocialPosts(s string) []socialCut {
	var cuts []socialCut
	from := 0
	for off := 0; off < len(s); {
		k := strings.Index(s[off:], "(@")
		if k < 0 {
			break
		}
		at := off + k
		off = at + 2
		c, ok := socialAt(s, from, at)
		if !ok {
			continue
		}
		cuts = append(cuts, c)
		from, off = c.end, c.end
	}
	return cuts
}

// socialAt tries the signature whose "(@" is at s[at]; s[from:] is the text
// not yet claimed by an earlier post.
func socialAt(s string, from, at int) (socialCut, bool) {
	var c socialCut
	// (@handle)
	h := at + 2
	for h < len(s) && h-at-2 < 16 && isHandleByte(s[h]) {
		h++
	}
	if h == at+2 || h-at-2 > 15 || h >= len(s) || s[h] != ')' {
		return c, false
	}
	handle := "@" + s[at+2:h]
	end := h + 1
	for end < len(s) && s[end] == ' ' {
		end++
	}
	// Instagram: "A post shared by Author (@handle) on DATE [at TIME TZ]".
	const igLead = "A post shared by "
	lo := max(from, at-200)
	head := s[lo:at]
	if i := strings.LastIndex(head, igLead); i >= 0 {
		authorStart := lo + i + len(igLead)
		date, dEnd := "", end
		if strings.HasPrefix(s[end:], "on ") {
			if t, n, ok := parseLeadingDate(s[end+3:]); ok {
				date, dEnd = t.Format(time.DateOnly), end+3+n
				dEnd = skipClockTime(s, dEnd)
			}
		}
		text, textStart := postText(s, from, authorStart-len(igLead))
		text = strings.TrimSpace(strings.TrimPrefix(text, "View this post on Instagram"))
		c.start, c.end = textStart, dEnd
		author := strings.TrimSpace(s[authorStart:at])
		if author == "" || utf8.RuneCountInString(author) > 60 {
			return c, false
		}
		c.embed = newEmbed("instagram", author, handle, date, text)
		return c, true
	}
	// Twitter: "— Author (@handle) DATE".
	t, n, ok := parseLeadingDate(s[end:])
	if !ok {
		return c, false
	}
	dash := -1
	dashLen := 0
	for _, d := range []string{"—", "–", "&mdash;"} {
		if i := strings.LastIndex(head, d); i >= 0 && lo+i > dash {
			dash, dashLen = lo+i, len(d)
		}
	}
	if dash < 0 {
		return c, false
	}
	author := strings.TrimSpace(s[dash+dashLen : at])
	if author == "" || utf8.RuneCountInString(author) > 60 || strings.ContainsAny(author, "—–\n") {
		return c, false
	}
	text, textStart := postText(s, from, dash)
	c.start, c.end = textStart, end+n
	c.embed = newEmbed("twitter", author, handle, t.Format(time.DateOnly), text)
	return c, true
}

func isHandleByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || isASCIILetter(c)
}

// postText returns the post's text before s[end] and where it starts: at
// the last glue point in s[from:end], else at from; when that is longer than
// a post can be, at the first sentence start that makes it fit.
func postText(s string, from, end int) (string, int) {
	start := from
	for i := from; i < end; i++ {
		if isTerminal(s[i]) {
			if cut, ok := glueAt(s, i); ok && cut < end {
				start = cut
			}
		}
	}
	if utf8.RuneCountInString(s[start:end]) > maxPostRunes {
		for i := start; i < end; i++ {
			if !isTerminal(s[i]) || i+2 >= end || s[i+1] != ' ' || !upperAt(s, i+2) {
				continue
			}
			if utf8.RuneCountInString(s[i+2:end]) <= maxPostRunes {
				start = i + 2
				break
			}
		}
	}
	return strings.TrimSpace(s[start:end]), start
}

// newEmbed builds the embed; trailing links leave the text for URL and Media.
func newEmbed(platform, author, handle, date, text string) model.Embed {
	e := model.Embed{Kind: model.EmbedSocialPost, Platform: platform, Author: author, Handle: handle, Date: date}
	var links []string
	for {
		text = strings.TrimRight(text, " ")
		sp := strings.LastIndexByte(text, ' ')
		tok := text[sp+1:]
		if !isLinkToken(tok) {
			break
		}
		links = append([]string{tok}, links...)
		text = text[:sp+1]
	}
	e.Text = strings.TrimSpace(text)
	for _, l := range links {
		if isMediaLink(l) {
			e.Media = append(e.Media, l)
		}
		if e.URL == "" && (strings.Contains(l, "/status/") || strings.Contains(l, "instagram.com/p/")) {
			e.URL = l
		}
	}
	if e.URL == "" && len(e.Media) > 0 {
		e.URL = e.Media[0]
	}
	if e.URL == "" && len(links) > 0 {
		e.URL = links[0]
	}
	e.Mentions = mentions(e.Text)
	return e
}

func isLinkToken(tok string) bool {
	for _, p := range []string{"http://", "https://", "pic.twitter.com/", "pic.x.com/", "t.co/", "www."} {
		if strings.HasPrefix(tok, p) && len(tok) > len(p) {
			return true
		}
	}
	return false
}

func isMediaLink(l string) bool {
	l = strings.TrimPrefix(strings.TrimPrefix(l, "https://"), "http://")
	return strings.HasPrefix(l, "pic.twitter.com/") || strings.HasPrefix(l, "pic.x.com/") || strings.Contains(l, "/photo/") || strings.Contains(l, "/video/")
}

// mentions returns the @handles in text, each once, in order. An @ inside
// a word (an e-mail address) is not a mention.
func mentions(text string) []string {
	var out []string
	seen := map[string]bool{}
	for i := 0; i < len(text); i++ {
		if text[i] != '@' {
			continue
		}
		if i > 0 {
			r, _ := utf8.DecodeLastRuneInString(text[:i])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
				continue
			}
		}
		j := i + 1
		for j < len(text) && isHandleByte(text[j]) {
			j++
		}
		if j == i+1 || j-i-1 > 15 {
			continue
		}
		h := text[i:j]
		if !seen[strings.ToLower(h)] {
			seen[strings.ToLower(h)] = true
			out = append(out, h)
		}
		i = j - 1
	}
	return out
}

// skipClockTime skips " at 3:15am PDT" after a date.
func skipClockTime(s string, i int) int {
	if !strings.HasPrefix(s[i:], " at ") {
		return i
	}
	j := i + 4
	digits := 0
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ':') {
		j++
		digits++
	}
	if digits == 0 {
		return i
	}
	for _, suf := range []string{"am", "pm", "AM", "PM", " am", " pm", " AM", " PM"} {
		if strings.HasPrefix(s[j:], suf) {
			j += len(suf)
			break
		}
	}
	// A time-zone abbreviation: a space and 2–5 capitals.
	if j < len(s) && s[j] == ' ' {
		k := j + 1
		for k < len(s) && 'A' <= s[k] && s[k] <= 'Z' && k-j <= 5 {
			k++
		}
		if k-j-1 >= 2 && (k == len(s) || !isASCIILetter(s[k])) {
			j = k
		}
	}
	return j
}
