package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pages rendered by streaming (React 18's renderToPipeableStream, used by
// Next.js) send placeholders first and the real content later, at the end
// of the body, in <div hidden id="S:n">; a script swaps them on load. The
// placeholder is <template id="P:n"> for a segment, or <template
// id="B:n"> followed by a fallback ("Loading…") for a suspense boundary.
// Without scripts the text sits hidden and out of place, so geowire makes
// the swap itself.

// streamed holds a page's streaming placeholders (by id) and chunks.
type streamed struct {
	slots  map[string]*html.Node // <template id="P:n"> and id="B:n"
	chunks []*html.Node          // <div hidden id="S:n">, in page order
}

func (s *streamed) addSlot(n *html.Node) {
	id := domAttr(n, "id")
	if len(id) < 3 || id[1] != ':' || (id[0] != 'P' && id[0] != 'B') {
		return
	}
	if s.slots == nil {
		s.slots = make(map[string]*html.Node)
	}
	s.slots[id] = n
}

func (s *streamed) addChunk(n *html.Node) {
	if n.DataAtom == atom.Div && domHasAttr(n, "hidden") && isStreamedChunk(n) {
		s.chunks = append(s.chunks, n)
	}
}

// isStreamedChunk reports whether a hidden element is a streamed chunk.
func isStreamedChunk(n *html.Node) bool {
	id := domAttr(n, "id")
	return len(id) > 2 && id[0] == 'S' && id[1] == ':'
}

// swap moves every chunk into its placeholder's place, dropping the
// placeholder and its fallback.
func (s *streamed) swap() {
	for _, c := range s.chunks {
		suffix := domAttr(c, "id")[2:]
		boundary := false
		slot := s.slots["P:"+suffix]
		if slot == nil {
			slot, boundary = s.slots["B:"+suffix], true
		}
		if slot == nil || slot.Parent == nil || isAncestor(c, slot) {
			continue
		}
		parent := slot.Parent
		for ch := c.FirstChild; ch != nil; ch = c.FirstChild {
			c.RemoveChild(ch)
			parent.InsertBefore(ch, slot)
		}
		if c.Parent != nil {
			c.Parent.RemoveChild(c)
		}
		if boundary {
			dropFallback(slot)
		} else {
			parent.RemoveChild(slot)
		}
	}
}

// fallbackMax is the longest text (bytes) taken for a fallback when the
// page has lost the comments that bound it.
const fallbackMax = 40

// dropFallback removes the placeholder and the fallback after it: up to
// the "/$" comment that closes the boundary or, when the comments are
// gone, the next element if it holds only a short text.
func dropFallback(slot *html.Node) {
	parent := slot.Parent
	end := closingMark(slot)
	if end == nil {
		if next := nextElement(slot); next != nil && len(domText(next)) <= fallbackMax {
			parent.RemoveChild(next)
		}
		parent.RemoveChild(slot)
		return
	}
	for n := slot; n != end; {
		next := n.NextSibling
		parent.RemoveChild(n)
		n = next
	}
}

// closingMark finds the comment that closes slot's boundary, skipping
// nested boundaries.
func closingMark(slot *html.Node) *html.Node {
	depth := 0
	for n := slot.NextSibling; n != nil; n = n.NextSibling {
		if n.Type != html.CommentNode {
			continue
		}
		switch n.Data {
		case "$", "$?", "$!":
			depth++
		case "/$":
			if depth == 0 {
				return n
			}
			depth--
		}
	}
	return nil
}

func nextElement(n *html.Node) *html.Node {
	for n = n.NextSibling; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode {
			return n
		}
	}
	return nil
}
