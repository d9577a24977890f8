package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/store"
	"github.com/geowire/geowire/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		db, err := Open(context.Background(), filepath.Join(t.TempDir(), "geowire.db"))
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "geowire.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddSource(ctx, store.Source{Kind: store.SourceFeed, Location: "https://example.org/rss"}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db.Close()
	if list, err := db.ListSources(ctx); err != nil || len(list) != 1 {
		t.Fatalf("after reopen: %+v, %v", list, err)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := Open(ctx, ""); err == nil {
		t.Fatal("Open(\"\") succeeded")
	}
	// A file that is not a database.
	bad := filepath.Join(t.TempDir(), "notadb.db")
	os.WriteFile(bad, []byte(strings.Repeat("this is not sqlite\n", 100)), 0o644)
	if _, err := Open(ctx, bad); err == nil || !strings.Contains(err.Error(), "notadb.db") {
		t.Fatalf("Open(garbage) err = %v, want an error naming the file", err)
	}
	// A schema newer than this binary.
	newer := filepath.Join(t.TempDir(), "newer.db")
	db, err := Open(ctx, newer)
	if err != nil {
		t.Fatal(err)
	}
	db.write.Exec("PRAGMA user_version = 999")
	db.Close()
	if _, err := Open(ctx, newer); err == nil || !strings.Contains(err.Error(), "upgrade geowire") {
		t.Fatalf("Open(newer schema) err = %v", err)
	}
}
