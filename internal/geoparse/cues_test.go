package geoparse

import "testing"

// TestSharedCue: "the province of Ontario" says what every "Ontario" of
// the text is, even beside a state whose small town bears the name; "the
// state of" admits a country; a cue after a name ("the Donetsk region")
// is not shared with the bare name.
func TestSharedCue(t *testing.T) {
	p := mustParser(t)
	checkResolved(t, p, []resolveCase{
		{text: "Clinics in the province of Ontario are full. Patients from Ontario were flown to Fresno, California, and Ontario officials paid.",
			spans: []string{"Ontario", "Fresno", "California"}, name: "Ontario", a1: "CA.08", fc: "ADM1"},
		{text: "Ships docked in the state of Qatar; Qatar officials welcomed them.",
			spans: []string{"Qatar"}, name: "Qatar", id: "country:QA"},
		{text: "Crews in the city of Rochester, New York, cleared snow as Rochester schools closed.",
			spans: []string{"Rochester", "New York"}, name: "Rochester", fc: "PPLA2", a1: "US.NY"},
		// a cue after a name is its own: the city of the second mention stays
		{text: "Shelling hit villages across the Donetsk region, and the mayor of the city of Kramatorsk met officials who had fled Donetsk by train.",
			spans: []string{"Donetsk", "Kramatorsk"}, name: "Donetsk", fc: "PPLA"},
	})
}

// TestCueBeforeNeedsArticle: "the city of Ikeja" names the city; "Ayetoro
// village of Ikeja" says where the village lies and asks nothing of Ikeja.
func TestCueBeforeNeedsArticle(t *testing.T) {
	p := mustParser(t)
	for _, tc := range []struct{ text, want string }{
		{"Families moved to the city of Ikeja last year.", "P"},
		{"Families fled Ayetoro village of Ikeja last year.", ""},
		{"Ships docked in the state of Qatar.", "A0"},
	} {
		d := p.newDoc(tc.text)
		k := 0
		for ; k < len(d.toks) && d.tokText(k) != "Ikeja" && d.tokText(k) != "Qatar"; k++ {
		}
		m := mention{ti: k, tj: k + 1}
		if got := d.cueBefore(&m); got != tc.want {
			t.Errorf("%q: cue %q, want %q", tc.text, got, tc.want)
		}
	}
}
