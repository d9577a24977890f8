package geoparse

import (
	"context"
	"os"
	"testing"

	"github.com/geowire/geowire/internal/extract"
)

// TestSeedArticle checks the places table of the shared seed article's
// README (../../../shared/examples/seed-article): extract, then geoparse.
func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile("../../../shared/examples/seed-article/article.txt")
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	p := mustParser(t)
	doc, err := extract.Extract(context.Background(), raw, extract.Options{Format: extract.FormatText})
	if doc == nil {
		t.Fatalf("extract: %v", err)
	}
	ps := mustParse(t, p, doc.Text)
	rs := []rune(doc.Text)
	for _, pl := range ps {
		if string(rs[pl.Start:pl.End]) != pl.Name {
			t.Errorf("span [%d,%d) = %q, name %q", pl.Start, pl.End, string(rs[pl.Start:pl.End]), pl.Name)
		}
	}
	tests := []struct {
		mention, id, cc, a1, code string
		metonymic                 bool
	}{
		{mention: "Belaya Air Base", id: "ourairports:34948", cc: "RU", a1: "RU.20"},
		{mention: "Belaya", id: "ourairports:34948", cc: "RU", a1: "RU.20"},
		{mention: "Irkutsk Oblast", cc: "RU", a1: "RU.20", code: "ADM1"},
		{mention: "Russia", id: "country:RU"},
		{mention: "Ukraine", id: "country:UA"},
		{mention: "China", id: "country:CN"},
		{mention: "Singapore", id: "geonames:1880252"},
		{mention: "Taiwan", cc: "TW"},
		{mention: "Beijing", id: "geonames:1816670", metonymic: true},
		{mention: "Moscow", id: "geonames:524901", metonymic: true},
		{mention: "Kyiv", id: "geonames:703448", metonymic: true},
		{mention: "Siberia", id: "region:siberia"},
		{mention: "Indo-Pacific", id: "region:indo-pacific"},
		{mention: "Europe", id: "region:europe"},
	}
	for _, tt := range tests {
		t.Run(tt.mention, func(t *testing.T) {
			var found, meto bool
			for _, pl := range ps {
				if pl.Name != tt.mention {
					continue
				}
				found = true
				meto = meto || pl.Metonymic
				if tt.id != "" && pl.GazetteerID != tt.id {
					t.Errorf("%s at %d → %s, want %s", pl.Name, pl.Start, pl.GazetteerID, tt.id)
				}
				if tt.cc != "" && pl.CountryCode != tt.cc {
					t.Errorf("%s → country %s, want %s", pl.Name, pl.CountryCode, tt.cc)
				}
				if tt.a1 != "" && pl.Admin1 != tt.a1 {
					t.Errorf("%s → admin1 %s, want %s", pl.Name, pl.Admin1, tt.a1)
				}
				if tt.code != "" && pl.FeatureCode != tt.code {
					t.Errorf("%s → feature %s, want %s", pl.Name, pl.FeatureCode, tt.code)
				}
			}
			if !found {
				t.Fatalf("no mention %q among %v", tt.mention, names(ps))
			}
			if tt.metonymic && !meto {
				t.Errorf("%s never marked metonymic", tt.mention)
			}
		})
	}
	for _, pl := range ps {
		if pl.Name == "Shangri-La" {
			t.Errorf("Shangri-La (the dialogue's hotel) taken for a place: %s", pl.GazetteerID)
		}
	}
	if pl := placeNamed(ps, "Lithuanian"); pl == nil || pl.CountryCode != "LT" || !pl.Adjective {
		t.Errorf("Lithuanian → %+v, want an adjective of LT", pl)
	}
}
