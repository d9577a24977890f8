package main

import (
	"regexp"
	"strings"
	"testing"
)

func TestBenchCommand(t *testing.T) {
	code, out, errOut := geowire(t, "", "bench", "--n", "60", "--html", "0.5", "--dir", t.TempDir())
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, re := range []string{
		`end to end: 60 articles in [0-9.]+s = [0-9]+ articles/s .* stored 60, failed 0`,
		`database: 60 documents, [1-9][0-9]* events`,
		`store: [0-9]+ document inserts/s`,
		`peak resident memory: [0-9]+ kB`,
		`cpu: [0-9.]+s user\+system = [0-9.]+ ms per article`,
		`writer: [1-9][0-9]* transactions \([0-9.]+ documents each\), busy [0-9.]+s of [0-9.]+s`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("output lacks /%s/:\n%s", re, out)
		}
	}
	if code, _, errOut := geowire(t, "", "bench", "--html", "2"); code != 2 || !strings.Contains(errOut, "--html") {
		t.Fatalf("bad --html: exit %d, %q", code, errOut)
	}
}
