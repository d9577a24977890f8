package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// filterFixture stores two documents from two sources with a spread of
// events: 10 ASSAULT events along a meridian near Kyiv (doc 1, "Test
// Wire") and a PROTEST in Istanbul plus a REQUEST in Kyiv by "Zelensky"
// (doc 2, "Other Wire", about protests).
func filterFixture(t *testing.T, s store.Store) (id1, id2 string) {
	t.Helper()
	ctx := context.Background()
	id1 = putDoc(t, s, "https://example.org/f1")
	d2 := doc("https://example.org/f2", "Crowds protested in Istanbul against the new law.")
	d2.Source = "Other Wire"
	d2.Title = "Protest in Istanbul"
	id2, _, err := s.PutDocument(ctx, d2)
	if err != nil {
		t.Fatal(err)
	}
	var evs []model.Event
	for i := range 10 {
		// 0.1° of latitude apart: about 11.1 km.
		e := event(fmt.Sprintf("k%02d", i), fmt.Sprintf("2025-06-%02d", 10+i), model.EventAssault, 50.45+float64(i)/10, 30.52, "UA")
		e.Location.Admin1 = "UA.12"
		if i%2 == 1 {
			e.Mode = "ground"
		}
		evs = append(evs, e)
	}
	if err := s.PutAnalysis(ctx, id1, &store.Analysis{Version: "v", Events: evs}); err != nil {
		t.Fatal(err)
	}
	protest := event("p1", "2025-05-20", model.EventProtest, 41.01, 28.98, "TR")
	protest.Mode, protest.Location.Admin1 = "demonstrate", "TR.34"
	protest.Actor = &model.Actor{Name: "Protesters", Sector: model.SectorProtesters}
	protest.Recipient = nil
	request := event("r1", "2025-05-21", model.EventRequest, 50.45, 30.52, "UA")
	request.Mode = ""
	request.Actor = &model.Actor{Name: "Volodymyr Zelensky", Country: "UKR"}
	if err := s.PutAnalysis(ctx, id2, &store.Analysis{Version: "v", Events: []model.Event{protest, request}}); err != nil {
		t.Fatal(err)
	}
	return id1, id2
}

