package geoparse

import (
	"context"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/geowire/geowire/internal/gazetteer/gazetteertest"
	"github.com/geowire/geowire/internal/model"
)

var (
	realOnce sync.Once
	realP    *Parser
	realErr  error
)

// mustParser returns a parser over the real gazetteer of the data
// directory (gazetteertest builds it when missing, or skips).
func mustParser(tb testing.TB) *Parser {
	tb.Helper()
	g := gazetteertest.Open(tb)
	realOnce.Do(func() { realP, realErr = New(g, Options{}) })
	if realErr != nil {
		tb.Fatal(realErr)
	}
	return realP
}

// mustParse parses text and fails the test on error.
func mustParse(tb testing.TB, p *Parser, text string) []model.Place {
	tb.Helper()
	ps, err := p.Parse(context.Background(), text)
	if err != nil {
		tb.Fatalf("Parse(%q): %v", text, err)
	}
	return ps
}

// placeNamed returns the first place whose mention is name, or nil.
func placeNamed(ps []model.Place, name string) *model.Place {
	for i := range ps {
		if ps[i].Name == name {
			return &ps[i]
		}
	}
	return nil
}

// checkPlaces parses text and checks that each of present is found as a
// place and none of absent is.
func checkPlaces(t *testing.T, p *Parser, text string, present, absent []string) {
	t.Helper()
	ps := mustParse(t, p, text)
	for _, n := range present {
		if placeNamed(ps, n) == nil {
			t.Errorf("%q: no place %q in %v", text, n, names(ps))
		}
	}
	for _, n := range absent {
		if pl := placeNamed(ps, n); pl != nil {
			t.Errorf("%q: %q taken for a place (%s)", text, n, pl.GazetteerID)
		}
	}
}

// resolveCase is one gold-span resolution check: every occurrence of the
// names in spans is given as a span, and every place named name must lie
// in country cc (and division a1, with feature code fc, or be entry id,
// where given).
type resolveCase struct {
	text  string
	spans []string
	name  string
	cc    string
	a1    string
	fc    string
	id    string
}

// checkResolved resolves each case's spans and checks the places named.
func checkResolved(t *testing.T, p *Parser, cases []resolveCase) {
	t.Helper()
	for _, tc := range cases {
		var spans []model.Span
		for _, n := range tc.spans {
			rest, off := tc.text, 0
			for {
				i := strings.Index(rest, n)
				if i < 0 {
					break
				}
				start := len([]rune(tc.text[:off+i]))
				spans = append(spans, model.Span{Start: start, End: start + len([]rune(n))})
				off += i + len(n)
				rest = tc.text[off:]
			}
		}
		sort.Slice(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
		ps, err := p.Resolve(context.Background(), tc.text, spans)
		if err != nil {
			t.Fatalf("Resolve(%q): %v", tc.text, err)
		}
		seen := 0
		for _, pl := range ps {
			if pl.Name != tc.name {
				continue
			}
			seen++
			if tc.cc != "" && pl.CountryCode != tc.cc || tc.a1 != "" && pl.Admin1 != tc.a1 ||
				tc.fc != "" && pl.FeatureCode != tc.fc || tc.id != "" && pl.GazetteerID != tc.id {
				t.Errorf("%q: %s → %s (%s, %s, %s), want cc %q a1 %q fc %q id %q", tc.text, tc.name, pl.GazetteerID,
					pl.CountryCode, pl.Admin1, pl.FeatureCode, tc.cc, tc.a1, tc.fc, tc.id)
			}
		}
		if seen == 0 {
			t.Errorf("%q: no place %q", tc.text, tc.name)
		}
	}
}
