package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestSourcesCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	code, out, errOut := geowire(t, "", "sources", "add", "--db", db, "feed:https://example.org/rss.xml", "examples/articles")
	if code != 0 || strings.Count(out, "\n") != 2 {
		t.Fatalf("add: exit %d, out %q, err %q", code, out, errOut)
	}
	// Adding again is idempotent.
	if code, _, errOut := geowire(t, "", "sources", "add", "--db", db, "feed:https://example.org/rss.xml"); code != 0 {
		t.Fatalf("add again: exit %d: %s", code, errOut)
	}
	code, out, _ = geowire(t, "", "sources", "list", "--db", db, "--json")
	var list []struct {
		ID       int64  `json:"id"`
		Kind     string `json:"kind"`
		Location string `json:"location"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != 2 || list[0].Kind != "feed" || list[1].Kind != "path" {
		t.Fatalf("list: exit %d, %q", code, out)
	}
	if code, _, errOut := geowire(t, "", "sources", "remove", "--db", db, "1"); code != 0 {
		t.Fatalf("remove: exit %d: %s", code, errOut)
	}
	tests := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"remove again", []string{"sources", "remove", "--db", db, "1"}, 1, "not found"},
		{"remove bad id", []string{"sources", "remove", "--db", db, "x"}, 2, "not a source id"},
		{"add bad scheme", []string{"sources", "add", "--db", db, "gopher://x"}, 2, "only http and https"},
		{"unknown sub", []string{"sources", "purge", "--db", db}, 2, "unknown subcommand"},
		{"no sub", []string{"sources"}, 2, "missing subcommand"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := geowire(t, "", tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.err) {
				t.Fatalf("exit %d (want %d), stderr %q (want %q)", code, tt.code, errOut, tt.err)
			}
		})
	}
	code, out, _ = geowire(t, "", "sources", "list", "--db", db)
	if code != 0 || !strings.Contains(out, "examples/articles") || strings.Contains(out, "rss.xml") {
		t.Fatalf("list after remove: %q", out)
	}
}
