package extract

import (
	"context"
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// fromText extracts an article from a plain-text dump. Baseline: the first
// line is the title, blank-line separated paragraphs are the body.
func fromText(ctx context.Context, text string, opt Options) (*model.Document, error) {
	doc := &model.Document{URL: opt.URL}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	paras := strings.Split(text, "\n\n")
	var blocks []block
	for i, p := range paras {
		p = strings.TrimSpace(p)
		if i == 0 && !strings.Contains(p, "\n") && len(p) < 300 {
			doc.Title = p
			continue
		}
		blocks = append(blocks, block{text: p})
	}
	assemble(doc, blocks)
	return doc, ctx.Err()
}
