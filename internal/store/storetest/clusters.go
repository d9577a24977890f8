package storetest

import (
	"context"
	"errors"
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
	d1 := putDoc(t, s, "https://example.org/c1")
	d2 := putDoc(t, s, "https://mirror.example.net/c1")
	if err := c.PutSignature(ctx, d1, []byte{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	// A signature can also come with the document.
	sd := doc("https://third.example.org/c1", "third copy")
	sd.Signature = []byte{9, 9}
	d3, _, err := s.PutDocument(ctx, sd)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.PutSignature(ctx, d2, []byte{1, 2, 4}); err != nil {
		t.Fatal(err)
	}
	if err := c.PutSignature(ctx, "doc_missing", []byte{1}); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("PutSignature(missing) err = %v", err)
	}
	got := map[string][]byte{}
	if err := c.Signatures(ctx, time.Now().Add(-time.Hour), func(id string, sig []byte) error { got[id] = sig; return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[d2][2] != 4 || got[d3][0] != 9 {
		t.Fatalf("Signatures = %v", got)
	}
	n := 0
	c.Signatures(ctx, time.Now().Add(time.Hour), func(string, []byte) error { n++; return nil })
	if n != 0 {
		t.Fatalf("Signatures since the future returned %d", n)
	}
	if err := c.LinkDuplicate(ctx, d2, d1, 0.8); err != nil {
		t.Fatal(err)
	}
	if err := c.LinkDuplicate(ctx, d1, d1, 1); !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("self-duplicate err = %v", err)
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
