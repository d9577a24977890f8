package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestBarLine(t *testing.T) {
	clock := time.Unix(0, 0)
	now := func() time.Time { return clock }
	var buf bytes.Buffer
	b := newBar(&buf, "extract", 4, true, now)
	clock = clock.Add(2 * time.Second)
	b.Add(2, 1)
	if got, want := b.Line(), "extract [===============               ] 2/4  50% 1.0/s (1 failed)"; got != want {
		t.Fatalf("Line() = %q, want %q", got, want)
	}
	b.Add(2, 0)
	b.Finish()
	if !strings.Contains(buf.String(), "4/4 100%") || !strings.HasSuffix(buf.String(), "\n") {
		t.Fatalf("output %q lacks the finished bar", buf.String())
	}
}

func TestBarSilentWhenNotTerminal(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, "x", 3)
	b.Add(3, 0)
	b.Finish()
	if buf.Len() != 0 {
		t.Fatalf("bar wrote %q to a non-terminal", buf.String())
	}
	var nilBar *Bar
	nilBar.Add(1, 0) // must not panic
	nilBar.Finish()
}
