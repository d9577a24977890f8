package api_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/api"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
	"github.com/geowire/geowire/internal/store/sqlite"
)

// MustBenchStore fills a store with n synthetic events (1,000 per
// document, spread over 2020–2025 and over Europe and the Middle East).
func MustBenchStore(tb testing.TB, path string, n int) *sqlite.DB {
	tb.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		tb.Fatal(err)
	}
	types := model.PLOVERTypes
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for d := 0; d*1000 < n; d++ {
		text := fmt.Sprintf("Synthetic article %d about shelling near Kharkiv and protests in Istanbul.", d)
		pub := start.Add(time.Duration(d) * time.Hour)
		id, _, err := db.PutDocument(ctx, &store.Document{Document: model.Document{
			URL: fmt.Sprintf("https://bench.example.org/%d", d), CanonicalURL: fmt.Sprintf("https://bench.example.org/%d", d),
			Source: fmt.Sprintf("Wire %d", d%7), Published: &pub, Title: fmt.Sprintf("Bench article %d", d), Text: text, ContentHash: store.DocumentID("", text),
		}})
		if err != nil {
			tb.Fatal(err)
		}
		var evs []model.Event
		for i := 0; i < 1000 && d*1000+i < n; i++ {
			k := d*1000 + i
			f := k % 5
			evs = append(evs, model.Event{
				ID: fmt.Sprintf("ev%07d", k), Type: types[k%len(types)], Mode: []string{"aerial", "ground", "artillery", "demonstrate"}[k%4],
				ACLEDEventType: "Explosions/Remote violence", ACLEDSubEventType: "Shelling/artillery/missile attack",
				Actor:     &model.Actor{Name: fmt.Sprintf("Actor %d", k%50), Country: "UKR", Sector: model.SectorMilitary, Span: &model.Span{Start: 0, End: 9}},
				Recipient: &model.Actor{Name: fmt.Sprintf("Target %d", k%40), Sector: model.SectorCivilians},
				Location: &model.EventLocation{Name: fmt.Sprintf("Place %d", k%1000), Lat: 30 + float64(k%2500)/100, Lon: 20 + float64(k%3000)/100,
					CountryCode: []string{"UA", "RU", "TR", "IL", "SY"}[k%5], Admin1: fmt.Sprintf("UA.%02d", k%27), Precision: 1 + k%3},
				Date: start.AddDate(0, 0, k%2000).Format("2006-01-02"), DatePrecision: 1, DateBasis: "stated", Fatalities: &f, Confidence: 0.5 + float64(k%50)/100,
				Evidence: map[string]model.Evidence{"trigger": {Start: 30, End: 38, Text: "shelling"}, "actor": {Start: 0, End: 9}, "location": {Start: 45, End: 52}},
			})
		}
		if err := db.PutAnalysis(ctx, id, &store.Analysis{Version: "bench", Events: evs}); err != nil {
			tb.Fatal(err)
		}
	}
	return db
}

// TestMakeBenchStore writes a benchmark store for wrk and the export
// figures when GEOWIRE_BENCH_DB names the file (GEOWIRE_BENCH_EVENTS
// events, default 100,000); otherwise it is skipped.
func TestMakeBenchStore(t *testing.T) {
	path := os.Getenv("GEOWIRE_BENCH_DB")
	if path == "" {
		t.Skip("set GEOWIRE_BENCH_DB=PATH (and GEOWIRE_BENCH_EVENTS=N) to write a benchmark store")
	}
	n := 100000
	if v := os.Getenv("GEOWIRE_BENCH_EVENTS"); v != "" {
		n, _ = strconv.Atoi(v)
	}
	MustBenchStore(t, path, n).Close()
}

// BenchmarkEventsQuery serves event queries from a 20,000-event store (or
// the store GEOWIRE_BENCH_DB names, see TestMakeBenchStore) with the page
// cache off (every request reads the store) and on (the same query again,
// as a polling client sends it).
func BenchmarkEventsQuery(b *testing.B) {
	var db *sqlite.DB
	if path := os.Getenv("GEOWIRE_BENCH_DB"); path != "" {
		var err error
		if db, err = sqlite.Open(context.Background(), path); err != nil {
			b.Fatal(err)
		}
	} else {
		db = MustBenchStore(b, b.TempDir()+"/bench.db", 20000)
	}
	defer db.Close()
	first, err := db.QueryEvents(context.Background(), store.EventFilter{Limit: 20})
	if err != nil {
		b.Fatal(err)
	}
	for _, cache := range []struct {
		name  string
		bytes int64
	}{{"nocache", -1}, {"cache", 0}} {
		s, err := api.New(api.Options{Store: db, Token: "bench-token-0123456789", CacheBytes: cache.bytes})
		if err != nil {
			b.Fatal(err)
		}
		for _, q := range []string{"limit=20", "limit=100", "type=ASSAULT&bbox=30,40,40,50&limit=50", "near=45,30&radius_km=200&limit=50", "type=ASSAULT,PROTEST&limit=20",
			"limit=20&cursor=" + first.Next, "limit=1000&format=csv"} {
			if cache.bytes >= 0 && strings.Contains(q, "format=") {
				continue // exports are never cached
			}
			name, _, _ := strings.Cut(q, "&cursor=")
			if name != q {
				name += "&cursor"
			}
			b.Run(cache.name+"/"+name, func(b *testing.B) {
				req := httptest.NewRequest("GET", "/api/v1/events?"+q, nil)
				for b.Loop() {
					w := httptest.NewRecorder()
					s.ServeHTTP(w, req)
					if w.Code != http.StatusOK {
						b.Fatalf("%d: %s", w.Code, w.Body)
					}
					io.Copy(io.Discard, w.Body)
				}
			})
		}
	}
}
