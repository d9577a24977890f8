package claims

import (
	"context"
	"errors"
	"sort"

	"github.com/geowire/geowire/internal/gazetteer"
	"github.com/geowire/geowire/internal/model"
)

// ErrNoDocument is returned by Check without a document.
var ErrNoDocument = errors.New("claims: no document")

// Check finds the geographic claims of doc's text and checks each against
// the gazetteer's geometry. r is the document's reading (its sentences and
// quantities; nil reads the text as one sentence and finds lengths itself);
// places are the resolved place mentions of doc.Text. Claims come in text
// order; a claim that cannot be checked is returned as unverifiable with
// its reason. Check fails only on a cancelled context or a nil document.
// With a nil gazetteer every claim needing geometry is unverifiable.
func Check(ctx context.Context, g *gazetteer.Gazetteer, doc *model.Document, r *model.Reading, places []model.Place) ([]model.Claim, error) {
	if doc == nil {
		return nil, ErrNoDocument
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d := newText(g, doc.Text, r, places)
	fs := d.find()
	c := &checker{g: g, d: d}
	out := make([]model.Claim, 0, len(fs))
	for i := range fs {
		if i%16 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		out = append(out, c.check(&fs[i]))
	}
	sortClaims(out)
	return out, nil
}

// sortClaims orders claims by span, then kind.
func sortClaims(cs []model.Claim) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i].Span, cs[j].Span
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return cs[i].Kind < cs[j].Kind
	})
}
