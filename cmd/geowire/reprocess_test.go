package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestReprocess(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	examples := filepath.Join("..", "..", "examples", "articles")
	if code, _, errOut := geowire(t, "", "ingest", "--db", db, "--no-analysis", examples); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	if s := stats(t, db); s["documents"] != 6 || s["events"] != 0 {
		t.Fatalf("before reprocess: %v", s)
	}
	code, _, errOut := geowire(t, "", "reprocess", "--db", db)
	if code != 0 || !strings.Contains(errOut, "6 documents") {
		t.Fatalf("reprocess: exit %d: %s", code, errOut)
	}
	s := stats(t, db)
	if s["events"] == 0 || s["places"] == 0 {
		t.Fatalf("after reprocess: %v", s)
	}
	// Everything is current now: a second run does nothing.
	code, _, errOut = geowire(t, "", "reprocess", "--db", db)
	if code != 0 || !strings.Contains(errOut, "current") {
		t.Fatalf("second reprocess: exit %d: %s", code, errOut)
	}
	// --all redoes everything and gives the same counts (stable analysis).
	if code, _, errOut := geowire(t, "", "reprocess", "--db", db, "--all"); code != 0 || !strings.Contains(errOut, "6 documents") {
		t.Fatalf("reprocess --all: exit %d: %s", code, errOut)
	}
	if again := stats(t, db); again["events"] != s["events"] || again["places"] != s["places"] {
		t.Fatalf("reprocess --all changed the counts: %v then %v", s, again)
	}
}
