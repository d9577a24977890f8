package pipeline

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/gazetteer/gazetteertest"
	"github.com/geowire/geowire/internal/ingest"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
	"github.com/geowire/geowire/internal/store/postgres"
	"github.com/geowire/geowire/internal/store/postgres/pgtest"
)

// TestPostgresClusteringAcrossProcesses: two pipelines, each with its
// own connection pool and in-memory state as two worker processes have,
// store twelve reports of one strike at once into one PostgreSQL
// database. The store's area locks make them agree: every report's event
// lands in one cluster, where without the locks two concurrent lookups
// would each start a cluster of their own.
func TestPostgresClusteringAcrossProcesses(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	an, err := NewAnalyzer(gazetteertest.Open(t))
	if err != nil {
		t.Fatal(err)
	}
	var pipes []*Pipeline
	var stores []store.Store
	for range 2 {
		db, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		p, err := New(Config{Store: db, Analyzer: an})
		if err != nil {
			t.Fatal(err)
		}
		pipes, stores = append(pipes, p), append(stores, db)
	}
	outlets := []string{"the regional governor said", "Ukrainian officials said", "the emergency service reported", "local media reported"}
	var wg sync.WaitGroup
	errs := make(chan error, 12)
	for i := range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			text := fmt.Sprintf("Strike on Kharkiv, report %d\n\nRussian missiles struck an industrial site in Kharkiv on 3 March 2025, killing four people, %s. Outlet %d added that %d homes nearby were damaged.",
				i, outlets[i%len(outlets)], i, 3+i)
			u := fmt.Sprintf("https://outlet-%d.example/kharkiv", i)
			res, err := pipes[i%2].Process(ctx, ingest.RawDocument{URL: u, CanonicalURL: u, Body: []byte(text), ContentType: "text/plain", FetchedAt: time.Now()})
			switch {
			case err != nil:
				errs <- err
			case res.Err != nil || !res.Created:
				errs <- fmt.Errorf("report %d: %+v", i, res)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	page, err := stores[0].QueryEvents(ctx, store.EventFilter{Types: []string{model.EventAssault}, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	clusters := map[string]int{}
	for _, r := range page.Refs {
		clusters[r.ClusterID]++
	}
	if len(page.Events) < 12 || len(clusters) != 1 || clusters[""] != 0 {
		var b strings.Builder
		for i, e := range page.Events {
			fmt.Fprintf(&b, "\n%s %s %s in %q", e.ID, e.Date, e.Location.Name, page.Refs[i].ClusterID)
		}
		t.Fatalf("%d ASSAULT events in clusters %v, want 12 or more in one:%s", len(page.Events), clusters, b.String())
	}
}

// TestPostgresNearDuplicatesAcrossProcesses: a syndicated copy processed
// by one worker is linked to the original another worker stored after
// the first had loaded its signatures.
func TestPostgresNearDuplicatesAcrossProcesses(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	var pipes []*Pipeline
	for range 2 {
		db, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		p, err := New(Config{Store: db})
		if err != nil {
			t.Fatal(err)
		}
		p.cluster.refreshEvery = 0 // read the others' signatures before every document
		pipes = append(pipes, p)
	}
	orig, cp := clusterReports[0], clusterReports[1]
	first, err := pipes[0].Process(ctx, ingest.RawDocument{URL: orig.url, CanonicalURL: orig.url, Body: []byte(orig.text), ContentType: "text/plain", FetchedAt: time.Now()})
	if err != nil || !first.Created {
		t.Fatalf("original: %+v, %v", first, err)
	}
	second, err := pipes[1].Process(ctx, ingest.RawDocument{URL: cp.url, CanonicalURL: cp.url, Body: []byte(cp.text), ContentType: "text/plain", FetchedAt: time.Now()})
	if err != nil || !second.Created {
		t.Fatalf("copy: %+v, %v", second, err)
	}
	if second.DuplicateOf != first.ID {
		t.Fatalf("the copy stored by the second worker is linked to %q, want the original %s", second.DuplicateOf, first.ID)
	}
}
