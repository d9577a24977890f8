package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Tuning of the container choice, measured on the eval sets' dev halves.
const (
	// weightFull is the prose (bytes) at which a class/id hint counts
	// fully; below it the hint counts in proportion, so that a one-line
	// box with a content-like class cannot win.
	weightFull = 300.0
	// proseLimit is the text (bytes) that keeps a block whose class/id
	// looks like furniture.
	proseLimit = 400
	// wrapperProse is the text (bytes) above which an element labelled as
	// furniture is taken for a layout wrapper of the article.
	wrapperProse = 1500
	// listFactor scales the points of list items, which are often
	// references or link lists rather than prose.
	listFactor = 0.5
	// climbRatio: a candidate scoring at least this share of the top one
	// and containing it replaces it.
	climbRatio = 0.75
	// growProse and growLinks bound what a parent may add to the chosen
	// container: at least this share of prose and headings, at most this
	// share of link text.
	growProse = 0.7
	growLinks = 0.2
	// growShare is the least prose a parent must add, as a share of the
	// prose already chosen.
	growShare = 0.3
)

// nodeAgg sums what the blocks below one element hold.
type nodeAgg struct {
	score     float64
	chars     int
	linkChars int
	good      int // characters of prose paragraphs
	heads     int // characters of headings
	headings  int // headings that are not links
	linkHeads int // headings that are links (teaser titles)
	weight    float64
	final     float64
	depth     int
	init      bool
}

// selectContent picks the element that holds the article, readability's
// way: prose paragraphs give points to their ancestors, decaying with
// distance; class/id hints and link density weigh the sum. It returns the
// chosen elements (the top candidate and the siblings that belong with it).
func selectContent(blocks []hblock) (top *html.Node, aggs map[*html.Node]*nodeAgg) {
	aggs = make(map[*html.Node]*nodeAgg, 128)
	get := func(n *html.Node) *nodeAgg {
		a := aggs[n]
		if a == nil {
			a = &nodeAgg{}
			aggs[n] = a
		}
		if !a.init {
			a.init = true
			a.score = tagWeight(n.DataAtom)
			a.weight = classWeight(domClassID(n))
			for p := n.Parent; p != nil; p = p.Parent {
				a.depth++
			}
		}
		return a
	}
	for i := range blocks {
		b := &blocks[i]
		if b.copy {
			continue
		}
		prose := b.heading == 0 && b.chars >= 25 && b.linkChars*2 < b.chars
		var pts float64
		if prose {
			pts = 1 + float64(strings.Count(b.text, ",")+strings.Count(b.text, "，")) + min(float64(b.chars)/100, 3)
			if b.list {
				pts *= listFactor
			}
		}
		level := 0
		for n := b.elem; n != nil && n.Type == html.ElementNode; n = n.Parent {
			a := get(n)
			a.chars += b.chars
			a.linkChars += b.linkChars
			if b.heading > 0 {
				a.heads += b.chars
				if b.linkChars*2 < b.chars {
					a.headings++
				} else {
					a.linkHeads++
				}
			}
			if prose {
				a.good += b.chars
				if n != b.elem || !isParagraphLike(n) {
					switch {
					case level == 0:
						a.score += pts
					case level == 1:
						a.score += pts / 2
					case level <= 5:
						a.score += pts / float64(level*3)
					}
					level++
				}
			}
		}
	}
	// The five best candidates, best first.
	var cands [5]*html.Node
	for n, a := range aggs {
		if a.good == 0 {
			continue
		}
		a.final = (a.score + a.weight*min(1, float64(a.good)/weightFull)) * (1 - hRatio(a.linkChars, a.chars))
		for i := range cands {
			c := cands[i]
			if c == nil || better(a, aggs[c]) {
				copy(cands[i+1:], cands[i:len(cands)-1])
				cands[i] = n
				break
			}
		}
	}
	top = cands[0]
	if top == nil {
		return nil, aggs
	}
	top = refineTop(top, cands[1:], aggs)
	return growTop(top, aggs), aggs
}

// growTop moves top up to the highest ancestor (below <body>) whose
// addition to it reads like more of the same article: an article cut
// into sibling sections (page builders put each heading and its
// paragraphs in a box of its own) is taken whole, while a parent that
// adds navigation, teasers or a byline is not.
func growTop(top *html.Node, aggs map[*html.Node]*nodeAgg) *html.Node {
	cur := aggs[top]
	for p := top.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body; p = p.Parent {
		a := aggs[p]
		if a == nil || cur == nil {
			break
		}
		// A wrapper, or a parent that adds only a section heading or a
		// short list, may lead to one that adds the sections: look
		// further up, measuring what each adds to the chosen part.
		if addsProse(cur, a) && addsSections(cur, a) {
			top, cur = p, a
		}
	}
	return top
}

// better orders candidates by final score, then depth (deeper first),
// so that the choice does not depend on map order.
func better(a, b *nodeAgg) bool {
	if a.final != b.final {
		return a.final > b.final
	}
	return a.depth > b.depth
}

