package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// TestGroupCommit: many concurrent puts share transactions, yet each one
// gets its own answer: the good documents are stored once each, a bad
// one (an event without id) fails alone, a cancelled caller fails alone,
// and a document put twice at once is created once.
func TestGroupCommit(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	mk := func(i int) *store.Document {
		text := fmt.Sprintf("document %d", i)
		return &store.Document{Document: model.Document{URL: fmt.Sprintf("https://example.org/%d", i), CanonicalURL: fmt.Sprintf("https://example.org/%d", i),
			Title: text, Text: text, ContentHash: store.DocumentID("", text)}, PipelineVersion: "v"}
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	type result struct {
		i       int
		created bool
		err     error
	}
	results := make(chan result, 300)
	var wg sync.WaitGroup
	for i := range 300 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d, c := mk(i%250), ctx // 50 documents put twice
			switch i {
			case 77:
				d.Analysis = &store.Analysis{Events: []model.Event{{Type: model.EventAssault}}}
			case 111:
				c = cancelled
			}
			_, created, err := db.PutDocument(c, d)
			results <- result{i, created, err}
		}()
	}
	wg.Wait()
	close(results)
	created := 0
	for r := range results {
		switch {
		case r.i == 77:
			if !errors.Is(r.err, store.ErrInvalid) {
				t.Errorf("bad document: err %v, want ErrInvalid", r.err)
			}
		case r.i == 111:
			if !errors.Is(r.err, context.Canceled) {
				t.Errorf("cancelled caller: err %v, want context.Canceled", r.err)
			}
		case r.err != nil:
			t.Errorf("document %d: %v", r.i, r.err)
		case r.created:
			created++
		}
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// 250 distinct documents (those below 50 put twice), two of which
	// (77 and 111, put once) failed.
	if st.Documents != 248 || created != 248 {
		t.Fatalf("%d documents stored, %d created; want 248", st.Documents, created)
	}
}

// TestGroupCommitFallback: a document that fails inside the transaction
// (here its event id is taken by an earlier document of the same batch)
// makes the batch be written again document by document in savepoints:
// it fails alone and the others are stored, each exactly once.
func TestGroupCommitFallback(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	mk := func(i int, eventID string) *putReq {
		text := fmt.Sprintf("document %d", i)
		d := &store.Document{Document: model.Document{URL: fmt.Sprintf("https://example.org/%d", i), CanonicalURL: fmt.Sprintf("https://example.org/%d", i),
			Title: text, Text: text, ContentHash: store.DocumentID("", text)}, PipelineVersion: "v"}
		d.Analysis = &store.Analysis{Version: "v", Events: []model.Event{{ID: eventID, Type: model.EventAssault}}}
		enc, err := encodeDocument(d)
		if err != nil {
			t.Fatal(err)
		}
		return &putReq{ctx: ctx, d: d, enc: enc}
	}
	batch := []*putReq{mk(1, "e1"), mk(2, "e2"), mk(3, "e1"), mk(4, "e4")}
	db.batchMu.Lock()
	db.putBatch(batch)
	db.batchMu.Unlock()
	for i, r := range batch {
		if !r.done {
			t.Fatalf("request %d not done", i)
		}
		if bad := i == 2; bad != (r.err != nil) || r.created == bad {
			t.Errorf("request %d: created %t, err %v", i, r.created, r.err)
		}
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 3 || st.Events != 3 {
		t.Fatalf("%d documents, %d events stored; want 3, 3", st.Documents, st.Events)
	}
	if ws := db.WriteStats(); ws.Transactions != 1 || ws.Documents != 4 {
		t.Errorf("write stats %+v, want 1 transaction of 4 documents", ws)
	}
}
