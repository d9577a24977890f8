package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

func ftsDoc(i int, title, text string) *store.Document {
	d := &store.Document{PipelineVersion: "v1"}
	d.URL = fmt.Sprintf("https://example.org/%d", i)
	d.CanonicalURL, d.Title, d.Text, d.ContentHash = d.URL, title, text, fmt.Sprintf("h%d", i)
	return d
}

// ftsCounts returns the documents queued for the index and those the
// index finds for word.
func ftsCounts(t *testing.T, db *DB, word string) (queued, found int) {
	t.Helper()
	ctx := context.Background()
	if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM fts_pending`).Scan(&queued); err != nil {
		t.Fatal(err)
	}
	if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?`, word).Scan(&found); err != nil {
		t.Fatal(err)
	}
	return queued, found
}

// ftsIntegrity runs FTS5's integrity check, which for an external-content
// table compares the index with the documents table.
func ftsIntegrity(t *testing.T, db *DB) {
	t.Helper()
	if _, err := db.write.ExecContext(context.Background(), `INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Fatalf("full-text index does not match the documents: %v", err)
	}
}

// TestFTSFollowsTitleAndText: a stored document waits in the queue, a
// search indexes it first; the index is not rebuilt when other columns
// change (migration 0006) and follows a new title.
func TestFTSFollowsTitleAndText(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "geowire.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	id, _, err := db.PutDocument(ctx, ftsDoc(1, "Flood in Kherson", "Water rose in Kherson overnight."))
	if err != nil {
		t.Fatal(err)
	}
	if q, n := ftsCounts(t, db, "kherson"); q != 1 || n != 0 {
		t.Fatalf("after the insert: %d queued, %d indexed; want it queued", q, n)
	}
	if hits, err := db.SearchDocuments(ctx, "overnight", 10); err != nil || len(hits) != 1 || hits[0].ID != id {
		t.Fatalf("search of a queued document: %+v, %v", hits, err)
	}
	if q, n := ftsCounts(t, db, "kherson"); q != 0 || n != 1 {
		t.Fatalf("after a search: %d queued, %d indexed; want it indexed", q, n)
	}
	if err := db.PutAnalysis(ctx, id, &store.Analysis{Version: "v2"}); err != nil {
		t.Fatal(err)
	}
	if q, n := ftsCounts(t, db, "kherson"); q != 0 || n != 1 {
		t.Fatalf("after a version update: %d queued, %d indexed", q, n)
	}
	if _, err := db.write.ExecContext(ctx, `UPDATE documents SET title = 'Flood in Mykolaiv' WHERE id = ?`, id); err != nil {
		t.Fatal(err)
	}
	if hits, err := db.SearchDocuments(ctx, "mykolaiv", 10); err != nil || len(hits) != 1 {
		t.Fatalf("search after a title update: %+v, %v", hits, err)
	}
	ftsIntegrity(t, db)
}

// TestFTSQueuedChanges: documents changed or deleted while queued leave
// nothing stale in the index once it is built; events searched by text
// see queued documents too.
func TestFTSQueuedChanges(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "geowire.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a, _, err := db.PutDocument(ctx, ftsDoc(1, "Strike on Odesa", "A port was hit."))
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := db.PutDocument(ctx, ftsDoc(2, "Strike on Izmail", "Grain silos burned."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.ExecContext(ctx, `UPDATE documents SET title = 'Strike on Reni' WHERE id = ?`, a); err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, b); err != nil {
		t.Fatal(err)
	}
	hits, err := db.SearchDocuments(ctx, "strike", 10)
	if err != nil || len(hits) != 1 || hits[0].ID != a || hits[0].Title != "Strike on Reni" {
		t.Fatalf("search: %+v, %v", hits, err)
	}
	if _, n := ftsCounts(t, db, "odesa"); n != 0 {
		t.Errorf("the old title is indexed")
	}
	ftsIntegrity(t, db)

	// QueryEvents with a text filter indexes the queue first as well.
	c := ftsDoc(3, "Shelling of Nikopol", "Artillery hit the town.")
	c.Analysis = &store.Analysis{Version: "v1"}
	c.Analysis.Events = append(c.Analysis.Events, model.Event{ID: "ev-nikopol", Type: "ASSAULT", Date: "2025-06-01"})
	if _, _, err := db.PutDocument(ctx, c); err != nil {
		t.Fatal(err)
	}
	page, err := db.QueryEvents(ctx, store.EventFilter{Text: "nikopol"})
	if err != nil || len(page.Events) != 1 {
		t.Fatalf("events by text of a queued document: %+v, %v", page, err)
	}
}

// TestFTSIndexesWithoutSearch: the queue is indexed by the batch that
// fills it to ftsBatch, by the ticker once a document has waited
// ftsMaxLag, and at Close; a queue left by a process that stopped is
// indexed by the next.
func TestFTSIndexesWithoutSearch(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "geowire.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range ftsBatch {
		if _, _, err := db.PutDocument(ctx, ftsDoc(i, "Report", fmt.Sprintf("Report number %d on the front.", i))); err != nil {
			t.Fatal(err)
		}
	}
	// The batch that fills the queue indexes it, unless the ticker did
	// first (a slow machine): either way it never holds ftsBatch.
	if q, n := ftsCounts(t, db, "front"); q >= ftsBatch || q+n != ftsBatch {
		t.Fatalf("after %d documents: %d queued, %d indexed", ftsBatch, q, n)
	}
	if _, _, err := db.PutDocument(ctx, ftsDoc(10000, "Late report", "A late report.")); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * ftsMaxLag)
	for {
		if q, _ := ftsCounts(t, db, "late"); q == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("a queued document was not indexed within %v", 20*ftsMaxLag)
		}
		time.Sleep(ftsMaxLag / 10)
	}
	if _, _, err := db.PutDocument(ctx, ftsDoc(10001, "Last report", "The last report.")); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if q, n := ftsCounts(t, db, "last"); q != 0 || n != 1 {
		t.Fatalf("after Close: %d queued, %d indexed", q, n)
	}
	// A queue left behind (a process killed before indexing it).
	if _, err := db.write.ExecContext(ctx, `INSERT INTO documents (id, url, canonical_url, source, title, text, content_hash, pipeline_version, stored_at)
		VALUES ('left', 'https://example.org/left', 'https://example.org/left', '', 'Left behind', 'Left in the queue.', 'hleft', 'v1', '2026-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got := db.fts.pending.Load(); got != 1 {
		t.Fatalf("Open counted %d queued documents, want 1", got)
	}
	if hits, err := db.SearchDocuments(ctx, "queue", 10); err != nil || len(hits) != 1 || hits[0].ID != "left" {
		t.Fatalf("search: %+v, %v", hits, err)
	}
	ftsIntegrity(t, db)
}

// TestFTSDue: when a batch or the ticker indexes the queue.
func TestFTSDue(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var f ftsIndexer
	if f.due(0, t0) {
		t.Error("due with nothing queued")
	}
	if !f.due(ftsBatch, t0) {
		t.Error("not due for a batch of ftsBatch documents")
	}
	f.queued(ftsBatch-10, t0)
	if f.due(9, t0.Add(ftsMaxLag/2)) || !f.due(10, t0.Add(ftsMaxLag/2)) {
		t.Error("the batch that fills the queue to ftsBatch, and no earlier one, is due")
	}
	f.queued(5, t0.Add(ftsMaxLag/2)) // the oldest stays the first
	if !f.due(0, t0.Add(ftsMaxLag)) {
		t.Error("not due once the oldest waited ftsMaxLag")
	}
	f.indexed()
	if f.due(0, t0.Add(time.Hour)) {
		t.Error("due after the queue was indexed")
	}
}
