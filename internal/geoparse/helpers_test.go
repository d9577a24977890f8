package geoparse

import (
	"context"
	"os"
	"os/exec"
	"sync"
	"testing"

	"github.com/geowire/geowire/internal/config"
	"github.com/geowire/geowire/internal/gazetteer"
	"github.com/geowire/geowire/internal/model"
)

var (
	realOnce sync.Once
	realP    *Parser
	realErr  error
	realSkip string
)

// mustParser returns a parser over the real gazetteer of the data
// directory (GEOWIRE_DATA_DIR, else the default), building it with npm
// when it is missing; it skips the test when that is impossible.
func mustParser(tb testing.TB) *Parser {
	tb.Helper()
	realOnce.Do(func() {
		dir, err := config.DataDir(os.Getenv)
		if err != nil {
			realErr = err
			return
		}
		if _, err := os.Stat(gazetteer.Path(dir)); err != nil {
			if _, err := exec.LookPath("npm"); err != nil {
				realSkip = "no gazetteer in " + dir + " and no npm to build it: run `geowire gazetteer build`"
				return
			}
		}
		g, err := gazetteer.Ensure(context.Background(), dir, os.Stderr)
		if err != nil {
			realErr = err
			return
		}
		realP, realErr = New(g, Options{})
	})
	if realSkip != "" {
		tb.Skip(realSkip)
	}
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
