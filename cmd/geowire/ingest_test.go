package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

func stats(t *testing.T, db string) map[string]int {
	t.Helper()
	code, out, errOut := geowire(t, "", "stats", "--db", db)
	if code != 0 {
		t.Fatalf("stats: exit %d: %s", code, errOut)
	}
	var m map[string]int
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("stats output %q: %v", out, err)
	}
	return m
}

func TestIngestFolderTwice(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	examples := filepath.Join("..", "..", "examples", "articles")
	for i := range 2 {
		code, _, errOut := geowire(t, "", "ingest", "--db", db, examples)
		if code != 0 {
			t.Fatalf("run %d: exit %d: %s", i, code, errOut)
		}
		if i == 1 && !strings.Contains(errOut, " 0 stored") {
			t.Fatalf("re-run stored something: %s", errOut)
		}
	}
	if s := stats(t, db); s["documents"] != 6 {
		t.Fatalf("stats = %v, want 6 documents", s)
	}
}

func TestIngestFeed(t *testing.T) {
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nAllow: /\n") })
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
<item><title>Floods in Sindh</title><link>%[1]s/a?utm_source=rss</link><guid>a</guid></item>
<item><title>Port reopens in Berdyansk</title><link>%[1]s/b</link><guid>b</guid></item>
<item><title>Same story, AMP link</title><link>%[1]s/a/amp</link><guid>c</guid></item>
</channel></rss>`, srv.URL)
	})
	page := func(title, body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, "<html><head><title>%s</title></head><body><nav><a href=/>Home</a></nav><article><h1>%s</h1><p>%s</p><p>%s</p></article></body></html>", title, title, body, body)
		}
	}
	mux.HandleFunc("/a", page("Floods in Sindh", "Heavy monsoon rains flooded villages across Sindh province on Monday, officials in Karachi said, displacing thousands of families."))
	mux.HandleFunc("/a/amp", page("Floods in Sindh", "Heavy monsoon rains flooded villages across Sindh province on Monday, officials in Karachi said, displacing thousands of families."))
	mux.HandleFunc("/b", page("Port reopens in Berdyansk", "The port of Berdyansk on the Sea of Azov reopened to cargo ships on Tuesday after weeks of closure, local authorities said."))
	srv = httptest.NewServer(mux)
	defer srv.Close()

	db := filepath.Join(t.TempDir(), "g.db")
	// Without --allow-private the loopback server is refused.
	code, _, errOut := geowire(t, "", "ingest", "--db", db, "feed:"+srv.URL+"/feed.xml")
	if code != 1 || !strings.Contains(errOut, "address refused") {
		t.Fatalf("loopback fetch without --allow-private: exit %d, stderr %q", code, errOut)
	}
	code, _, errOut = geowire(t, "", "ingest", "--db", db, "--allow-private", "feed:"+srv.URL+"/feed.xml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if s := stats(t, db); s["documents"] != 2 {
		t.Fatalf("stats = %v, want 2 documents (the AMP copy is the same article): %s", s, errOut)
	}
}

func TestIngestBadUsage(t *testing.T) {
	if code, _, errOut := geowire(t, "", "ingest"); code != 2 || !strings.Contains(errOut, "SOURCE") {
		t.Fatalf("no source: exit %d, %q", code, errOut)
	}
	if code, _, errOut := geowire(t, "", "ingest", "gopher://x"); code != 2 {
		t.Fatalf("bad scheme: exit %d, %q", code, errOut)
	}
	if code, _, errOut := geowire(t, "", "stats", "--db", filepath.Join(t.TempDir(), "none.db")); code != 1 || !strings.Contains(errOut, "no database") {
		t.Fatalf("stats of a missing db: exit %d, %q", code, errOut)
	}
}
