package synth

import (
	"bytes"
	"testing"
)

func TestGenerate(t *testing.T) {
	a := Generate(7, 200, 0.5)
	b := Generate(7, 200, 0.5)
	if len(a) != 200 {
		t.Fatalf("%d articles", len(a))
	}
	html, seen := 0, map[string]bool{}
	for i := range a {
		if !bytes.Equal(a[i].Body, b[i].Body) {
			t.Fatalf("article %d differs between runs of the same seed", i)
		}
		if seen[string(a[i].Body)] {
			t.Fatalf("article %d repeats another", i)
		}
		seen[string(a[i].Body)] = true
		if a[i].HTML {
			html++
			if !bytes.Contains(a[i].Body, []byte("<article>")) {
				t.Fatalf("HTML article %d has no <article>", i)
			}
		} else if !bytes.Contains(a[i].Body, []byte("appeared first on")) {
			t.Fatalf("text article %d has no feed footer", i)
		}
	}
	if html < 70 || html > 130 {
		t.Fatalf("%d of 200 HTML with share 0.5", html)
	}
}
