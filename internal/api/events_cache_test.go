package api_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/api"
	"github.com/geowire/geowire/internal/api/apitest"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// plainStore hides the optional capabilities of the store it wraps, so
// the API takes its plain path: decode each event, encode the page.
type plainStore struct{ store.Store }

// TestEventsRawMatchesDecoded checks that pages built from the stored JSON
// of events are byte for byte those built by decoding and encoding them.
func TestEventsRawMatchesDecoded(t *testing.T) {
	_, db := apitest.MustFixture(t, t.TempDir(), 30)
	raw, err := api.New(api.Options{Store: db, CacheBytes: -1})
	if err != nil {
		t.Fatal(err)
	}
	plain, err := api.New(api.Options{Store: plainStore{db}})
	if err != nil {
		t.Fatal(err)
	}
	get := func(s *api.Server, q string) []byte {
		t.Helper()
		w := httptest.NewRecorder()
		s.ServeHTTP(w, httptest.NewRequest("GET", "/api/v1/events?"+q, nil))
		if w.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", q, w.Code, w.Body)
		}
		return w.Body.Bytes()
	}
	for _, q := range []string{"limit=1000", "limit=5", "include_all=true&sort=date&limit=7", "type=PROTEST", "country=ZZ", "cluster=" + apitest.ClusterBelaya,
		"actor=russian"} { // the event whose names and evidence carry markup
		for page := 0; q != "" && page < 20; page++ {
			a, b := get(raw, q), get(plain, q)
			if !bytes.Equal(a, b) {
				t.Fatalf("%s: raw page differs:\n%s\nplain:\n%s", q, a, b)
			}
			var v struct{ Next *string }
			if err := json.Unmarshal(a, &v); err != nil {
				t.Fatal(err)
			}
			if v.Next == nil {
				break
			}
			q = "limit=5&cursor=" + *v.Next
		}
	}
}

// TestEventsCacheSeesWrites reads a page, writes (through the store, then
// from another connection as another process would), and reads again: the
// cached page must never outlive the write.
func TestEventsCacheSeesWrites(t *testing.T) {
	ctx := context.Background()
	path, db := apitest.MustFixture(t, t.TempDir(), 20)
	s, err := api.New(api.Options{Store: db})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	c := &client{t: t, srv: srv}
	const q = "/api/v1/events?limit=3"
	first := c.do("GET", q, "")
	again := c.do("GET", q, "")
	etag := first.Header.Get("ETag")
	if first.StatusCode != 200 || !bytes.Equal(first.body, again.body) || etag == "" || again.Header.Get("ETag") != etag {
		t.Fatalf("repeated read: %d %s / %s", first.StatusCode, etag, again.Header.Get("ETag"))
	}
	if r := c.do("GET", q, "", "If-None-Match", etag); r.StatusCode != 304 || len(r.body) != 0 {
		t.Fatalf("cached If-None-Match: %d %q", r.StatusCode, r.body)
	}

	// A write through the store.
	id, _, err := db.PutDocument(ctx, &store.Document{Document: model.Document{URL: "https://wire.example.org/new", CanonicalURL: "https://wire.example.org/new",
		Source: "New Wire", Title: "New", Text: "Fresh shelling.", ContentHash: "new-hash"}})
	if err != nil {
		t.Fatal(err)
	}
	fresh := model.Event{ID: "ev_fresh", Type: model.EventAssault, Date: time.Now().UTC().AddDate(1, 0, 0).Format("2006-01-02"), Confidence: 0.9,
		Evidence: map[string]model.Evidence{"trigger": {Start: 6, End: 14, Text: "shelling"}}}
	if err := db.PutAnalysis(ctx, id, &store.Analysis{Version: "v", Events: []model.Event{fresh}}); err != nil {
		t.Fatal(err)
	}
	v := c.get(q, 200)
	if got := ids(v); len(got) != 3 || got[0] != "ev_fresh" {
		t.Fatalf("after PutAnalysis: %v, want ev_fresh first", got)
	}
	r := c.do("GET", q, "", "If-None-Match", etag)
	if r.StatusCode != 200 || r.Header.Get("ETag") == etag {
		t.Fatalf("after a write the old ETag still matches: %d %s", r.StatusCode, r.Header.Get("ETag"))
	}

	// A write by another connection (another process, such as ingest).
	other, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.Exec(`UPDATE events SET cluster_id = 'cl_other' WHERE id = 'ev_fresh'`); err != nil {
		t.Fatal(err)
	}
	v = c.get(q, 200)
	if e := v["events"].([]any)[0].(map[string]any); e["cluster"] != "cl_other" {
		t.Fatalf("after an outside write: cluster %v, want cl_other", e["cluster"])
	}

	// gzip from the cache: the same page, compressed.
	plain := c.do("GET", q, "")
	for range 2 {
		g := c.do("GET", q, "", "Accept-Encoding", "gzip")
		if g.Header.Get("Content-Encoding") != "gzip" || g.Header.Get("ETag") != plain.Header.Get("ETag") {
			t.Fatalf("gzip: %v", g.Header)
		}
		zr, err := gzip.NewReader(bytes.NewReader(g.body))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(zr)
		if !bytes.Equal(b, plain.body) {
			t.Fatalf("gzip body differs from the plain one")
		}
	}
	if r := c.do("GET", q, "", "Accept-Encoding", "gzip", "If-None-Match", plain.Header.Get("ETag")); r.StatusCode != 304 || len(r.body) != 0 {
		t.Fatalf("gzip If-None-Match: %d %q", r.StatusCode, r.body)
	}
}

