package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

func event(id, date, typ string, lat, lon float64, country string) model.Event {
	gid := int64(2014022)
	f := 2
	return model.Event{
		ID: id, Type: typ, Mode: "aerial", ACLEDEventType: "Explosions/Remote violence", ACLEDSubEventType: "Air/drone strike",
		Actor:     &model.Actor{Name: "Ukraine", Country: "UKR", Sector: model.SectorMilitary, Span: &model.Span{Start: 0, End: 7}},
		Recipient: &model.Actor{Name: "Russia", Country: "RUS", Sector: model.SectorMilitary},
		Location:  &model.EventLocation{Name: "Belaya Air Base", Lat: lat, Lon: lon, GeonameID: &gid, GazetteerID: "ourairports:1", CountryCode: country, Admin1: "RU.20", Precision: 1},
		Date:      date, DatePrecision: 2, DateBasis: "embed", Fatalities: &f, Confidence: 0.8,
		Quantities: map[string]float64{"aircraft_damaged": 41},
		Evidence:   map[string]model.Evidence{"trigger": {Start: 10, End: 15, Text: "strike"}},
	}
}

func putDoc(t *testing.T, s store.Store, url string) string {
	t.Helper()
	id, _, err := s.PutDocument(context.Background(), doc(url, "text of "+url))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func testAnalysisRoundTrip(t *testing.T, s store.Store) {
	ctx := context.Background()
	id := putDoc(t, s, "https://example.org/belaya")
	gid := int64(2014022)
	a := &store.Analysis{
		Version: "v1",
		Reading: &model.Reading{Sentences: []model.Sentence{{Span: model.Span{Start: 0, End: 20}}}},
		Places: []model.Place{
			{Start: 0, End: 15, Name: "Belaya Air Base", GazetteerID: "ourairports:1", Lat: 52.915, Lon: 103.575, FeatureCode: "AIRB", CountryCode: "RU", Admin1: "RU.20", Confidence: 0.9},
			{Start: 30, End: 44, Name: "Usolye-Sibirskoye", GeonameID: &gid, GazetteerID: "geonames:2014022", Lat: 52.75, Lon: 103.64, Metonymic: false},
		},
		Events: []model.Event{event("ev1", "2025-06-01", model.EventAssault, 52.915, 103.575, "RU")},
		Claims: []model.Claim{{Text: "more than 4,000 kilometers", Kind: model.ClaimDistance, Verdict: model.VerdictSupported,
			Stated: map[string]any{"distance_km": 4000.0}, Measured: map[string]any{"distance_km": 4299.4}}},
	}
	if err := s.PutAnalysis(ctx, id, a); err != nil {
		t.Fatalf("PutAnalysis: %v", err)
	}
	got, err := s.GetAnalysis(ctx, id)
	if err != nil {
		t.Fatalf("GetAnalysis: %v", err)
	}
	if got.Version != "v1" || got.Reading == nil || len(got.Reading.Sentences) != 1 || len(got.Places) != 2 || len(got.Events) != 1 || len(got.Claims) != 1 {
		t.Fatalf("GetAnalysis = %+v", got)
	}
	if p := got.Places[1]; p.GeonameID == nil || *p.GeonameID != gid || p.Name != "Usolye-Sibirskoye" || got.Places[0].GeonameID != nil {
		t.Fatalf("places: %+v", got.Places)
	}
	e := got.Events[0]
	if e.DocumentID != id || e.Location == nil || e.Location.Admin1 != "RU.20" || e.Fatalities == nil || *e.Fatalities != 2 ||
		e.Quantities["aircraft_damaged"] != 41 || e.Evidence["trigger"].Text != "strike" || e.Actor.Span == nil {
		t.Fatalf("event round trip: %+v", e)
	}
	if c := got.Claims[0]; c.Measured["distance_km"] != 4299.4 || c.Verdict != model.VerdictSupported {
		t.Fatalf("claim round trip: %+v", c)
	}
	// Re-analysis replaces everything.
	if err := s.PutAnalysis(ctx, id, &store.Analysis{Version: "v2", Events: []model.Event{event("ev2", "2025-06-02", model.EventAssault, 1, 1, "RU")}}); err != nil {
		t.Fatal(err)
	}
	got, err = s.GetAnalysis(ctx, id)
	if err != nil || got.Version != "v2" || len(got.Places) != 0 || len(got.Claims) != 0 || len(got.Events) != 1 || got.Events[0].ID != "ev2" {
		t.Fatalf("after re-analysis: %+v, %v", got, err)
	}
	if d, _ := s.GetDocument(ctx, id); d.PipelineVersion != "v2" {
		t.Fatalf("document pipeline version = %q, want v2", d.PipelineVersion)
	}
	if st, _ := s.Stats(ctx); st.Events != 1 {
		t.Fatalf("Stats.Events = %d, want 1", st.Events)
	}
	if err := s.PutAnalysis(ctx, "doc_missing", a); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("PutAnalysis(unknown document) err = %v, want ErrNotFound", err)
	}
	if _, err := s.GetAnalysis(ctx, "doc_missing"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("GetAnalysis(unknown) err = %v, want ErrNotFound", err)
	}
	if err := s.PutAnalysis(ctx, id, &store.Analysis{Events: []model.Event{{Type: "ASSAULT"}}}); !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("event without id err = %v, want ErrInvalid", err)
	}
}

