package events

import (
	"context"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/nlp"
)

// FuzzCode runs random text through the nlp reading and the coder: no
// panic, and every evidence span of the article lies inside the text and
// gives the evidence's text.
func FuzzCode(f *testing.F) {
	for _, c := range loadCases(f) {
		f.Add(c.Text)
	}
	f.Add("On 3 May 2025, (Kano (State)) protesters burned tyres; police fired tear gas, killing 2.")
	f.Add("((((\u00a0 ‘’ — – 1,2,3-4 a dozen dozens of @x #y")
	f.Add("")
	pub := time.Date(2025, 6, 5, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := mustDoc(text, &pub)
		r := nlp.ReadText(text, &pub)
		evs, err := Code(context.Background(), doc, r, nil, Options{All: true, Explain: true})
		if err != nil {
			t.Fatal(err)
		}
		runes := []rune(text)
		for _, e := range evs {
			for k, ev := range e.Evidence {
				if ev.Embed != nil {
					continue
				}
				if ev.Start < 0 || ev.End > len(runes) || ev.Start > ev.End {
					t.Fatalf("%s evidence %q [%d,%d) outside the text (%d code points)", k, ev.Text, ev.Start, ev.End, len(runes))
				}
				if k == "trigger" && ev.Text != string(runes[ev.Start:ev.End]) {
					t.Fatalf("trigger evidence %q, span gives %q", ev.Text, string(runes[ev.Start:ev.End]))
				}
			}
		}
	})
}

func mustDoc(text string, pub *time.Time) *model.Document {
	return &model.Document{ID: "fuzz", Text: text, Published: pub}
}
