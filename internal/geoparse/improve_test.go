package geoparse

import (
	"context"
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/model"
)

// spansOf returns the code-point spans of the given names, each at its
// first occurrence in text.
func spansOf(t *testing.T, text string, names ...string) []model.Span {
	t.Helper()
	var out []model.Span
	for _, n := range names {
		i := strings.Index(text, n)
		if i < 0 {
			t.Fatalf("no %q in %q", n, text)
		}
		start := len([]rune(text[:i]))
		out = append(out, model.Span{Start: start, End: start + len([]rune(n))})
	}
	return out
}

// TestArabicSpellings: names with the Arabic article, written otherwise
// than GeoNames writes them, are found as a whole and placed in the
// country the text is about, not at a namesake abroad or at a part of
// the name ("Ain").
func TestArabicSpellings(t *testing.T) {
	p := mustParser(t)
	text := "Turkish troops shelled Ras al-Ain, a border town in northern Syria, and fighters retreated towards Tal Abyad and Deir al-Zour."
	ps := mustParse(t, p, text)
	for _, name := range []string{"Ras al-Ain", "Tal Abyad", "Deir al-Zour"} {
		pl := placeNamed(ps, name)
		if pl == nil {
			t.Errorf("no %q in %v", name, names(ps))
			continue
		}
		if pl.CountryCode != "SY" {
			t.Errorf("%s → %s in %s, want Syria", name, pl.GazetteerID, pl.CountryCode)
		}
	}
	// with the spans given, too
	rs, err := p.Resolve(context.Background(), text, spansOf(t, text, "Ras al-Ain", "Syria"))
	if err != nil {
		t.Fatal(err)
	}
	if rs[0].CountryCode != "SY" {
		t.Errorf("Ras al-Ain (span) → %s in %s, want Syria", rs[0].GazetteerID, rs[0].CountryCode)
	}
}

// TestArticleNames: "the Gulf" is the name the gazetteer gives with its
// article, not the province that a bare "Gulf" may also be.
func TestArticleNames(t *testing.T) {
	p := mustParser(t)
	text := "Tankers crossing the Gulf were attacked near Fujairah, officials in Iran and Oman said."
	rs, err := p.Resolve(context.Background(), text, spansOf(t, text, "Gulf", "Fujairah", "Iran", "Oman"))
	if err != nil {
		t.Fatal(err)
	}
	if rs[0].GazetteerID != "region:persian-gulf" {
		t.Errorf("the Gulf → %s, want the Persian Gulf", rs[0].GazetteerID)
	}
}

// TestSeatsOfPower: "the White House said" names an institution and makes
// no mention; at the White House, or a town called so with its state,
// it does.
func TestSeatsOfPower(t *testing.T) {
	p := mustParser(t)
	if ps := mustParse(t, p, "The White House said on Monday that it would respond to the letter."); placeNamed(ps, "White House") != nil {
		t.Errorf("institution taken for a place: %v", names(ps))
	}
	ps := mustParse(t, p, "Hundreds of protesters gathered outside the White House on Sunday.")
	if pl := placeNamed(ps, "White House"); pl == nil || pl.GazetteerID != "geonames:4140963" {
		t.Errorf("outside the White House → %v, want Washington", pl)
	}
	ps = mustParse(t, p, "A tornado hit White House, Tenn., on Monday.")
	if pl := placeNamed(ps, "White House"); pl == nil || pl.Admin1 != "US.TN" {
		t.Errorf("White House, Tenn. → %v, want the Tennessee town", pl)
	}
}

// TestBuildingAfterTown: a town's name before a building's head word is
// the building, placed in the town, as one mention.
func TestBuildingAfterTown(t *testing.T) {
	p := mustParser(t)
	ps := mustParse(t, p, "Keepers at the Dayton Zoo fed the animals while Ohio officials watched.")
	pl := placeNamed(ps, "Dayton Zoo")
	if pl == nil {
		t.Fatalf("no Dayton Zoo in %v", names(ps))
	}
	if pl.Admin1 != "US.OH" {
		t.Errorf("Dayton Zoo → %s in %s, want Ohio", pl.GazetteerID, pl.Admin1)
	}
	if placeNamed(ps, "Dayton") != nil {
		t.Errorf("Dayton reported apart from the zoo: %v", names(ps))
	}
}

// TestShortAndLongName: a text that writes both "Mexico City" and
// "Mexico" means the country by the short name.
func TestShortAndLongName(t *testing.T) {
	p := mustParser(t)
	tests := []struct{ text, name, id string }{
		{"Flu cases rose in Mexico, where officials in Mexico City closed schools.", "Mexico", "country:MX"},
		{"Oil prices fell as Kuwait City hosted talks; Kuwait said output would rise.", "Kuwait", "country:KW"},
	}
	for _, tt := range tests {
		ps := mustParse(t, p, tt.text)
		if pl := placeNamed(ps, tt.name); pl == nil || pl.GazetteerID != tt.id {
			t.Errorf("%q: %s → %v, want %s", tt.text, tt.name, pl, tt.id)
		}
	}
}

// TestArticleCommonNoun: "the Valley" of a story in Arizona is no favour
// to Anguilla's small capital "The Valley".
func TestArticleCommonNoun(t *testing.T) {
	p := mustParser(t)
	text := "Wildfires spread across the Valley near Phoenix, Arizona, on Tuesday."
	rs, err := p.Resolve(context.Background(), text, spansOf(t, text, "Valley", "Phoenix", "Arizona"))
	if err != nil {
		t.Fatal(err)
	}
	if rs[0].CountryCode == "AI" {
		t.Errorf("the Valley → %s in Anguilla", rs[0].GazetteerID)
	}
}

// TestLonelyTown: a bare word that is only a small town in a country the
// text never points to is no mention; with a place word before it, or in
// a story set in its country, it is.
func TestLonelyTown(t *testing.T) {
	p := mustParser(t)
	ps := mustParse(t, p, "At the festival in Vienna, the pianist played Chopin and Haydn, critics said.")
	if placeNamed(ps, "Chopin") != nil || placeNamed(ps, "Haydn") != nil || placeNamed(ps, "Vienna") == nil {
		t.Errorf("composers taken for towns, or Vienna lost: %v", names(ps))
	}
	// a story next door, or one that points nowhere else, keeps its town
	if ps := mustParse(t, p, "Russian forces shelled Avdiivka overnight, officials said."); placeNamed(ps, "Avdiivka") == nil {
		t.Errorf("Avdiivka beside Russia dropped: %v", names(ps))
	}
	if ps := mustParse(t, p, "Shelling hit Avdiivka overnight, officials said."); placeNamed(ps, "Avdiivka") == nil {
		t.Errorf("Avdiivka alone dropped: %v", names(ps))
	}
	if ps := mustParse(t, p, "He grew up in Lahr before moving to Boston."); placeNamed(ps, "Lahr") == nil {
		t.Errorf("Lahr after \"in\" dropped: %v", names(ps))
	}
	if ps := mustParse(t, p, "Flooding hit Tyler, Texas, on Monday. Tyler officials said roads were closed."); placeNamed(ps, "Tyler") == nil {
		t.Errorf("Tyler in a Texas story dropped: %v", names(ps))
	}
	// given as a span, a word is always placed
	text := "The pianist played Chopin at the festival."
	rs, err := p.Resolve(context.Background(), text, spansOf(t, text, "Chopin"))
	if err != nil || len(rs) != 1 {
		t.Fatalf("Resolve: %v, %v", rs, err)
	}
}
