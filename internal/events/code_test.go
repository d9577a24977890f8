package events

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/nlp"
)

// sentenceCase is one line of testdata/sentences.jsonl: a sentence written
// for these tests and what coding it must give.
type sentenceCase struct {
	Name         string   `json:"name"`
	Text         string   `json:"text"`
	Want         []string `json:"want"`    // PLOVER types of the asserted events (exactly)
	Not          []string `json:"not"`     // types that must not be coded, even with All
	All          []string `json:"all"`     // types that appear only with All
	Alleged      string   `json:"alleged"` // a type whose event is marked alleged
	Mode         string   `json:"mode"`
	ACLED        string   `json:"acled"` // the first event's ACLED sub-event type
	Fatalities   *int     `json:"fatalities"`
	ActorCountry string   `json:"actor_country"`
}

func loadCases(tb testing.TB) []sentenceCase {
	tb.Helper()
	f, err := os.Open("testdata/sentences.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []sentenceCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c sentenceCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			tb.Fatalf("testdata/sentences.jsonl: %v", err)
		}
		out = append(out, c)
	}
	return out
}

// mustCode reads and codes a text as one document.
func mustCode(tb testing.TB, text string, opt Options) []model.Event {
	tb.Helper()
	return mustCodePlaces(tb, text, nil, opt)
}

// mustCodePlaces reads and codes a text as one document with the places
// the geoparser would have found in it.
func mustCodePlaces(tb testing.TB, text string, places []model.Place, opt Options) []model.Event {
	tb.Helper()
	pub := time.Date(2025, 6, 5, 0, 0, 0, 0, time.UTC)
	doc := &model.Document{ID: "t", Text: text, Published: &pub}
	r, err := nlp.Read(context.Background(), doc)
	if err != nil {
		tb.Fatal(err)
	}
	evs, err := Code(context.Background(), doc, r, places, opt)
	if err != nil {
		tb.Fatal(err)
	}
	return evs
}

func types(evs []model.Event) []string {
	var out []string
	for _, e := range evs {
		if !slices.Contains(out, e.Type) {
			out = append(out, e.Type)
		}
	}
	slices.Sort(out)
	return out
}

func TestSentences(t *testing.T) {
	for _, c := range loadCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			evs := mustCode(t, c.Text, Options{})
			all := mustCode(t, c.Text, Options{All: true, Explain: true})
			want := slices.Clone(c.Want)
			slices.Sort(want)
			if got := types(evs); !slices.Equal(got, want) {
				t.Errorf("types = %v, want %v", got, want)
				for _, e := range all {
					t.Logf("  %s %s aux=%+v %v", e.Type, e.ACLEDSubEventType, e.Aux, e.Reasons)
				}
			}
			for _, n := range c.Not {
				if slices.Contains(types(evs), n) {
					t.Errorf("coded %s, which must not be", n)
				}
			}
			for _, a := range c.All {
				if !slices.Contains(types(all), a) {
					t.Errorf("with All: no %s in %v", a, types(all))
				}
			}
			if c.Alleged != "" {
				ok := false
				for _, e := range evs {
					ok = ok || e.Type == c.Alleged && e.Aux.Alleged
				}
				if !ok {
					t.Errorf("no alleged %s", c.Alleged)
				}
			}
			if len(evs) == 0 {
				return
			}
			first := evs[0]
			if c.ACLED != "" {
				got := ""
				for _, e := range evs {
					if e.ACLEDSubEventType != "" {
						got = e.ACLEDSubEventType
						break
					}
				}
				if got != c.ACLED {
					t.Errorf("ACLED = %q, want %q", got, c.ACLED)
				}
			}
			if c.Mode != "" && first.Mode != c.Mode {
				t.Errorf("mode = %q, want %q", first.Mode, c.Mode)
			}
			if c.Fatalities != nil {
				if got := totalFatalities(evs); got != *c.Fatalities {
					t.Errorf("fatalities = %d, want %d", got, *c.Fatalities)
				}
			}
			if c.ActorCountry != "" && (first.Actor == nil || first.Actor.Country != c.ActorCountry) {
				t.Errorf("actor = %+v, want country %s", first.Actor, c.ActorCountry)
			}
			// every event carries the evidence of its trigger
			for _, e := range evs {
				if ev, ok := e.Evidence["trigger"]; !ok || ev.End <= ev.Start {
					t.Errorf("%s: no trigger evidence", e.Type)
				}
			}
		})
	}
}

func TestEvidenceSpansAreCodePoints(t *testing.T) {
	text := "Šakalienė said Russian forces shelled Usol’ye on Monday, killing two civilians."
	evs := mustCode(t, text, Options{})
	if len(evs) == 0 {
		t.Fatal("no event")
	}
	r := []rune(text)
	for k, ev := range evs[0].Evidence {
		if ev.Embed != nil {
			continue
		}
		if got := string(r[ev.Start:ev.End]); ev.Text != "" && got != ev.Text {
			t.Errorf("%s: span gives %q, text %q", k, got, ev.Text)
		}
	}
}

func TestIDsStable(t *testing.T) {
	text := "Gunmen attacked a village and killed five people."
	a, b := mustCode(t, text, Options{}), mustCode(t, text, Options{})
	if len(a) == 0 || a[0].ID != b[0].ID {
		t.Fatalf("ids differ or no event: %v %v", a, b)
	}
}

func TestMergeOneEventPerDocument(t *testing.T) {
	text := "A drone strike hit the air base on Sunday. The strike destroyed two aircraft. Officials said the attack was the deepest so far."
	evs := mustCode(t, text, Options{})
	n := 0
	for _, e := range evs {
		if e.Type == model.EventAssault {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d ASSAULT events, want 1 (one strike mentioned three times)", n)
	}
}

func TestNilDocument(t *testing.T) {
	if _, err := Code(context.Background(), nil, nil, nil, Options{}); err != ErrNilDocument {
		t.Fatalf("err = %v", err)
	}
}

func BenchmarkCode(b *testing.B) {
	cases := loadCases(b)
	type pre struct {
		doc *model.Document
		r   *model.Reading
	}
	var docs []pre
	sentences := 0
	for _, c := range cases {
		doc := &model.Document{Text: c.Text}
		r, _ := nlp.Read(context.Background(), doc)
		sentences += len(r.Sentences)
		docs = append(docs, pre{doc, r})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := Code(context.Background(), d.doc, d.r, nil, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
