package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/store"
	"github.com/geowire/geowire/internal/store/postgres/pgtest"
	"github.com/geowire/geowire/internal/store/storetest"
)

func open(t testing.TB, dsn string) *DB {
	t.Helper()
	db, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestPostgresConformance(t *testing.T) {
	pgtest.Require(t)
	storetest.Run(t, func(t *testing.T) store.Store {
		return open(t, pgtest.DSN(t))
	})
}

func TestPostgresReopenKeepsData(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	db := open(t, dsn)
	if _, err := db.AddSource(ctx, store.Source{Kind: store.SourceFeed, Location: "https://example.org/rss"}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Re-opening applies no migration twice.
	db = open(t, dsn)
	defer db.Close()
	if list, err := db.ListSources(ctx); err != nil || len(list) != 1 {
		t.Fatalf("after reopen: %+v, %v", list, err)
	}
	var n, applied int
	if err := db.pool.QueryRow(ctx, `SELECT count(*), count(DISTINCT version) FROM schema_migrations`).Scan(&n, &applied); err != nil {
		t.Fatal(err)
	}
	if want := migrationCount(t); n != want || applied != want {
		t.Fatalf("schema_migrations has %d rows (%d versions), want %d", n, applied, want)
	}
}

func migrationCount(t *testing.T) int {
	t.Helper()
	entries, err := migrations.ReadDir("migrations")
	if err != nil {
		t.Fatal(err)
	}
	return len(entries)
}

// TestPostgresConcurrentOpen starts several workers on one empty schema at
// once: the advisory lock lets one migrate while the others wait, and
// every one ends up with the full schema.
func TestPostgresConcurrentOpen(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	const workers = 6
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	dbs := make(chan *DB, workers)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db, err := Open(ctx, dsn)
			if err != nil {
				errs <- err
				return
			}
			dbs <- db
		}()
	}
	wg.Wait()
	close(errs)
	close(dbs)
	for err := range errs {
		t.Fatalf("concurrent Open: %v", err)
	}
	var first *DB
	for db := range dbs {
		defer db.Close()
		d := &store.Document{}
		d.ContentHash = "h-" + time.Now().String()
		if _, _, err := db.PutDocument(ctx, d); err != nil {
			t.Fatalf("PutDocument after concurrent Open: %v", err)
		}
		first = db
	}
	var n int
	if err := first.pool.QueryRow(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil || n != migrationCount(t) {
		t.Fatalf("schema_migrations rows = %d, %v; want %d", n, err, migrationCount(t))
	}
}

func TestPostgresOpenErrors(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if _, err := Open(ctx, ""); !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("Open(\"\") err = %v, want ErrInvalid", err)
	}
	if _, err := Open(ctx, "postgres://user:secret@[::1"); !errors.Is(err, store.ErrInvalid) || strings.Contains(err.Error(), "secret") {
		t.Fatalf("Open(unparsable) err = %v, want ErrInvalid without the password", err)
	}
	// Nothing listens on port 1.
	_, err := Open(ctx, "postgres://geowire:secret@127.0.0.1:1/none?sslmode=disable&connect_timeout=5")
	if err == nil || !strings.Contains(err.Error(), "127.0.0.1:1/none") || strings.Contains(err.Error(), "secret") {
		t.Fatalf("Open(no server) err = %v, want an error naming the server, not the password", err)
	}
	// A schema newer than this binary.
	dsn := pgtest.DSN(t)
	db := open(t, dsn)
	if _, err := db.pool.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES (999, 'future.sql')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(ctx, dsn); err == nil || !strings.Contains(err.Error(), "upgrade geowire") {
		t.Fatalf("Open(newer schema) err = %v", err)
	}
}

// TestPostgresOddText stores what SQLite stores but a PostgreSQL text
// column does not (NUL, invalid UTF-8) and a body too long for one
// tsvector: each is stored, and the document stays searchable.
func TestPostgresOddText(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := open(t, pgtest.DSN(t))
	defer db.Close()
	var long strings.Builder
	long.WriteString("Needle at the start. ")
	for i := range 150000 {
		fmt.Fprintf(&long, "w%x ", i*7919) // unique words: a tsvector over 1 MB
	}
	for name, body := range map[string]string{"nul": "Needle\x00 in a haystack", "utf8": "Needle \xff\xfe haystack", "long": long.String()} {
		d := &store.Document{Raw: []byte(body)}
		d.Title, d.Text, d.ContentHash = name+"\x00", body, "hash-"+name
		id, created, err := db.PutDocument(ctx, d)
		if err != nil || !created {
			t.Fatalf("%s: PutDocument = %v, %v", name, created, err)
		}
		got, err := db.GetDocument(ctx, id)
		if err != nil || string(got.Raw) != body {
			t.Fatalf("%s: raw bytes not kept: %v", name, err)
		}
	}
	if hits, err := db.SearchDocuments(ctx, "needle", 10); err != nil || len(hits) != 3 {
		t.Fatalf("Search(needle) = %+v, %v; want 3 hits", hits, err)
	}
}

// TestPostgresClusterLock: two handles on one database (as two worker
// processes) exclude each other on a shared area key, not on others.
func TestPostgresClusterLock(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	a, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	held, release := make(chan struct{}), make(chan struct{})
	var released atomic.Bool
	done := make(chan error, 1)
	go func() {
		done <- a.WithClusterLock(ctx, []int32{7, 3}, func(context.Context) error {
			close(held)
			<-release
			released.Store(true)
			return nil
		})
	}()
	<-held
	// Another key is free while a holds 3 and 7.
	if err := b.WithClusterLock(ctx, []int32{8}, func(context.Context) error { return nil }); err != nil {
		t.Fatal(err)
	}
	// A shared key waits until a lets go.
	got := make(chan bool, 1)
	go func() {
		err := b.WithClusterLock(ctx, []int32{3, 9}, func(context.Context) error { got <- released.Load(); return nil })
		if err != nil {
			t.Error(err)
		}
	}()
	close(release)
	if !<-got {
		t.Fatal("b held key 3 while a still held it")
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	// fn's error comes back, and the locks are released anyway.
	boom := errors.New("boom")
	if err := a.WithClusterLock(ctx, []int32{3}, func(context.Context) error { return boom }); !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := b.WithClusterLock(cctx, []int32{3}, func(context.Context) error { return nil }); err != nil {
		t.Fatalf("key 3 not released after an error: %v", err)
	}
}
