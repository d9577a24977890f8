package claims

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/geowire/geowire/internal/gazetteer"
	"github.com/geowire/geowire/internal/gazetteer/gazetteertest"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/nlp"
)

// mustGazetteer returns the real gazetteer of the data directory.
func mustGazetteer(tb testing.TB) *gazetteer.Gazetteer { return gazetteertest.Open(tb) }

// mustPlaces resolves mentions by hand, standing in for the geoparser:
// each spec is "Mention" (the gazetteer's best entry for it) or
// "Mention=gazetteer-id"; every occurrence of the mention in text not
// inside an earlier one becomes a place.
func mustPlaces(tb testing.TB, g *gazetteer.Gazetteer, text string, specs ...string) []model.Place {
	tb.Helper()
	var out []model.Place
	taken := make([]bool, len(text))
	for _, spec := range specs {
		name, id, _ := strings.Cut(spec, "=")
		var e *gazetteer.Entry
		if id != "" {
			e = g.Get(id)
		} else {
			e = g.Best(name)
		}
		if e == nil {
			tb.Fatalf("no gazetteer entry for %q", spec)
		}
		found := false
		for from := 0; ; {
			i := strings.Index(text[from:], name)
			if i < 0 {
				break
			}
			i += from
			from = i + len(name)
			if taken[i] {
				continue
			}
			for k := i; k < i+len(name); k++ {
				taken[k] = true
			}
			found = true
			start := utf8.RuneCountInString(text[:i])
			sp := model.Span{Start: start, End: start + utf8.RuneCountInString(name)}
			p := placeOfEntry(e, sp, false)
			p.Name = name
			out = append(out, p)
		}
		if !found {
			tb.Fatalf("mention %q not in %q", name, text)
		}
	}
	return out
}

// mustCheck reads text with nlp and checks its claims against places.
func mustCheck(tb testing.TB, g *gazetteer.Gazetteer, text string, places []model.Place) []model.Claim {
	tb.Helper()
	doc := &model.Document{Text: text}
	cs, err := Check(context.Background(), g, doc, nlp.ReadText(text, nil), places)
	if err != nil {
		tb.Fatal(err)
	}
	return cs
}

// num reads a number from a claim's map.
func num(m map[string]any, key string) (float64, bool) {
	switch v := m[key].(type) {
	case float64:
		return v, true
	case int:
		return float64(v), true
	}
	return 0, false
}
