package postgres

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
	"github.com/geowire/geowire/internal/store/postgres/pgtest"
	"github.com/geowire/geowire/internal/store/sqlite"
)

// The PutDocument benchmarks store distinct ~4 KB articles, one at a time
// ("serial") and from 8 goroutines ("parallel", as ingest workers do), on
// each backend, and report inserts/s. Run them side by side with
//
//	GEOWIRE_TEST_PG=postgres://postgres@127.0.0.1:5432/test?sslmode=disable \
//	  go test -run '^$' -bench PutDocument -benchtime 2000x ./internal/store/postgres/

func BenchmarkPostgresPutDocument(b *testing.B) {
	benchPutDocument(b, func(b *testing.B) store.Store {
		db, err := Open(context.Background(), pgtest.DSN(b))
		if err != nil {
			b.Fatal(err)
		}
		return db
	})
}

func BenchmarkSQLitePutDocument(b *testing.B) {
	benchPutDocument(b, func(b *testing.B) store.Store {
		db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		return db
	})
}

func benchPutDocument(b *testing.B, open func(b *testing.B) store.Store) {
	body := strings.Repeat("Drones struck the Belaya air base in Irkutsk Oblast overnight, officials said. ", 50)
	pub := time.Date(2025, 6, 4, 9, 30, 0, 0, time.UTC)
	var seq atomic.Int64
	put := func(b *testing.B, s store.Store) {
		n := seq.Add(1)
		d := &store.Document{Raw: []byte("<html>" + body + "</html>"), ContentType: "text/html"}
		d.Document = model.Document{
			URL: fmt.Sprintf("https://example.org/bench/%d", n), Source: "Bench Wire", Published: &pub,
			Title: fmt.Sprintf("Article %d", n), Lang: "en", Text: fmt.Sprintf("%d %s", n, body),
		}
		d.CanonicalURL, d.ContentHash = d.URL, store.DocumentID("", d.Text)
		if _, created, err := s.PutDocument(context.Background(), d); err != nil || !created {
			b.Fatalf("PutDocument: %v, created %v", err, created)
		}
	}
	report := func(b *testing.B) {
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "inserts/s")
	}
	b.Run("serial", func(b *testing.B) {
		s := open(b)
		defer s.Close()
		b.ResetTimer()
		for range b.N {
			put(b, s)
		}
		report(b)
	})
	b.Run("parallel", func(b *testing.B) {
		s := open(b)
		defer s.Close()
		b.SetParallelism(4) // 4 × GOMAXPROCS goroutines: 8 on 2 cores
		b.ResetTimer()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				put(b, s)
			}
		})
		report(b)
	})
}