// TestEventsCacheConcurrent reads from many goroutines while another
// writes (run it with -race); once a write has returned, every read that
// starts after it sees it.
func TestEventsCacheConcurrent(t *testing.T) {
	ctx := context.Background()
	_, db := apitest.MustFixture(t, t.TempDir(), 20)
	s, err := api.New(api.Options{Store: db, CacheBytes: 64 << 10})
	if err != nil {
		t.Fatal(err)
	}
	queries := []string{"limit=2", "limit=5", "type=ASSAULT", "limit=1000", "country=UA&limit=3"}
	get := func(q string) (int, []byte) {
		w := httptest.NewRecorder()
		s.ServeHTTP(w, httptest.NewRequest("GET", "/api/v1/events?"+q, nil))
		return w.Code, w.Body.Bytes()
	}
	id, _, err := db.PutDocument(ctx, &store.Document{Document: model.Document{URL: "https://wire.example.org/c", CanonicalURL: "https://wire.example.org/c",
		Title: "C", Text: "Shelling.", ContentHash: "c-hash"}})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	errc := make(chan error, 8)
	for g := range 8 {
		go func() {
			for i := 0; ; i++ {
				select {
				case <-done:
					errc <- nil
					return
				default:
				}
				if code, body := get(queries[(g+i)%len(queries)]); code != 200 {
					errc <- fmt.Errorf("status %d: %s", code, body)
					return
				}
			}
		}()
	}
	for i := range 5 {
		evID := fmt.Sprintf("ev_conc_%d", i)
		e := model.Event{ID: evID, Type: model.EventAssault, Date: fmt.Sprintf("2099-01-%02d", 1+i), Confidence: 0.5,
			Evidence: map[string]model.Evidence{"trigger": {Start: 0, End: 8, Text: "Shelling"}}}
		if err := db.PutAnalysis(ctx, id, &store.Analysis{Version: "v", Events: []model.Event{e}}); err != nil {
			t.Fatal(err)
		}
		for _, q := range queries[:3] {
			_, body := get(q)
			var v struct{ Events []struct{ ID string } }
			if err := json.Unmarshal(body, &v); err != nil || len(v.Events) == 0 || v.Events[0].ID != evID {
				t.Fatalf("%s after writing %s: %s", q, evID, body)
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	close(done)
	for range 8 {
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
	}
}
