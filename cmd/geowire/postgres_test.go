package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/store/postgres/pgtest"
)

// TestPostgresIngestStatsServe ingests the examples into PostgreSQL and
// into SQLite: stats must agree, a re-run stores nothing, and serve answers
// from PostgreSQL.
func TestPostgresIngestStatsServe(t *testing.T) {
	dsn := pgtest.DSN(t)
	examples := filepath.Join("..", "..", "examples", "articles")
	for i := range 2 {
		code, _, errOut := geowire(t, "", "ingest", "--postgres", dsn, examples)
		if code != 0 {
			t.Fatalf("ingest run %d: exit %d: %s", i, code, errOut)
		}
		if i == 1 && !strings.Contains(errOut, " 0 stored") {
			t.Fatalf("re-run stored something: %s", errOut)
		}
	}
	code, out, errOut := geowire(t, "", "stats", "--postgres", dsn)
	if code != 0 {
		t.Fatalf("stats: exit %d: %s", code, errOut)
	}
	var pg map[string]int
	if err := json.Unmarshal([]byte(out), &pg); err != nil {
		t.Fatalf("stats output %q: %v", out, err)
	}
	db := filepath.Join(t.TempDir(), "g.db")
	if code, _, errOut := geowire(t, "", "ingest", "--db", db, examples); code != 0 {
		t.Fatalf("sqlite ingest: exit %d: %s", code, errOut)
	}
	if lite := stats(t, db); pg["documents"] != 6 || fmt.Sprint(pg) != fmt.Sprint(lite) {
		t.Fatalf("stats: postgres %v, sqlite %v; want the same, with 6 documents", pg, lite)
	}

	// reprocess and sources work on PostgreSQL too.
	if code, _, errOut := geowire(t, "", "reprocess", "--postgres", dsn, "--all"); code != 0 || !strings.Contains(errOut, "6") {
		t.Fatalf("reprocess --postgres: exit %d: %s", code, errOut)
	}
	code, out, errOut = geowire(t, "", "stats", "--postgres", dsn)
	if code != 0 || strings.TrimSpace(out) == "" {
		t.Fatalf("stats after reprocess: exit %d: %s", code, errOut)
	}
	var again map[string]int
	if err := json.Unmarshal([]byte(out), &again); err != nil || fmt.Sprint(again) != fmt.Sprint(pg) {
		t.Fatalf("stats after reprocess --all: %v, before %v", again, pg)
	}
	if code, _, errOut := geowire(t, "", "sources", "add", "--postgres", dsn, "feed:https://example.org/rss.xml"); code != 0 {
		t.Fatalf("sources add --postgres: exit %d: %s", code, errOut)
	}
	if code, out, errOut := geowire(t, "", "sources", "list", "--postgres", dsn); code != 0 || !strings.Contains(out, "https://example.org/rss.xml") {
		t.Fatalf("sources list --postgres: exit %d: %q %s", code, out, errOut)
	}

	// serve from PostgreSQL: the events the stats count.
	dataDir := t.TempDir()
	getenv := func(k string) string {
		if k == "GEOWIRE_DATA_DIR" {
			return dataDir
		}
		return os.Getenv(k)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var errb syncBuffer
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"serve", "--postgres", dsn, "--addr", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, &errb, getenv)
	}()
	defer func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("serve exit %d: %s", code, errb.String())
		}
	}()
	base := waitListening(t, &errb)
	resp, err := http.Get(base + "/api/v1/events?limit=1000")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var page struct {
		Events []json.RawMessage `json:"events"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /api/v1/events: %s, %v", resp.Status, err)
	}
	if len(page.Events) == 0 {
		t.Fatalf("serve --postgres returned no events (stats %v)", pg)
	}
}

func waitListening(t *testing.T, errb *syncBuffer) string {
	t.Helper()
	re := regexp.MustCompile(`listening on (http://127\.0\.0\.1:\d+)`)
	for range 400 {
		if m := re.FindStringSubmatch(errb.String()); m != nil {
			return m[1]
		}
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatalf("serve did not start: %s", errb.String())
	return ""
}

func TestPostgresFlagChoice(t *testing.T) {
	if code, _, errOut := geowire(t, "", "stats", "--db", "x.db", "--postgres", "postgres://127.0.0.1/x"); code != 2 || !strings.Contains(errOut, "exclude") {
		t.Fatalf("--db with --postgres: exit %d, %q", code, errOut)
	}
	// GEOWIRE_POSTGRES applies when --db is not given, and never shows the password.
	t.Setenv(postgresEnv, "postgres://geowire:secret@127.0.0.1:1/none?sslmode=disable&connect_timeout=5")
	code, _, errOut := geowire(t, "", "stats")
	if code != 1 || !strings.Contains(errOut, "127.0.0.1:1/none") || strings.Contains(errOut, "secret") {
		t.Fatalf("stats with %s and no server: exit %d, %q", postgresEnv, code, errOut)
	}
	// An explicit --db wins over the environment.
	if code, _, errOut := geowire(t, "", "stats", "--db", filepath.Join(t.TempDir(), "none.db")); code != 1 || !strings.Contains(errOut, "no database") {
		t.Fatalf("--db with %s set: exit %d, %q", postgresEnv, code, errOut)
	}
}
