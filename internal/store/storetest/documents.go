package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/geowire/geowire/internal/store"
)

func testListDocuments(t *testing.T, s store.Store) {
	ctx := context.Background()
	var ids []string
	for i := range 7 {
		ids = append(ids, putDoc(t, s, fmt.Sprintf("https://example.org/list/%d", i)))
	}
	if err := s.PutAnalysis(ctx, ids[0], &store.Analysis{Version: "v2"}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutAnalysis(ctx, ids[1], &store.Analysis{Version: "v1"}); err != nil {
		t.Fatal(err)
	}
	all := func(f store.DocumentFilter) []store.DocumentVersion {
		var out []store.DocumentVersion
		for range 20 {
			page, err := s.ListDocuments(ctx, f)
			if err != nil {
				t.Fatalf("ListDocuments: %v", err)
			}
			if len(page) == 0 {
				return out
			}
			out = append(out, page...)
			f.After = page[len(page)-1].ID
		}
		t.Fatal("ListDocuments does not end")
		return nil
	}
	if got := all(store.DocumentFilter{Limit: 3}); len(got) != 7 {
		t.Fatalf("all documents: %d, want 7", len(got))
	}
	stale := all(store.DocumentFilter{Limit: 2, NotVersion: "v2"})
	if len(stale) != 6 {
		t.Fatalf("documents not at v2: %d, want 6 (%+v)", len(stale), stale)
	}
	for _, r := range stale {
		if r.ID == ids[0] {
			t.Fatalf("the v2 document is listed as stale")
		}
		if r.ID == ids[1] && (!r.Analyzed || r.PipelineVersion != "v1") {
			t.Fatalf("ref of the v1 document: %+v", r)
		}
	}
}
