package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

func testClusters(t *testing.T, s store.Store) {
	c, ok := s.(store.Clusterer)
	if !ok {
		t.Skip("this backend does not implement store.Clusterer")
	}
	ctx := context.Background()
	// Signatures come with their documents.
	signed := func(url, text string, sig []byte) string {
		t.Helper()
		d := doc(url, text)
		d.Signature = sig
		id, _, err := s.PutDocument(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	d1 := signed("https://example.org/c1", "text of c1", []byte{1, 2, 3})
	d2 := signed("https://mirror.example.net/c1", "text of the mirror", []byte{1, 2, 4})
	d3 := signed("https://third.example.org/c1", "third copy", []byte{9, 9})
	putDoc(t, s, "https://example.org/unsigned")
	got := map[string][]byte{}
	if err := c.Signatures(ctx, time.Now().Add(-time.Hour), func(id string, sig []byte) error { got[id] = sig; return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[d1][2] != 3 || got[d2][2] != 4 || got[d3][0] != 9 {
		t.Fatalf("Signatures = %v", got)
	}
	n := 0
	c.Signatures(ctx, time.Now().Add(time.Hour), func(string, []byte) error { n++; return nil })
	if n != 0 {
		t.Fatalf("Signatures since the future returned %d", n)
	}
	if err := s.PutAnalysis(ctx, d1, &store.Analysis{Version: "v", Events: []model.Event{event("e1", "2025-06-01", model.EventAssault, 50, 30, "UA")}}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutAnalysis(ctx, d2, &store.Analysis{Version: "v", Events: []model.Event{event("e2", "2025-06-02", model.EventAssault, 50, 30, "UA")}}); err != nil {
		t.Fatal(err)
	}
	if err := c.AssignClusters(ctx, map[string]string{"e1": "cl-1", "e2": "cl-1"}); err != nil {
		t.Fatal(err)
	}
	if err := c.AssignClusters(ctx, map[string]string{"e1": "cl-2", "nope": "cl-1"}); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("AssignClusters(missing event) err = %v", err)
	}
	if err := c.AssignClusters(ctx, map[string]string{"e1": ""}); !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("AssignClusters(empty id) err = %v", err)
	}
	cl, err := c.GetCluster(ctx, "cl-1")
	if err != nil || len(cl.Events) != 2 || len(cl.Documents) != 2 || cl.FirstSeen != "2025-06-01" || cl.LastSeen != "2025-06-02" {
		t.Fatalf("GetCluster = %+v, %v", cl, err)
	}
	page, err := s.QueryEvents(ctx, store.EventFilter{ClusterID: "cl-1"})
	if err != nil || len(page.Events) != 2 {
		t.Fatalf("events of the cluster: %d, %v", len(page.Events), err)
	}
	if st, _ := s.Stats(ctx); st.Clusters != 1 {
		t.Fatalf("Stats.Clusters = %d, want 1", st.Clusters)
	}
	testClusterCandidates(t, s, c, d1)
	// Re-analysis drops the events; the emptied cluster no longer counts.
	s.PutAnalysis(ctx, d1, &store.Analysis{Version: "v2"})
	s.PutAnalysis(ctx, d2, &store.Analysis{Version: "v2"})
	if st, _ := s.Stats(ctx); st.Clusters != 0 {
		t.Fatalf("Stats.Clusters after re-analysis = %d, want 0", st.Clusters)
	}
	if _, err := c.GetCluster(ctx, "cl-1"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("GetCluster(emptied) err = %v", err)
	}
}

// testClusterCandidates: with e1 and e2 (ASSAULT at 50N 30E, 1 and 2 June
// 2025) in cluster cl-1, the window query returns them with their
// cluster and the fields matching reads, and each bound excludes them.
func testClusterCandidates(t *testing.T, s store.Store, c store.Clusterer, d1 string) {
	ctx := context.Background()
	bbox := [4]float64{29, 49, 31, 51}
	got, err := c.ClusterCandidates(ctx, store.EventFilter{BBox: &bbox, From: "2025-05-25", To: "2025-06-08", Types: []string{model.EventAssault}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Event.ID != "e2" || got[1].Event.ID != "e1" {
		t.Fatalf("ClusterCandidates = %+v, want e2 then e1", got)
	}
	e := got[1].Event
	if got[1].ClusterID != "cl-1" || e.DocumentID != d1 || e.Type != model.EventAssault || e.Mode != "aerial" || e.Date != "2025-06-01" ||
		e.DatePrecision != 2 || e.Location == nil || e.Location.Admin1 != "RU.20" || e.Location.Precision != 1 || e.Location.GazetteerID != "ourairports:1" ||
		e.Actor == nil || e.Actor.Country != "UKR" || e.Recipient == nil || e.Fatalities == nil || *e.Fatalities != 2 {
		t.Fatalf("candidate e1 = %+v (location %+v)", got[1], e.Location)
	}
	far := [4]float64{0, 0, 1, 1}
	for name, f := range map[string]store.EventFilter{
		"other type":  {BBox: &bbox, From: "2025-05-25", To: "2025-06-08", Types: []string{model.EventProtest}},
		"other place": {BBox: &far, From: "2025-05-25", To: "2025-06-08"},
		"other dates": {BBox: &bbox, From: "2025-07-01", To: "2025-07-08"},
	} {
		if got, err := c.ClusterCandidates(ctx, f); err != nil || len(got) != 0 {
			t.Errorf("%s: ClusterCandidates = %+v, %v; want none", name, got, err)
		}
	}
	if got, err := c.ClusterCandidates(ctx, store.EventFilter{From: "2025-05-25", Limit: 1}); err != nil || len(got) != 1 || got[0].Event.ID != "e2" {
		t.Errorf("limit 1: %+v, %v", got, err)
	}
	if got, err := c.ClusterCandidates(ctx, store.EventFilter{BBox: &bbox, Types: []string{model.EventProtest, model.EventAssault}, Limit: 1}); err != nil || len(got) != 1 || got[0].Event.ID != "e2" {
		t.Errorf("two types, limit 1: %+v, %v; want e2, the newest", got, err)
	}
	bad := [4]float64{31, 49, 29, 51}
	if _, err := c.ClusterCandidates(ctx, store.EventFilter{BBox: &bad}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("inverted bbox err = %v, want ErrInvalid", err)
	}
}

// testAssignInTransaction: documents put at the same time, each deciding
// its event's cluster inside its transaction (Document.Assign) by joining
// the cluster of any candidate it sees, all end in one cluster: every
// decision sees the events of the decisions before it.
func testAssignInTransaction(t *testing.T, s store.Store) {
	if _, ok := s.(store.Clusterer); !ok {
		t.Skip("this backend does not implement store.Clusterer")
	}
	ctx := context.Background()
	bbox := [4]float64{29, 49, 31, 51}
	var wg sync.WaitGroup
	// More writers at once than a store has read connections (8 per 2
	// cores in SQLite): reading ahead must not hold one while waiting for
	// another.
	const n = 24
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := doc(fmt.Sprintf("https://outlet-%d.example/strike", i), fmt.Sprintf("report %d of the strike", i))
			ev := event(fmt.Sprintf("ev-assign-%d", i), "2025-06-01", model.EventAssault, 50, 30, "UA")
			d.Analysis = &store.Analysis{Version: "v", Events: []model.Event{ev}}
			d.ClusterKeys = []int32{7}
			d.Assign = func(ctx context.Context, cands store.CandidateQuery) (map[string]string, error) {
				found, err := cands(ctx, store.EventFilter{BBox: &bbox, From: "2025-05-25", To: "2025-06-08", Types: []string{model.EventAssault}})
				if err != nil {
					return nil, err
				}
				for _, f := range found {
					if f.ClusterID != "" {
						return map[string]string{ev.ID: f.ClusterID}, nil
					}
				}
				return map[string]string{ev.ID: "cl-" + ev.ID}, nil
			}
			if _, created, err := s.PutDocument(ctx, d); err != nil || !created {
				errs <- fmt.Errorf("put %d: created %v, %v", i, created, err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	page, err := s.QueryEvents(ctx, store.EventFilter{Types: []string{model.EventAssault}, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	clusters := map[string]int{}
	for _, r := range page.Refs {
		clusters[r.ClusterID]++
	}
	if len(page.Events) != n || len(clusters) != 1 || clusters[""] != 0 {
		t.Fatalf("%d events in clusters %v, want one", n, clusters)
	}
	// An Assign that fails stores nothing.
	d := doc("https://outlet-x.example/strike", "a failing decision")
	d.Analysis = &store.Analysis{Version: "v", Events: []model.Event{event("ev-assign-x", "2025-06-01", model.EventAssault, 50, 30, "UA")}}
	d.ClusterKeys = []int32{7}
	boom := errors.New("boom")
	d.Assign = func(context.Context, store.CandidateQuery) (map[string]string, error) { return nil, boom }
	if _, _, err := s.PutDocument(ctx, d); !errors.Is(err, boom) {
		t.Fatalf("failing Assign: err %v, want boom", err)
	}
	if _, err := s.FindDocument(ctx, d.CanonicalURL, d.ContentHash); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("document with a failed Assign was stored: %v", err)
	}
}
