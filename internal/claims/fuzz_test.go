package claims

import (
	"context"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/geowire/geowire/internal/config"
	"github.com/geowire/geowire/internal/gazetteer"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/nlp"
)

// fuzzGazetteer opens the gazetteer when it is built, else returns nil:
// the finder must hold up with and without one.
func fuzzGazetteer() *gazetteer.Gazetteer {
	dir, err := config.DataDir(os.Getenv)
	if err != nil {
		return nil
	}
	g, err := gazetteer.Open(gazetteer.Path(dir))
	if err != nil {
		return nil
	}
	return g
}

// FuzzFind runs the finder and the checker over arbitrary text, with
// places resolved from its capitalised words (when the gazetteer is
// there) plus places with arbitrary, often invalid, spans and coordinates.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Belgorod, 45 miles (72 km) north of Kharkiv, is near the Ukrainian border.",
		"Sevastopol, in Russian-occupied Crimea, lies 160 nautical miles southeast of Odesa.",
		"Kharkiv lies -20 km from Kyiv, or 4,000,000 km from the front line, within 10 km of the border with Russia.",
		"Irpin, on the outskirts of Kyiv, deep inside Russian territory, close to the Russia-Ukraine border.",
		"The deepest strike yet hit a Russian airfield in Irkutsk Oblast, relatively close to the border with China.",
		"near near near of of from the border with", "5 km north of", "in in in , , Kyiv, Ukraine",
		"Šakalienė’s town, 3 km (2 mi) from Usol’ye-Sibirskoye. 北京 10 km.",
	} {
		f.Add(s, []byte{1, 2, 3, 200})
	}
	g := fuzzGazetteer()
	f.Fuzz(func(t *testing.T, text string, extra []byte) {
		places := fuzzPlaces(g, text, extra)
		r := nlp.ReadText(text, nil)
		cs, err := Check(context.Background(), g, &model.Document{Text: text}, r, places)
		if err != nil {
			t.Fatal(err)
		}
		n := utf8.RuneCountInString(text)
		for _, c := range cs {
			if c.Span.Start < 0 || c.Span.End > n || c.Span.Start >= c.Span.End {
				t.Fatalf("claim %q has span %v in %d code points", c.Text, c.Span, n)
			}
			if c.Verdict == "" || c.Reason == "" {
				t.Fatalf("claim %q without verdict or reason: %+v", c.Text, c)
			}
		}
		// Without a gazetteer and without a reading, nothing breaks either.
		if _, err := Check(context.Background(), nil, &model.Document{Text: text}, nil, places); err != nil {
			t.Fatal(err)
		}
	})
}

// fuzzPlaces resolves capitalised words and adds arbitrary places.
func fuzzPlaces(g *gazetteer.Gazetteer, text string, extra []byte) []model.Place {
	var out []model.Place
	if g != nil {
		pos := 0
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			i := strings.Index(text[pos:], w)
			if i < 0 {
				break
			}
			i += pos
			pos = i + len(w)
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				continue
			}
			if e := g.Best(w); e != nil {
				start := utf8.RuneCountInString(text[:i])
				out = append(out, placeOfEntry(e, model.Span{Start: start, End: start + utf8.RuneCountInString(w)}, false))
			}
		}
	}
	codes := []string{"PPL", "ADM1", "PCLI", "AIRB", "RGN", ""}
	for k := 0; k+3 < len(extra) && k < 40; k += 4 {
		out = append(out, model.Place{
			Start: int(extra[k]) - 8, End: int(extra[k]) + int(extra[k+1]%16) - 8,
			Name: "X", GazetteerID: "country:" + string(rune('A'+extra[k+2]%26)) + "A",
			Lat: float64(int(extra[k+2])-128) * 0.8, Lon: float64(int(extra[k+3])-128) * 1.5,
			FeatureCode: codes[int(extra[k+3])%len(codes)], CountryCode: "UA", Admin1: "UA.07",
			Metonymic: extra[k]%7 == 0, Adjective: extra[k+1]%5 == 0,
		})
	}
	return out
}