func testEventFilters(t *testing.T, s store.Store) {
	ctx := context.Background()
	id1, id2 := filterFixture(t, s)
	tests := []struct {
		name string
		f    store.EventFilter
		want []string // all ids, in order
	}{
		{"id", store.EventFilter{ID: "k03"}, []string{"k03"}},
		{"modes", store.EventFilter{Modes: []string{"ground", "demonstrate"}}, []string{"k09", "k07", "k05", "k03", "k01", "p1"}},
		{"actor substring, any case", store.EventFilter{Actor: "zelen"}, []string{"r1"}},
		{"actor matches recipient", store.EventFilter{Actor: "RUSSIA", From: "2025-06-18"}, []string{"k09", "k08"}},
		{"actor wildcards are literal", store.EventFilter{Actor: "%"}, nil},
		{"admin1", store.EventFilter{Admin1: "TR.34"}, []string{"p1"}},
		{"source", store.EventFilter{Source: "Other Wire"}, []string{"r1", "p1"}},
		{"text", store.EventFilter{Text: "istanbul protested"}, []string{"r1", "p1"}},
		{"text is never syntax", store.EventFilter{Text: `"; DROP TABLE events; -- OR *`}, nil},
		{"near 25 km of Kyiv", store.EventFilter{Near: &store.Circle{Lat: 50.45, Lon: 30.52, RadiusKm: 25}}, []string{"k02", "k01", "k00", "r1"}},
		{"oldest first", store.EventFilter{Order: store.OrderOldest, To: "2025-06-11"}, []string{"p1", "r1", "k00", "k01"}},
		{"types, repeated, in date order", store.EventFilter{Types: []string{model.EventProtest, model.EventAssault, model.EventRequest, model.EventProtest}, From: "2025-06-16"},
			[]string{"k09", "k08", "k07", "k06"}},
		{"types oldest first", store.EventFilter{Types: []string{model.EventAssault, model.EventProtest, model.EventRequest}, Order: store.OrderOldest, To: "2025-06-11"},
			[]string{"p1", "r1", "k00", "k01"}},
		{"types with other filters", store.EventFilter{Types: []string{model.EventAssault, model.EventRequest}, Near: &store.Circle{Lat: 50.45, Lon: 30.52, RadiusKm: 25}, Source: "Test Wire"},
			[]string{"k02", "k01", "k00"}},
		{"types and modes", store.EventFilter{Types: []string{model.EventAssault, model.EventProtest}, Modes: []string{"ground", "demonstrate", "aerial"}, Limit: 3},
			[]string{"k09", "k08", "k07", "k06", "k05", "k04", "k03", "k02", "k01", "k00", "p1"}},
		{"many types and modes", store.EventFilter{Types: []string{model.EventAssault, model.EventProtest, model.EventRequest},
			Modes: []string{"ground", "demonstrate", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10"}}, []string{"k09", "k07", "k05", "k03", "k01", "p1"}},
		{"modes oldest first", store.EventFilter{Modes: []string{"demonstrate", "ground"}, Order: store.OrderOldest}, []string{"p1", "k01", "k03", "k05", "k07", "k09"}},
		{"combined", store.EventFilter{Types: []string{model.EventAssault}, Modes: []string{"ground"}, Country: "ua", Admin1: "UA.12", Source: "Test Wire", From: "2025-06-15"}, []string{"k09", "k07", "k05"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, limit := range []int{0, 2} {
				f := tt.f
				f.Limit = limit
				var got []string
				for row, err := range store.Events(ctx, s, f) {
					if err != nil {
						t.Fatalf("Events(%+v): %v", f, err)
					}
					got = append(got, row.Event.ID)
				}
				if fmt.Sprint(got) != fmt.Sprint(tt.want) {
					t.Fatalf("limit %d: got %v, want %v", limit, got, tt.want)
				}
			}
		})
	}
	// Refs: each event's document and cluster.
	p, err := s.QueryEvents(ctx, store.EventFilter{ID: "p1"})
	if err != nil || len(p.Events) != 1 || len(p.Refs) != 1 {
		t.Fatalf("QueryEvents(p1) = %+v, %v", p, err)
	}
	if r := p.Refs[0].Document; r.ID != id2 || r.Source != "Other Wire" || r.Title != "Protest in Istanbul" || r.URL != "https://example.org/f2" || r.Published == nil {
		t.Fatalf("ref of p1 = %+v", p.Refs[0])
	}
	if p, _ := s.QueryEvents(ctx, store.EventFilter{ID: "k00"}); p.Refs[0].Document.ID != id1 {
		t.Fatalf("ref of k00 = %+v", p.Refs)
	}
	bad := []store.EventFilter{
		{Order: "sideways"},
		{Near: &store.Circle{Lat: 91, Lon: 0, RadiusKm: 1}},
		{Near: &store.Circle{Lat: 0, Lon: 0, RadiusKm: -1}},
		{Text: "   "},
	}
	for _, f := range bad {
		if _, err := s.QueryEvents(ctx, f); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("QueryEvents(%+v) err = %v, want ErrInvalid", f, err)
		}
	}
	// A near query around the antimeridian and a pole does not fail.
	for _, c := range []store.Circle{{Lat: 0, Lon: 179.9, RadiusKm: 50}, {Lat: 89.9, Lon: 0, RadiusKm: 50}} {
		if _, err := s.QueryEvents(ctx, store.EventFilter{Near: &c}); err != nil {
			t.Fatalf("near %+v: %v", c, err)
		}
	}
}

func testEventsIteratorStops(t *testing.T, s store.Store) {
	ctx := context.Background()
	filterFixture(t, s)
	n := 0
	for _, err := range store.Events(ctx, s, store.EventFilter{Limit: 3}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		if n == 4 {
			break
		}
	}
	if n != 4 {
		t.Fatalf("iterated %d", n)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	for _, err := range store.Events(cctx, s, store.EventFilter{}) {
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled iteration err = %v", err)
		}
	}
}

func testQueryPlaces(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := putDoc(t, s, "https://example.org/pa")
	b := putDoc(t, s, "https://example.org/pb")
	kyiv := model.Place{Name: "Kyiv", GazetteerID: "geonames:703448", Lat: 50.45, Lon: 30.52, FeatureCode: "PPLC", CountryCode: "UA", Admin1: "UA.12"}
	kiev := kyiv
	kiev.Name = "Kiev"
	ist := model.Place{Name: "Istanbul", GazetteerID: "geonames:745044", Lat: 41.01, Lon: 28.98, CountryCode: "TR"}
	if err := s.PutAnalysis(ctx, a, &store.Analysis{Version: "v", Places: []model.Place{kyiv, kiev, ist}}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutAnalysis(ctx, b, &store.Analysis{Version: "v", Places: []model.Place{kyiv}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.QueryPlaces(ctx, store.PlaceFilter{})
	if err != nil || len(got) != 2 || got[0].GazetteerID != "geonames:703448" || got[0].Mentions != 3 || got[0].Documents != 2 || got[1].Mentions != 1 {
		t.Fatalf("QueryPlaces = %+v, %v", got, err)
	}
	tests := []struct {
		name string
		f    store.PlaceFilter
		want int
	}{
		{"name", store.PlaceFilter{Name: "istan"}, 1},
		{"country", store.PlaceFilter{Country: "ua"}, 1},
		{"bbox", store.PlaceFilter{BBox: &[4]float64{28, 40, 30, 42}}, 1},
		{"document", store.PlaceFilter{DocumentID: b}, 1},
		{"limit", store.PlaceFilter{Limit: 1}, 1},
		{"none", store.PlaceFilter{Name: "%"}, 0},
	}
	for _, tt := range tests {
		if got, err := s.QueryPlaces(ctx, tt.f); err != nil || len(got) != tt.want {
			t.Fatalf("%s: %+v, %v; want %d", tt.name, got, err, tt.want)
		}
	}
	if _, err := s.QueryPlaces(ctx, store.PlaceFilter{BBox: &[4]float64{1, 1, 0, 0}}); !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("inverted bbox err = %v", err)
	}
}