func testQueryEvents(t *testing.T, s store.Store) {
	ctx := context.Background()
	id1 := putDoc(t, s, "https://example.org/1")
	id2 := putDoc(t, s, "https://example.org/2")
	var evs1, evs2 []model.Event
	for i := range 12 {
		evs1 = append(evs1, event(fmt.Sprintf("a%02d", i), fmt.Sprintf("2025-06-%02d", 1+i), model.EventAssault, 50+float64(i)/10, 30, "UA"))
	}
	protest := event("p1", "2025-05-20", model.EventProtest, 41.0, 29.0, "TR")
	future := event("f1", "2025-07-01", model.EventThreaten, 50, 30, "UA")
	future.Aux.Future = true
	evs2 = append(evs2, protest, future)
	if err := s.PutAnalysis(ctx, id1, &store.Analysis{Version: "v", Events: evs1}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutAnalysis(ctx, id2, &store.Analysis{Version: "v", Events: evs2}); err != nil {
		t.Fatal(err)
	}
	count := func(f store.EventFilter) []string {
		t.Helper()
		var ids []string
		for page := 0; ; page++ {
			p, err := s.QueryEvents(ctx, f)
			if err != nil {
				t.Fatalf("QueryEvents(%+v): %v", f, err)
			}
			for _, e := range p.Events {
				ids = append(ids, e.ID)
			}
			if p.Next == "" || page > 50 {
				return ids
			}
			f.After = p.Next
		}
	}
	tests := []struct {
		name  string
		f     store.EventFilter
		want  int
		first string
	}{
		{"all asserted, newest first", store.EventFilter{}, 13, "a11"},
		{"with future", store.EventFilter{IncludeAll: true}, 14, "f1"},
		{"paged by 5", store.EventFilter{Limit: 5}, 13, "a11"},
		{"date range", store.EventFilter{From: "2025-06-03", To: "2025-06-05"}, 3, "a04"},
		{"type", store.EventFilter{Types: []string{model.EventProtest}}, 1, "p1"},
		{"types", store.EventFilter{Types: []string{model.EventProtest, model.EventAssault}}, 13, "a11"},
		{"country", store.EventFilter{Country: "tr"}, 1, "p1"},
		{"bbox", store.EventFilter{BBox: &[4]float64{29.5, 50.0, 30.5, 50.45}}, 5, "a04"},
		{"document", store.EventFilter{DocumentID: id2}, 1, "p1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids := count(tt.f)
			if len(ids) != tt.want || ids[0] != tt.first {
				t.Fatalf("got %d events %v, want %d starting with %s", len(ids), ids, tt.want, tt.first)
			}
			seen := map[string]bool{}
			for _, id := range ids {
				if seen[id] {
					t.Fatalf("event %s returned twice across pages", id)
				}
				seen[id] = true
			}
		})
	}
	if _, err := s.QueryEvents(ctx, store.EventFilter{After: "!!not a cursor"}); !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("bad cursor err = %v, want ErrInvalid", err)
	}
	if _, err := s.QueryEvents(ctx, store.EventFilter{BBox: &[4]float64{10, 10, 0, 0}}); !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("inverted bbox err = %v, want ErrInvalid", err)
	}
}

