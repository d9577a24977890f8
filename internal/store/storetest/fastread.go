package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// testRawEvents checks that QueryEventsRaw gives what QueryEvents gives,
// page by page, with each event as its JSON.
func testRawEvents(t *testing.T, s store.Store) {
	rq, ok := s.(store.RawEventQuerier)
	if !ok {
		t.Skip("this backend does not implement store.RawEventQuerier")
	}
	ctx := context.Background()
	filterFixture(t, s)
	filters := []store.EventFilter{
		{Limit: 3},
		{IncludeAll: true, Order: store.OrderOldest, Limit: 2},
		{Types: []string{model.EventAssault}, BBox: &[4]float64{30, 50, 31, 51}, Limit: 4},
		{Source: "Other Wire"},
		{ID: "p1"},
		{ID: "none"},
	}
	for _, f := range filters {
		t.Run(fmt.Sprintf("%+v", f), func(t *testing.T) {
			for page := 0; ; page++ {
				want, err := s.QueryEvents(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				got, err := rq.QueryEventsRaw(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				if len(got.Events) != len(want.Events) || got.Next != want.Next {
					t.Fatalf("page %d: %d events, next %q; QueryEvents: %d, %q", page, len(got.Events), got.Next, len(want.Events), want.Next)
				}
				for i, ev := range got.Events {
					var e model.Event
					if err := json.Unmarshal(ev.JSON, &e); err != nil {
						t.Fatalf("event %s: %v: %s", ev.ID, err, ev.JSON)
					}
					if ev.ID != want.Events[i].ID || !reflect.DeepEqual(e, want.Events[i]) || !reflect.DeepEqual(ev.Ref, want.Refs[i]) {
						t.Fatalf("event %d:\n got %s %+v %+v\nwant %+v %+v", i, ev.ID, e, ev.Ref, want.Events[i], want.Refs[i])
					}
					if b, _ := json.Marshal(want.Events[i]); string(b) != string(ev.JSON) {
						t.Fatalf("event %s JSON:\n got %s\nwant %s", ev.ID, ev.JSON, b)
					}
				}
				if want.Next == "" || page > 20 {
					break
				}
				f.After = want.Next
			}
		})
	}
	if _, err := rq.QueryEventsRaw(ctx, store.EventFilter{After: "!!not a cursor"}); err == nil {
		t.Fatal("bad cursor: no error")
	}
}

// testGeneration checks that every kind of write moves the generation on,
// and that reads do not.
func testGeneration(t *testing.T, s store.Store) {
	cc, ok := s.(store.ChangeCounter)
	if !ok {
		t.Skip("this backend does not implement store.ChangeCounter")
	}
	ctx := context.Background()
	gen := func() uint64 {
		t.Helper()
		g, err := cc.Generation(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	last := gen()
	step := func(name string, write func() error) {
		t.Helper()
		if err := write(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		g := gen()
		if g == last {
			t.Fatalf("generation %d unchanged after %s", g, name)
		}
		last = g
		// A read may leave it or (on a server other clients write to)
		// move it: the contract only asks that writes move it.
		if _, err := s.QueryEvents(ctx, store.EventFilter{}); err != nil {
			t.Fatal(err)
		}
		last = gen()
	}
	var id string
	step("PutDocument", func() (err error) {
		id, _, err = s.PutDocument(ctx, doc("https://example.org/g", "generation"))
		return err
	})
	step("PutAnalysis", func() error {
		return s.PutAnalysis(ctx, id, &store.Analysis{Version: "v", Events: []model.Event{event("g1", "2025-06-01", model.EventAssault, 50, 30, "UA")}})
	})
	var src store.Source
	step("AddSource", func() (err error) {
		src, err = s.AddSource(ctx, store.Source{Kind: store.SourceFeed, Location: "https://example.org/feed.xml"})
		return err
	})
	step("RemoveSource", func() error { return s.RemoveSource(ctx, src.ID) })
	if c, ok := s.(store.Clusterer); ok {
		step("AssignClusters", func() error { return c.AssignClusters(ctx, map[string]string{"g1": "cl_g"}) })
	}
}
