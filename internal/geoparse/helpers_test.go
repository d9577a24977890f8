package geoparse

import (
	"context"
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
