package geoparse

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/geowire/geowire/internal/model"
)

// FuzzRecognize feeds odd text to the recogniser and the span resolver:
// no panic, spans inside the text and in order.
func FuzzRecognize(f *testing.F) {
	for _, s := range []string{"", "Kyiv", "Bangor, Maine", "U.S. and D.C.", "Usol’ye-Sibirskoye's", "W.Va. 61",
		"(Kharkiv) [Lviv] «Odesa»", "The Soviet Union", "北京 москва", "\xff\xfe", "St. Louis, Mo.", "A-B-C-D-E-F-G-H",
		"Ras al-Ain and Deir ez-Zor", "al- el- al-", "the Gulf", "Dayton Zoo Zoo", "Mexico City, Mexico"} {
		f.Add(s, 0, 4)
	}
	p := mustParser(f)
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		ps, err := p.Parse(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		n := utf8.RuneCountInString(text)
		last := -1
		for _, pl := range ps {
			if pl.Start < 0 || pl.End > n || pl.Start >= pl.End || pl.Start < last {
				t.Fatalf("bad span %+v in %d code points", pl, n)
			}
			last = pl.Start
		}
		if a >= 0 && b > a && b <= n {
			if _, err := p.Resolve(context.Background(), text, []model.Span{{Start: a, End: b}}); err != nil {
				t.Fatal(err)
			}
		}
	})
}