// testDocumentWithAnalysis: a document put with its analysis and its
// near-duplicate link stores all three at once; a second put of the same
// document changes nothing, its analysis included.
func testDocumentWithAnalysis(t *testing.T, s store.Store) {
	ctx := context.Background()
	first := putDoc(t, s, "https://example.org/original")
	d := doc("https://mirror.example.net/copy", "a syndicated copy")
	d.DuplicateOf, d.DuplicateSimilarity = first, 0.62
	d.Analysis = &store.Analysis{
		Version: "v7",
		Places:  []model.Place{{Start: 0, End: 6, Name: "Irkutsk", GazetteerID: "geonames:2023469", Lat: 52.3, Lon: 104.3, CountryCode: "RU"}},
		Events:  []model.Event{event("ev-with-doc", "2025-06-01", model.EventAssault, 52.9, 103.6, "RU")},
		Claims:  []model.Claim{{Text: "near the border", Kind: model.ClaimProximity, Verdict: model.VerdictLoose}},
	}
	d.Clusters = map[string]string{"ev-with-doc": "cl-with-doc"}
	id, created, err := s.PutDocument(ctx, d)
	if err != nil || !created {
		t.Fatalf("PutDocument with analysis = %q, %v, %v", id, created, err)
	}
	got, err := s.GetDocument(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.DuplicateOf != first || got.DuplicateSimilarity != 0.62 || got.PipelineVersion != "v7" {
		t.Fatalf("stored document: duplicate of %q (%v), version %q", got.DuplicateOf, got.DuplicateSimilarity, got.PipelineVersion)
	}
	if o, _ := s.GetDocument(ctx, first); o.DuplicateOf != "" || o.DuplicateSimilarity != 0 {
		t.Fatalf("original marked as duplicate: %q", o.DuplicateOf)
	}
	a, err := s.GetAnalysis(ctx, id)
	if err != nil || a.Version != "v7" || len(a.Places) != 1 || len(a.Events) != 1 || len(a.Claims) != 1 || a.Events[0].DocumentID != id {
		t.Fatalf("analysis stored with the document: %+v, %v", a, err)
	}
	if c, ok := s.(store.Clusterer); ok {
		cl, err := c.GetCluster(ctx, "cl-with-doc")
		if err != nil || len(cl.Events) != 1 || cl.Events[0] != "ev-with-doc" || cl.FirstSeen != "2025-06-01" {
			t.Fatalf("cluster stored with the document: %+v, %v", cl, err)
		}
	}
	// The same document again: not created, its analysis not replaced.
	again := doc("https://mirror.example.net/copy", "a syndicated copy")
	again.Analysis = &store.Analysis{Version: "v8"}
	if id2, created, err := s.PutDocument(ctx, again); err != nil || created || id2 != id {
		t.Fatalf("second put = %q, %v, %v", id2, created, err)
	}
	if a, _ := s.GetAnalysis(ctx, id); a == nil || a.Version != "v7" || len(a.Events) != 1 {
		t.Fatalf("analysis after a second put: %+v", a)
	}
	// A bad analysis stores nothing: not the document either.
	bad := doc("https://example.org/bad", "bad analysis")
	bad.Analysis = &store.Analysis{Events: []model.Event{{Type: model.EventAssault}}}
	if _, _, err := s.PutDocument(ctx, bad); !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("event without id err = %v, want ErrInvalid", err)
	}
	if _, err := s.FindDocument(ctx, "https://example.org/bad", bad.ContentHash); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("document with a bad analysis was stored: %v", err)
	}
	// A cluster assignment naming an unknown event stores nothing.
	lost := doc("https://example.org/lost", "lost event")
	lost.Analysis = &store.Analysis{Version: "v7"}
	lost.Clusters = map[string]string{"no-such-event": "cl-x"}
	if _, _, err := s.PutDocument(ctx, lost); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("unknown event in Clusters err = %v, want ErrNotFound", err)
	}
	if _, err := s.FindDocument(ctx, "https://example.org/lost", lost.ContentHash); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("document with a bad cluster assignment was stored: %v", err)
	}
	self := doc("https://example.org/self", "self")
	self.ID = "doc_self"
	self.DuplicateOf = "doc_self"
	if _, _, err := s.PutDocument(ctx, self); !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("self-duplicate err = %v, want ErrInvalid", err)
	}
}
