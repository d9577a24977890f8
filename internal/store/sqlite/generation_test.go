package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/geowire/geowire/internal/store"
)

// TestGenerationSeesOtherWriters: a commit by another connection (another
// process, such as `geowire ingest` beside `geowire serve`) moves the
// generation on too.
func TestGenerationSeesOtherWriters(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "geowire.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	g0, err := db.Generation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	other, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.Exec(`INSERT INTO sources (kind, location, added_at) VALUES ('feed', 'https://example.org/rss', '2025-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	g1, err := db.Generation(ctx)
	if err != nil || g1 <= g0 {
		t.Fatalf("after another connection's write: generation %d → %d, %v", g0, g1, err)
	}
	if g2, _ := db.Generation(ctx); g2 != g1 {
		t.Fatalf("generation moved without a write: %d → %d", g1, g2)
	}
	// A broken watch connection is replaced, and the generation still grows.
	db.gen.mu.Lock()
	db.gen.reset()
	db.gen.mu.Unlock()
	if g3, err := db.Generation(ctx); err != nil || g3 <= g1 {
		t.Fatalf("after reconnecting: generation %d → %d, %v", g1, g3, err)
	}
}

// TestGenerationStillWithoutWrites: reads leave the generation as it is,
// so a cache keyed on it is not refilled for nothing.
func TestGenerationStillWithoutWrites(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "geowire.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	g0, err := db.Generation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, err := db.QueryEvents(ctx, store.EventFilter{}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Stats(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if g1, err := db.Generation(ctx); err != nil || g1 != g0 {
		t.Fatalf("generation moved without a write: %d → %d, %v", g0, g1, err)
	}
}
