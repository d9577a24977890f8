package extract

import (
	"context"
	"fmt"
	"strings"

	"golang.org/x/net/html"

	"github.com/geowire/geowire/internal/model"
)

// fromHTML extracts an article from an HTML page. Baseline: the text of
// every <p>; the <title> as title.
func fromHTML(ctx context.Context, raw []byte, opt Options) (*model.Document, error) {
	page, err := decodeHTML(raw, opt.ContentType)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return nil, fmt.Errorf("extract: parse html: %w", err)
	}
	doc := &model.Document{URL: opt.URL}
	var blocks []block
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "title":
				if doc.Title == "" && n.FirstChild != nil {
					doc.Title = strings.TrimSpace(n.FirstChild.Data)
				}
			case "p":
				blocks = append(blocks, block{text: textOf(n)})
				return
			case "script", "style":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	assemble(doc, blocks)
	return doc, ctx.Err()
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
