package extract

import (
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// tidyBlocks cleans an article's blocks as a scraper left them. For each
// block, in order:
//
//  1. junk lines ("Wait 5 sec.", "Please enable JavaScript", cookie notices,
//     "Advertisement", share prompts…) are dropped (see isJunkLine);
//  2. feed footers ("The post … appeared first on SOURCE.") are cut out and
//     the first SOURCE is returned;
//  3. text-ified social posts ("TEXT pic.twitter.com/…— Author (@handle)
//     June 4, 2025") are cut out and returned as embeds;
//  4. glued sentences are split ("campaign.The" → "campaign. The") and glued
//     headings become heading blocks ("notice.Chinese ConnectionBelaya…").
//
// Heading blocks in the input (from HTML) only go through step 1. Inner
// whitespace is collapsed; a block's newlines become spaces. The work is
// linear in the input's size.
func tidyBlocks(blocks []block) (out []block, embeds []model.Embed, source string) {
	out = make([]block, 0, len(blocks))
	for _, bl := range blocks {
		text := dropJunkLines(bl.text)
		if text == "" {
			continue
		}
		if bl.heading > 0 {
			out = append(out, block{text: text, heading: bl.heading})
			continue
		}
		// Footers: cut every one, keep the first source named.
		if cuts := findFooters(text); len(cuts) > 0 {
			var b strings.Builder
			prev := 0
			for _, c := range cuts {
				if source == "" {
					source = c.source
				}
				b.WriteString(strings.TrimSpace(text[prev:c.start]))
				b.WriteByte(' ')
				prev = c.end
			}
			b.WriteString(strings.TrimSpace(text[prev:]))
			text = collapseSpace(b.String())
		}
		// Social posts split the block; the piece after a post starts at a
		// glue point.
		glued := false
		from := 0
		for _, c := range findSocialPosts(text) {
			out = appendPieces(out, text[from:c.start], glued)
			embeds = append(embeds, c.embed)
			from, glued = c.end, true
		}
		out = appendPieces(out, text[from:], glued)
	}
	if embeds == nil {
		embeds = []model.Embed{}
	}
	return out, embeds, source
}

// appendPieces splits one piece of a paragraph at glue points and appends
// the resulting paragraphs and headings, junk dropped.
func appendPieces(out []block, s string, glued bool) []block {
	s = strings.TrimSpace(s)
	if s == "" {
		return out
	}
	for _, b := range splitGlued(s, glued) {
		if !isJunkLine(b.text) {
			out = append(out, b)
		}
	}
	return out
}

// dropJunkLines drops the junk lines of a block and joins the rest with
// single spaces, collapsing runs of whitespace.
func dropJunkLines(s string) string {
	if strings.IndexByte(s, '\n') < 0 {
		if isJunkLine(s) {
			return ""
		}
		return collapseSpace(s)
	}
	var b strings.Builder
	for line := range strings.SplitSeq(s, "\n") {
		if strings.TrimSpace(line) == "" || isJunkLine(line) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(line)
	}
	return collapseSpace(b.String())
}

// collapseSpace turns each run of spaces, tabs and newlines into one space
// and trims the ends. It returns s itself when there is nothing to do.
func collapseSpace(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\r', '\v', '\f':
			space = true
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
		}
	}
	return b.String()
}
