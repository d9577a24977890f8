package extract

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geowire/geowire/internal/model"
)

// fromText extracts an article from a plain-text dump:
//
//  1. normalise: newlines to "\n", no-break and other spaces to " ", drop
//     zero-width characters and controls;
//  2. read the header: a title line (headline-like, or "Title: …"), then
//     "By …", date, "Source:" and "URL:" lines (see readHeader);
//  3. split paragraphs on blank lines — and on single newlines when the dump
//     uses them as paragraph breaks — joining hard-wrapped lines;
//  4. tidyBlocks: junk, footer (→ doc.Source), social posts (→ doc.Embeds),
//     glued sentences and headings;
//  5. assemble Text and Headings; guess the language.
func fromText(ctx context.Context, text string, opt Options) (*model.Document, error) {
	doc := &model.Document{URL: opt.URL}
	lines := strings.Split(normalizeText(text), "\n")
	body := readHeader(doc, lines)
	if err := ctx.Err(); err != nil {
		return doc, err
	}
	blocks := textBlocks(body)
	blocks, embeds, source := tidyBlocks(blocks)
	if err := ctx.Err(); err != nil {
		return doc, err
	}
	if doc.Source == "" {
		doc.Source = source
	}
	doc.Embeds = embeds
	assemble(doc, blocks)
	doc.Lang = guessLang(doc.Text)
	return doc, ctx.Err()
}

// normalizeText makes newlines "\n" (also U+2028, U+2029 and NEL), turns
// tabs and Unicode spaces (NBSP, narrow NBSP, thin space…) into " ", and
// drops zero-width characters, the BOM, soft hyphens and other controls.
// Zero-width joiners (ZWJ, ZWNJ) are kept: Persian and emoji need them.
func normalizeText(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c < ' ' && c != '\n' || c == 0x7f {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0 // s[last:i] is kept as is, not yet written
	put := func(i, next int, repl string) {
		b.WriteString(s[last:i])
		b.WriteString(repl)
		last = next
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\r':
				if i+1 < len(s) && s[i+1] == '\n' {
					put(i, i+2, "\n")
					i += 2
					continue
				}
				put(i, i+1, "\n")
			case c == '\t' || c == '\v' || c == '\f':
				put(i, i+1, " ")
			case c < ' ' && c != '\n' || c == 0x7f:
				put(i, i+1, "")
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if keepRune(r) {
			i += n
			continue
		}
		switch {
		case r == '\u2028' || r == '\u0085':
			put(i, i+n, "\n")
		case r == '\u2029':
			put(i, i+n, "\n\n")
		case r == '\u200c' || r == '\u200d' || r == '\u200e' || r == '\u200f':
			// ZWNJ, ZWJ, LRM, RLM: kept
		case r == utf8.RuneError && n == 1:
			put(i, i+n, "\uFFFD")
		case unicode.Is(unicode.Zs, r) || unicode.IsSpace(r):
			put(i, i+n, " ")
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u180e':
			// zero-width space, word joiner, BOM, soft hyphen, C1 controls,
			// bidi overrides and other format characters
			put(i, i+n, "")
		}
		i += n
	}
	b.WriteString(s[last:])
	return b.String()
}

// keepRune reports, by code-point range, that a non-ASCII rune needs no
// change: most letters and the punctuation of U+2010–U+205E (dashes,
// quotes, ellipsis), without table look-ups.
func keepRune(r rune) bool {
	switch {
	case r > 0xA0 && r < 0x600 && r != 0xAD:
		return true // Latin, Greek, Cyrillic, Armenian, Hebrew
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205E:
		return true
	case r >= 0x3001 && r < 0xD800:
		return true // CJK
	}
	return false
}

// textBlocks groups body lines into paragraph blocks. Blank lines separate
// paragraphs. Inside a group, hard-wrapped lines (all but the last of a
// similar, modest width) are joined; other lines are paragraphs of their
// own. A short standalone Title Case line between paragraphs, or a Markdown
// "## …" line, is a heading.
func textBlocks(lines []string) []block {
	var (
		blocks []block
		group  []string
	)
	flush := func() {
		if len(group) == 0 {
			return
		}
		if hardWrapped(group) {
			blocks = append(blocks, block{text: strings.Join(group, " ")})
		} else {
			for _, l := range group {
				blocks = append(blocks, block{text: l})
			}
		}
		group = group[:0]
	}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			flush()
			continue
		}
		group = append(group, l)
	}
	flush()
	// Headings: Markdown, or a standalone Title Case line followed by prose.
	for i := range blocks {
		t := blocks[i].text
		if lvl, h := markdownHeading(t); lvl > 0 {
			blocks[i] = block{text: h, heading: lvl}
			continue
		}
		if i+1 < len(blocks) && i > 0 && blocks[i+1].heading == 0 && isHeadingLine(t) && !isHeadingLine(blocks[i+1].text) {
			blocks[i].heading = 2
		}
	}
	return blocks
}

// hardWrapped reports whether a group of lines is one paragraph wrapped at a
// fixed width: at least two lines, every line but the last 30–100 code
// points long and none longer, and at most half of them ending a sentence
// (lines that are paragraphs of their own mostly do).
func hardWrapped(group []string) bool {
	if len(group) < 2 {
		return false
	}
	ends := 0
	for i, l := range group {
		n := utf8.RuneCountInString(l)
		if n > 100 || i < len(group)-1 && n < 30 {
			return false
		}
		if i < len(group)-1 && endsSentence(l) {
			ends++
		}
	}
	return ends*2 <= len(group)-1
}

// endsSentence reports whether a line ends with terminal punctuation,
// perhaps followed by closing quotes.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, "\"')”’»")
	return l != "" && isTerminal(l[len(l)-1])
}

// markdownHeading reads "## Heading".
func markdownHeading(t string) (int, string) {
	n := 0
	for n < len(t) && n < 7 && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(t) || t[n] != ' ' {
		return 0, ""
	}
	h := strings.TrimSpace(strings.TrimRight(t[n:], "# "))
	if h == "" {
		return 0, ""
	}
	return n, h
}

// isHeadingLine reports whether a standalone line reads as a heading: 1–10
// words, no sentence punctuation or comma, the first word capitalised and
// the others capitalised or function words, or "Analysis:"-style labels.
func isHeadingLine(t string) bool {
	if t == "" || len(t) > 120 {
		return false
	}
	words := strings.Fields(t)
	if len(words) > 10 {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".,;:!\"”'’)", last) || strings.ContainsAny(t, ",;|•") {
		return false
	}
	if !unicode.IsUpper(firstRune(t)) {
		return false
	}
	for _, w := range words {
		if !headingWord(w) {
			return false
		}
		if !unicode.IsUpper(firstRune(w)) && !unicode.IsDigit(firstRune(w)) && !headingFuncWords[strings.ToLower(w)] {
			return false
		}
	}
	_, dateLike := findDate(t)
	return !dateLike && !isJunkLine(t)
}
