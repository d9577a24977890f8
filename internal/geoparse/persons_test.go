package geoparse

import "testing"

// TestPersonNames: people's names that are also towns somewhere, in
// sentences of our own, are no places; the same words in a place context
// stay places.
func TestPersonNames(t *testing.T) {
	p := mustParser(t)
	tests := []struct {
		name    string
		text    string
		present []string
		absent  []string
	}{
		{"speech verb after a quote", `"It works," Warren says. Warren explains the plan to Halifax.`,
			[]string{"Halifax"}, []string{"Warren"}},
		{"speech verb before the name", `"We are ready," said Porter. The team flew to Denver.`,
			[]string{"Denver"}, []string{"Porter"}},
		{"according to", "According to Fletcher, the talks in Ottawa went well.",
			[]string{"Ottawa"}, []string{"Fletcher"}},
		{"age before a full name", "Seven-year-old Florence Hale paints in Regina. Florence's mother frames the pictures.",
			[]string{"Regina"}, []string{"Florence"}},
		{"kin noun", "Her son Logan was hurt near Boston.",
			[]string{"Boston"}, []string{"Logan"}},
		{"bare surnames", "Parker and Collins met reporters in Chicago.",
			[]string{"Chicago"}, []string{"Parker", "Collins"}},
		{"people, not place", "Berber traders sold rugs in Marrakesh.",
			[]string{"Marrakesh"}, []string{"Berber"}},
		{"given name before a surname", "Megan Rhodes spoke in Toronto.",
			[]string{"Toronto"}, []string{"Megan", "Rhodes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPlaces(t, p, tt.text, tt.present, tt.absent)
		})
	}
}

// TestPlaceContextsKeepNames: an age or a name-like word does not hide a
// town written in a place context.
func TestPlaceContextsKeepNames(t *testing.T) {
	p := mustParser(t)
	tests := []struct{ text, name, cc string }{
		{"A 31-year-old Fargo woman won the lottery.", "Fargo", "US"},
		{"John Carter, 43, of Muncie, was charged with theft.", "Muncie", "US"},
		{"The council met in Tyler on Monday.", "Tyler", ""},
		{"Rep. Ann Brooks, R-Mason, voted against the bill.", "Mason", "US"},
		{"The Ramsey area had snow.", "Ramsey", ""},
		{"Marion says no to the new tax. Marion residents filled the hall, and a Marion resident spoke first.", "Marion", "US"},
		{"Forecasters said the blizzard would miss Rochester.", "Rochester", "US"},
	}
	for _, tt := range tests {
		ps := mustParse(t, p, tt.text)
		pl := placeNamed(ps, tt.name)
		if pl == nil {
			t.Errorf("%q: no place %q in %v", tt.text, tt.name, names(ps))
			continue
		}
		if tt.cc != "" && pl.CountryCode != tt.cc {
			t.Errorf("%q: %s in %s, want %s", tt.text, tt.name, pl.CountryCode, tt.cc)
		}
	}
}

// TestPersonContextsMarks checks the patterns themselves on one document.
func TestPersonContextsMarks(t *testing.T) {
	p := mustParser(t)
	d := p.newDoc(`"Fine," said Nadia. The 67-year-old Edna Pratt drove. Luis Ortega, 35, stood. Mia's mother smiled.`)
	if d.spoke["nadia"] == 0 {
		t.Error(`"nadia" after "said" not marked as a speaker`)
	}
	for _, w := range []string{"edna", "pratt", "ortega", "mia"} {
		if !d.person[w] {
			t.Errorf("%q not marked as a person", w)
		}
	}
	for _, w := range []string{"edna", "pratt", "ortega", "mia"} {
		if !d.strong[w] {
			t.Errorf("%q not marked as a person beyond doubt", w)
		}
	}
	d = p.newDoc("Roads near Tyler were closed, and Downtown Tyler flooded.")
	if d.placeWord["tyler"] != 2 {
		t.Errorf("Tyler in place contexts counted %d times, want 2", d.placeWord["tyler"])
	}
}

// TestListAndHyphenContexts: a name listed after a place, or joined by a
// hyphen to a town's name, is a place; joined to a surname it is not.
func TestListAndHyphenContexts(t *testing.T) {
	p := mustParser(t)
	ps := mustParse(t, p, "Snow fell in Denton, Parker and Wise counties.")
	if placeNamed(ps, "Parker") == nil {
		t.Errorf("Parker listed after Denton not taken for a place: %v", names(ps))
	}
	mentionOf := func(d *doc, word string) *mention {
		for k := range d.toks {
			if d.tokText(k) == word {
				return &mention{ti: k, tj: k + 1, B: d.toks[k].B, E: d.toks[k].E}
			}
		}
		t.Fatalf("no token %q", word)
		return nil
	}
	d := p.newDoc("The Mason-Lindale school board met on Monday.")
	if !d.hyphenedToPlace(mentionOf(d, "Mason")) {
		t.Error("Mason joined to Lindale not in a place context")
	}
	d = p.newDoc("Congresswoman Ana Lopez-Mason spoke on Monday.")
	if d.hyphenedToPlace(mentionOf(d, "Mason")) {
		t.Error("Mason joined to the surname Lopez taken for a place context")
	}
	if !d.hyphenedToPerson(mentionOf(d, "Mason")) {
		t.Error("Lopez-Mason not read as a double-barrelled name")
	}
	d = p.newDoc("The Tyler-Lindale board met on Monday.")
	if d.hyphenedToPerson(mentionOf(d, "Lindale")) {
		t.Error("Lindale joined to the city of Tyler read as a person's name")
	}
}
