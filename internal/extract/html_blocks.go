package extract

import (
	"context"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// brMark stands for a <br> in the text buffer; the parser never yields NUL.
const brMark = '\x00'

// hblock is a paragraph-level run of text found in the DOM, with what the
// scoring needs to know about it.
type hblock struct {
	text    string
	heading int
	// elem is the innermost block-level element holding the text.
	elem *html.Node
	// chars and linkChars count bytes of text, in and out of links.
	chars, linkChars int
	// list is true for text inside <li>, <dd> or <dt>.
	list bool
	// quote is true for text inside <blockquote>.
	quote bool
	// copy is true for a long paragraph seen earlier on the page.
	copy bool
}

// copyMin is the length (bytes) from which a paragraph seen twice is
// taken for a copy rather than a repeated phrase.
const copyMin = 100

// markCopies flags long paragraphs that repeat an earlier one: pages
// built with a layout variant per screen size (or a hidden print
// version) hold the article more than once, and the copies must not
// add to the score of the element that holds them all.
func markCopies(blocks []hblock) {
	seen := make(map[string]struct{}, len(blocks)/2)
	for i := range blocks {
		b := &blocks[i]
		if b.chars < copyMin {
			continue
		}
		if _, ok := seen[b.text]; ok {
			b.copy = true
			continue
		}
		seen[b.text] = struct{}{}
	}
}

// collector walks a DOM once and cuts its text into hblocks, skipping
// boilerplate subtrees.
type collector struct {
	ctx    context.Context
	strict bool
	blocks []hblock
	stack  []*html.Node
	buf    strings.Builder
	links  int
	inLink int
	lists  int
	quotes int
	code   int
	steps  int
	err    error
}

func collectBlocks(ctx context.Context, root *html.Node, strict bool) ([]hblock, error) {
	c := &collector{ctx: ctx, strict: strict, blocks: make([]hblock, 0, 256)}
	c.stack = append(c.stack, root)
	c.walk(root)
	c.flush()
	return c.blocks, c.err
}

func (c *collector) walk(n *html.Node) {
	if c.err != nil {
		return
	}
	switch n.Type {
	case html.TextNode:
		c.buf.WriteString(n.Data)
		if c.inLink > 0 {
			c.links += len(strings.TrimSpace(n.Data))
		}
		return
	case html.ElementNode:
	case html.DocumentNode:
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			c.walk(ch)
		}
		return
	default:
		return
	}
	c.steps++
	if c.steps&1023 == 0 {
		if err := c.ctx.Err(); err != nil {
			c.err = err
			return
		}
	}
	if n.DataAtom == atom.Br {
		c.buf.WriteByte(brMark)
		return
	}
	if domDropTags[n.DataAtom] || n.Namespace != "" {
		return
	}
	// Inside code, classes are syntax highlighting ("hljs-comment",
	// "token tag"), not page furniture.
	if c.code == 0 && isBoilerplate(n, domClassID(n), c.strict) {
		return
	}
	block := domBlockTags[n.DataAtom]
	if block {
		c.flush()
		c.stack = append(c.stack, n)
	}
	switch n.DataAtom {
	case atom.A:
		c.inLink++
	case atom.Li, atom.Dd, atom.Dt:
		c.lists++
	case atom.Blockquote:
		c.quotes++
	case atom.Pre, atom.Code:
		c.code++
	case atom.Td, atom.Th:
		c.buf.WriteByte(' ')
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.walk(ch)
	}
	switch n.DataAtom {
	case atom.A:
		c.inLink--
	case atom.Li, atom.Dd, atom.Dt:
		c.lists--
	case atom.Blockquote:
		c.quotes--
	case atom.Pre, atom.Code:
		c.code--
	case atom.Td, atom.Th:
		c.buf.WriteByte(' ')
	}
	if block {
		c.flush()
		c.stack = c.stack[:len(c.stack)-1]
	}
}

// flush turns the buffered text into blocks: one per paragraph, where a
// double <br> separates paragraphs and a single one becomes a newline.
func (c *collector) flush() {
	if c.buf.Len() == 0 {
		return
	}
	raw := c.buf.String()
	c.buf.Reset()
	links := c.links
	c.links = 0
	elem := c.stack[len(c.stack)-1]
	level := domHeadingLevel(elem.DataAtom)
	var lines []string
	emit := func() {
		if len(lines) == 0 {
			return
		}
		t := strings.Join(lines, "\n")
		lines = lines[:0]
		c.blocks = append(c.blocks, hblock{
			text: t, heading: level, elem: elem, chars: len(t),
			list: c.lists > 0, quote: c.quotes > 0,
		})
	}
	first := len(c.blocks)
	for _, part := range strings.Split(raw, string(brMark)) {
		t := hSquash(part)
		if t == "" {
			emit()
			continue
		}
		lines = append(lines, t)
	}
	emit()
	// Share the link text out by length.
	total := 0
	for i := first; i < len(c.blocks); i++ {
		total += c.blocks[i].chars
	}
	if total > 0 && links > 0 {
		for i := first; i < len(c.blocks); i++ {
			c.blocks[i].linkChars = min(c.blocks[i].chars, links*c.blocks[i].chars/total)
		}
	}
}