// refineTop is readability's second look at the top candidate: move up
// to an ancestor shared by several near-equal candidates (an article cut
// into sections), or to a parent that scores higher, or out of a wrapper
// that is its parent's only child.
func refineTop(top *html.Node, alts []*html.Node, aggs map[*html.Node]*nodeAgg) *html.Node {
	topFinal := aggs[top].final
	var close []*html.Node
	for _, c := range alts {
		if c != nil && aggs[c].final >= topFinal*0.75 && !sameText(aggs[c], aggs[top]) {
			close = append(close, c)
		}
	}
	if len(close) >= 3 {
		for p := top.Parent; p != nil && p.DataAtom != atom.Body && p.Type == html.ElementNode; p = p.Parent {
			n := 0
			for _, c := range close {
				if isAncestor(p, c) {
					n++
				}
			}
			if n >= 3 {
				top = p
				break
			}
		}
	}
	// A near-equal candidate that contains the top one is the article;
	// the top is one dense part of it (a code listing, a quote).
	for _, c := range alts {
		if c != nil && aggs[c].final >= topFinal*climbRatio && isAncestor(c, top) {
			top = c
		}
	}
	last := aggs[top].final
	threshold := last / 3
	for p := top.Parent; p != nil && p.DataAtom != atom.Body && p.Type == html.ElementNode; p = p.Parent {
		a := aggs[p]
		if a == nil || a.good == 0 {
			continue
		}
		if a.final < threshold {
			break
		}
		if a.final > last {
			top = p
			break
		}
		last = a.final
	}
	for top.Parent != nil && top.Parent.Type == html.ElementNode && top.Parent.DataAtom != atom.Body && elementChildren(top.Parent) == 1 {
		top = top.Parent
	}
	return top
}

// addsSections reports whether what parent p holds beyond its child c
// reads as further sections of the same text: headings of its own that
// are not teaser links, and enough prose to be more than a blurb, a call
// to action or a byline beside c.
func addsSections(c, p *nodeAgg) bool {
	heads, linkHeads := p.headings-c.headings, p.linkHeads-c.linkHeads
	copied := p.chars-c.chars == c.chars && p.good-c.good == c.good
	return heads > 0 && heads > linkHeads && !copied &&
		float64(p.good-c.good) >= growShare*float64(c.good)
}

// addsProse reports whether what parent p holds beyond its child c is
// mostly prose and headings, with few links.
func addsProse(c, p *nodeAgg) bool {
	chars := float64(p.chars - c.chars)
	good := float64(p.good - c.good + p.heads - c.heads)
	links := float64(p.linkChars - c.linkChars)
	return good >= growProse*chars && links <= growLinks*chars
}

// sameText reports whether two elements hold the same amounts of text,
// prose and links: copies of one block, as pages built with a layout
// variant per screen size repeat the article once per variant.
func sameText(a, b *nodeAgg) bool {
	return a.chars == b.chars && a.good == b.good && a.linkChars == b.linkChars
}

// isAncestor reports whether a is a proper ancestor of n.
func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

func elementChildren(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			k++
		}
	}
	return k
}

// isParagraphLike reports whether a block's own element is a paragraph
// (whose parent gets the points) rather than a container.
func isParagraphLike(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Li, atom.Dd, atom.Dt, atom.Td, atom.Th, atom.Blockquote,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	case atom.Div, atom.Section, atom.Article:
		// A div of inline text only is a paragraph too.
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && domBlockTags[c.DataAtom] && c.DataAtom != atom.Br {
				return false
			}
		}
		return true
	}
	return false
}

func tagWeight(a atom.Atom) float64 {
	switch a {
	case atom.Div, atom.Article, atom.Main:
		return 5
	case atom.Section:
		return 3
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// widen adds to top its siblings that read like more of the article
// (readability's sibling step) and returns the set of chosen roots.
func widen(top *html.Node, aggs map[*html.Node]*nodeAgg) map[*html.Node]bool {
	chosen := map[*html.Node]bool{top: true}
	ta := aggs[top]
	if top.Parent == nil || ta == nil {
		return chosen
	}
	topScore := (ta.score + ta.weight) * (1 - hRatio(ta.linkChars, ta.chars))
	threshold := max(10, topScore*0.2)
	topClass := domAttr(top, "class")
	for s := top.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == top || s.Type != html.ElementNode {
			continue
		}
		a := aggs[s]
		if a == nil || a.good == 0 || sameText(a, ta) {
			continue
		}
		bonus := 0.0
		if topClass != "" && domAttr(s, "class") == topClass {
			bonus = topScore * 0.2
		}
		ld := hRatio(a.linkChars, a.chars)
		if (a.score+a.weight)*(1-ld)+bonus >= threshold && ld < 0.3 {
			chosen[s] = true
			continue
		}
		if s.DataAtom == atom.P && ld < 0.25 && a.chars > 80 {
			chosen[s] = true
		}
	}
	return chosen
}

func hRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// within reports whether n lies in one of the chosen subtrees.
func hWithin(n *html.Node, chosen map[*html.Node]bool) bool {
	for ; n != nil; n = n.Parent {
		if chosen[n] {
			return true
		}
	}
	return false
}
