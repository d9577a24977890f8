package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of n's attribute key ("" when absent).
func domAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n carries the attribute key.
func domHasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

// hasClass reports whether n's class list holds name exactly.
func domHasClass(n *html.Node, name string) bool {
	for _, c := range strings.Fields(domAttr(n, "class")) {
		if c == name {
			return true
		}
	}
	return false
}

// classID is n's class and id, lower-cased and joined by a space: the
// string the class/id hints look at.
func domClassID(n *html.Node) string {
	var class, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		}
	}
	if class == "" && id == "" {
		return ""
	}
	return strings.ToLower(class + " " + id)
}

// hContainsAny reports whether s contains any of subs.
func hContainsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// domBlockTags start a new paragraph in the text: everything that is not
// phrasing content.
var domBlockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Html: true, atom.Li: true, atom.Main: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Tfoot: true,
	atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true, atom.Caption: true,
	atom.Menu: true, atom.Br: true, atom.Dir: true,
}

// domDropTags never carry article prose.
var domDropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Button: true, atom.Select: true, atom.Option: true,
	atom.Input: true, atom.Textarea: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
	atom.Nav: true, atom.Dialog: true, atom.Head: true, atom.Title: true, atom.Label: true,
	atom.Figcaption: true, atom.Menu: true, atom.Map: true, atom.Picture: true, atom.Img: true,
	atom.Source: true, atom.Track: true, atom.Frame: true, atom.Frameset: true,
	atom.Applet: true, atom.Datalist: true, atom.Output: true, atom.Progress: true,
	atom.Meter: true, atom.Legend: true, atom.Rp: true, atom.Rt: true, atom.Time: false,
}

// headingLevel is 1–6 for <h1>–<h6>, else 0.
func domHeadingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// nodeText is the whitespace-normalised text of n's subtree, without
// scripts and styles.
func domText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br, atom.P, atom.Div, atom.Li:
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return hSquash(b.String())
}

// hSquash trims s and folds every run of white space into one space.
func hSquash(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u200b', '\u2009', '\u202f', '\u3000', '\ufeff':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
