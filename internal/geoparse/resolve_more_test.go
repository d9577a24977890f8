package geoparse

import (
	"context"
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/model"
)

// TestLandmarksAndCapitals: seats of power and airports known by a bare
// name, and the capital of a country the text names.
func TestLandmarksAndCapitals(t *testing.T) {
	p := mustParser(t)
	tests := []struct{ text, name, id string }{
		{"At the White House, the president met mayors from Dayton, Ohio.", "White House", "geonames:4140963"},
		{"Flights at Heathrow were delayed by fog across England.", "Heathrow", "ourairports:2434"},
		{"Students from Tennessee toured France and spent a week in Paris.", "Paris", "geonames:2988507"},
		{"Hollywood celebrated the awards.", "Hollywood", "geonames:5368361"},
		{"Officials in Trenton, New Jersey, agreed, the Washington Post reported.", "Washington", "geonames:4140963"},
		{"Passengers flown from Heathrow reached New York and Chicago.", "Heathrow", "ourairports:2434"},
	}
	for _, tt := range tests {
		ps := mustParse(t, p, tt.text)
		pl := placeNamed(ps, tt.name)
		if pl == nil {
			t.Errorf("%q: no place %q in %v", tt.text, tt.name, names(ps))
			continue
		}
		if pl.GazetteerID != tt.id {
			t.Errorf("%q: %s → %s, want %s", tt.text, tt.name, pl.GazetteerID, tt.id)
		}
	}
	// a container still wins over the landmark's city
	ps := mustParse(t, p, "A storm hit Hollywood, Fla., on Monday.")
	if pl := placeNamed(ps, "Hollywood"); pl == nil || pl.Admin1 != "US.FL" {
		t.Errorf("Hollywood, Fla. → %v, want the Florida city", pl)
	}
}

// TestStrayVillage: a name the gazetteer knows only as a small village
// abroad takes the story's local focus.
func TestStrayVillage(t *testing.T) {
	p := mustParser(t)
	text := "Volunteers from Glasgow cleaned up Riverbend, a park beside the river in Glasgow, Scotland."
	rs := []rune(text)
	span := func(s string) model.Span {
		i := strings.Index(text, s)
		start := len([]rune(text[:i]))
		return model.Span{Start: start, End: start + len([]rune(s))}
	}
	ps, err := p.Resolve(context.Background(), text, []model.Span{span("Glasgow"), span("Riverbend"), span("Scotland")})
	if err != nil {
		t.Fatal(err)
	}
	pl := placeNamed(ps, "Riverbend")
	if pl == nil {
		t.Fatalf("no Riverbend in %v", names(ps))
	}
	if pl.CountryCode != "GB" {
		t.Errorf("Riverbend → %s in %s (%s), want the story's focus in GB", pl.GazetteerID, pl.CountryCode, string(rs[pl.Start:pl.End]))
	}
}
