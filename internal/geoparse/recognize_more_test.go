package geoparse

import (
	"context"
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/model"
)

// TestRecognitionConventions: spans news corpora draw for long state
// abbreviations, state schools, streets with a direction, and "St."
// alone.
func TestRecognitionConventions(t *testing.T) {
	p := mustParser(t)
	tests := []struct {
		name    string
		text    string
		present []string
		absent  []string
	}{
		{"long AP abbreviation keeps its dot", "The plant in Modesto, Calif. closed, and a mine near Marquette, Mich. opened.",
			[]string{"Calif.", "Mich.", "Modesto"}, []string{"Calif", "Mich"}},
		{"state school", "Iowa State beat Kansas State, and Oregon State Police closed a road.",
			[]string{"Iowa", "Kansas", "Oregon"}, []string{"Iowa State", "Kansas State", "Oregon State"}},
		{"New York State stays whole", "Storms hit New York State on Monday.",
			[]string{"New York State"}, nil},
		{"street with a direction", "A car hit a pole on North Maple Street near the school in Dayton.",
			[]string{"North Maple Street"}, []string{"Maple Street"}},
		{"speech verb after a place preposition", "She grew up in Moncton, and a friend from Moncton said the town had changed.",
			[]string{"Moncton"}, nil},
		{"police after a name at a sentence start", "Photo: Ocala PD. Officers arrived at noon.",
			[]string{"Ocala"}, nil},
		{"speech verb after of", `"The walls shook," a shopkeeper of Mosul told reporters.`,
			[]string{"Mosul"}, nil},
		{"abbreviation inside a name", "Storms hit Port St. Lucie on Sunday.",
			[]string{"Port St. Lucie"}, []string{"Port St."}},
		{"a town's name inside a longer name", "The Texas Supreme Court ruled on Friday.",
			[]string{"Texas"}, []string{"Supreme"}},
		{"a famous surname", "The Obama administration issued new rules in Denver.",
			[]string{"Denver"}, []string{"Obama"}},
		{"surname particle", "Actor Robert De Niro met Anna Van Dyke in Boston.",
			[]string{"Boston"}, []string{"De", "Van"}},
		{"institutions and groups", "Congress and the Duma debated while Hamas and Xinhua commented from Cairo.",
			[]string{"Cairo"}, []string{"Congress", "Duma", "Hamas", "Xinhua"}},
		{"team named after a small place", "Cedar Falls won 80-75 in Chicago.",
			[]string{"Chicago"}, []string{"Cedar Falls"}},
		{"party named after a country", "United Russia won most seats in Moscow.",
			[]string{"Moscow"}, []string{"Russia"}},
		{"a town after a person of its name", "Miss Jackson flew from Jackson, Miss., to Houston.",
			[]string{"Jackson", "Miss.", "Houston"}, nil},
		{"dateline in capitals", "ST. PAUL – The city council met on Monday.",
			[]string{"ST. PAUL"}, nil},
		{"St. alone", "The clinic at 40 Birch St. opened on St. Andrew's Day.",
			nil, []string{"St."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPlaces(t, p, tt.text, tt.present, tt.absent)
		})
	}
}

// TestTokenizeStateAbbrev: the dot of a long AP abbreviation is part of
// the word, not a sentence end of its own.
func TestTokenizeStateAbbrev(t *testing.T) {
	text := "Modesto, Calif. is hot."
	toks := tokenize(text, nil)
	found := false
	for _, tk := range toks {
		if text[tk.B:tk.E] == "Calif." {
			found = true
		}
	}
	if !found {
		t.Errorf("no token %q in %q", "Calif.", text)
	}
}

