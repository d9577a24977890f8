package pipeline

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/ingest"
	"github.com/geowire/geowire/internal/store"
	"github.com/geowire/geowire/internal/store/sqlite"
)

func openStore(t *testing.T) store.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "geowire.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

const article = `Strike Hits Depot Near Odesa

A missile strike hit a fuel depot on the outskirts of Odesa on Saturday, the regional governor said, injuring three workers and starting a fire that burned for several hours.

Air defence units shot down two other missiles over the Black Sea coast, the Ukrainian air force said.`

func raw(url, body string) ingest.RawDocument {
	return ingest.RawDocument{
		URL: url, CanonicalURL: url, Source: "Test Feed", ContentType: "text/plain; charset=utf-8",
		Body: []byte(body), FetchedAt: time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC),
		Meta: ingest.ItemMeta{FeedTitle: "Black Sea Wire", Author: "Staff"},
	}
}

func TestProcessStoresOnce(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	p, err := New(Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		raw         ingest.RawDocument
		wantCreated bool
		wantSkipped bool
	}{
		{"new", raw("https://example.org/odesa", article), true, false},
		{"same url again", raw("https://example.org/odesa", article), false, false},
		{"syndicated copy, other url", raw("https://mirror.example.net/story/1", article), false, false},
		{"no content", raw("https://example.org/empty", "   \n\n  Advertisement \n"), false, true},
	}
	var firstID string
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := p.Document(ctx, tt.raw); err != nil {
				t.Fatalf("Document: %v", err)
			}
			r, err := p.Process(ctx, tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantSkipped {
				if r.Skipped == "" && r.Err == nil {
					t.Fatalf("want skipped, got %+v", r)
				}
				return
			}
			if r.Created {
				t.Fatalf("second Process of the same document created it again: %+v", r)
			}
			if firstID == "" {
				firstID = r.ID
			} else if r.ID != firstID {
				t.Fatalf("id %q, want the first document's %q", r.ID, firstID)
			}
		})
	}
	s := p.Stats()
	if s.Stored.Load() != 1 || s.Duplicates.Load() != 2 {
		t.Fatalf("stats: stored %d, duplicates %d", s.Stored.Load(), s.Duplicates.Load())
	}
	d, err := st.GetDocument(ctx, firstID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Strike Hits Depot Near Odesa" || !strings.Contains(d.Text, "fuel depot") || d.Source != "Black Sea Wire" ||
		d.FetchedAt == nil || d.Byline != "Staff" || string(d.Raw) != article || d.PipelineVersion != Version {
		t.Fatalf("stored document: %+v", d)
	}
}

type failingStore struct{ store.Store }

func (failingStore) PutDocument(context.Context, *store.Document) (string, bool, error) {
	return "", false, errors.New("disk full")
}

func TestStoreFailureStopsSource(t *testing.T) {
	p, _ := New(Config{Store: failingStore{openStore(t)}})
	err := p.Document(context.Background(), raw("https://example.org/a", article))
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Document err = %v, want the store's error", err)
	}
}

func TestIngestFolder(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	p, _ := New(Config{Store: st})
	in := ingest.New(nil, nil, ingest.Options{})
	src, err := ingest.ParseSource(filepath.Join("..", "..", "examples", "articles"))
	if err != nil {
		t.Fatal(err)
	}
	for range 2 { // a re-run adds nothing
		if err := in.Run(ctx, src, p); err != nil {
			t.Fatal(err)
		}
		in = ingest.New(nil, nil, ingest.Options{})
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents < 5 || p.Stats().Stored.Load() != stats.Documents {
		t.Fatalf("store has %d documents, pipeline stored %d", stats.Documents, p.Stats().Stored.Load())
	}
	if p.Stats().Duplicates.Load() != stats.Documents {
		t.Fatalf("re-run: %d duplicates, want %d", p.Stats().Duplicates.Load(), stats.Documents)
	}
}
