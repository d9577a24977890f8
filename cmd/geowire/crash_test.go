package main

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"
)

// TestIngestSurvivesKill9 kills a real `geowire ingest` child at random
// moments, many times, then lets it finish: every article committed before
// a kill is still there afterwards, none is stored twice, the database
// passes SQLite's integrity check, and the final count is exact.
func TestIngestSurvivesKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills a child process")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "geowire")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	in := filepath.Join(dir, "articles")
	os.MkdirAll(in, 0o755)
	const n = 3000
	places := []string{"Kharkiv", "Mosul", "Goma", "Khartoum", "Kherson", "Gao", "Idlib", "Rafah"}
	for i := range n {
		p := places[i%len(places)]
		body := fmt.Sprintf("Report %d from %s\n\nLocal officials in %s said on Monday that incident number %d damaged %d buildings and injured %d people, according to a statement.\n\nInvestigators were sent to the area on Tuesday.\n", i, p, p, i, i%17+1, i%5)
		if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("a%04d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "g.db")
	count := func() int {
		t.Helper()
		c, err := sql.Open("sqlite", "file:"+db)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		var ok string
		if err := c.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
			t.Fatalf("integrity_check = %q, %v", ok, err)
		}
		var docs, distinct int
		if err := c.QueryRow("SELECT count(*), count(DISTINCT content_hash) FROM documents").Scan(&docs, &distinct); err != nil {
			t.Fatal(err)
		}
		if docs != distinct {
			t.Fatalf("%d documents but %d distinct contents: duplicates stored", docs, distinct)
		}
		return docs
	}
	env := os.Environ() // the data directory with the built gazetteer
	rng := rand.New(rand.NewPCG(1, 2))
	prev, kills := 0, 0
	deadline := time.Now().Add(60 * time.Second)
	for kills < 12 && time.Now().Before(deadline) {
		cmd := exec.CommandContext(context.Background(), bin, "ingest", "--db", db, in)
		cmd.Env = env
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(10+rng.IntN(250)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		kills++
		if _, err := os.Stat(db); err != nil {
			continue // killed before the database was created
		}
		got := count()
		if got < prev {
			t.Fatalf("after kill %d: %d documents, fewer than the %d committed before", kills, got, prev)
		}
		prev = got
		if got == n {
			break
		}
	}
	cmd := exec.Command(bin, "ingest", "--db", db, in)
	cmd.Env = env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("final ingest: %v\n%s", err, out)
	}
	if got := count(); got != n {
		t.Fatalf("after %d kills and a full run: %d documents, want %d", kills, got, n)
	}
	t.Logf("%d kills; documents committed before the last kill: %d", kills, prev)
}