// TestLandmarksPlaceButDoNotMake: a landmark alias places a mention given
// as a span, but does not make a mention of a word the gazetteer lacks.
func TestLandmarksPlaceButDoNotMake(t *testing.T) {
	p := mustParser(t)
	text := "The Kremlin denied the report on Monday."
	if pl := placeNamed(mustParse(t, p, text), "Kremlin"); pl != nil {
		t.Errorf("end to end, Kremlin taken for a place (%s)", pl.GazetteerID)
	}
	i := strings.Index(text, "Kremlin")
	ps, err := p.Resolve(context.Background(), text, []model.Span{{Start: i, End: i + len("Kremlin")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].GazetteerID != "geonames:524901" {
		t.Errorf("span Kremlin → %v, want Moscow (geonames:524901)", names(ps))
	}
}

// TestNamedCounty: a town in a county the text names is preferred over
// its namesakes elsewhere in the same state.
func TestNamedCounty(t *testing.T) {
	p := mustParser(t)
	d := p.newDoc("Deputies in Jefferson County, Texas, searched for the driver.")
	d.recognize()
	if _, err := d.resolve(context.Background()); err != nil {
		t.Fatal(err)
	}
	texas := false
	for code, key := range d.counties {
		if key != "jefferson county" {
			t.Errorf("county %s named by %q, want \"jefferson county\"", code, key)
		}
		texas = texas || strings.HasPrefix(code, "US.TX.")
	}
	if !texas {
		t.Errorf("Jefferson County of Texas not among the named counties %v", d.counties)
	}
	ps := mustParse(t, p, "Flooding closed roads across Orange County, and shelters opened in Garden Grove and Anaheim.")
	for _, n := range []string{"Garden Grove", "Anaheim"} {
		if pl := placeNamed(ps, n); pl == nil || pl.Admin1 != "US.CA" {
			t.Errorf("%s → %v, want a town in California", n, pl)
		}
	}
}

// TestRegionalDemonyms: the people of a state, a province or a region
// are adjectives of it.
func TestRegionalDemonyms(t *testing.T) {
	p := mustParser(t)
	ps := mustParse(t, p, "Ohioans and Manitobans voted, while South Ossetian officials met Chechen leaders.")
	for _, w := range []struct{ name, a1, id string }{
		{"Ohioans", "US.OH", ""}, {"Manitobans", "CA.03", ""}, {"South Ossetian", "", "region:south-ossetia"},
		{"Chechen", "RU.12", ""},
	} {
		pl := placeNamed(ps, w.name)
		if pl == nil {
			t.Errorf("no %s in %v", w.name, names(ps))
			continue
		}
		if !pl.Adjective {
			t.Errorf("%s not marked as an adjective", w.name)
		}
		if w.a1 != "" && pl.Admin1 != w.a1 {
			t.Errorf("%s → admin1 %s, want %s", w.name, pl.Admin1, w.a1)
		}
		if w.id != "" && pl.GazetteerID != w.id {
			t.Errorf("%s → %s, want %s", w.name, pl.GazetteerID, w.id)
		}
	}
}

func TestPersonNamedFacility(t *testing.T) {
	p := mustParser(t)
	for _, tc := range []struct{ text, notPlace, place string }{
		{"Researchers at Simon Fraser University in Burnaby said so.", "Simon", "Burnaby"},
		{"Crowds gathered at John Muir Park near Martinez on Sunday.", "John", "Martinez"},
	} {
		got := mustParse(t, p, tc.text)
		names := map[string]bool{}
		for _, pl := range got {
			names[pl.Name] = true
		}
		if names[tc.notPlace] || !names[tc.place] {
			t.Errorf("%q: places %v; want %s and not %s", tc.text, names, tc.place, tc.notPlace)
		}
	}
}

func TestHyphenatedTransliterations(t *testing.T) {
	p := mustParser(t)
	got := mustParse(t, p, "Gunmen attacked a checkpoint in Pul-i-Khumri, and fighting spread to Mazar-i-Sharif and Deir ez-Zor. A far-right group met in Kherson.")
	want := map[string]string{"Pul-i-Khumri": "AF", "Mazar-i-Sharif": "AF", "Deir ez-Zor": "SY", "Kherson": "UA"}
	seen := map[string]bool{}
	for _, pl := range got {
		seen[pl.Name] = true
		if cc, ok := want[pl.Name]; ok && pl.CountryCode != cc {
			t.Errorf("%s in %s, want %s", pl.Name, pl.CountryCode, cc)
		}
		if pl.Name == "Pul" || pl.Name == "Mazar" || pl.Name == "Deir" || pl.Name == "far-right" {
			t.Errorf("a name cut at its particle: %q", pl.Name)
		}
	}
	for n := range want {
		if !seen[n] {
			t.Errorf("%s not found (places %v)", n, seen)
		}
	}
}
