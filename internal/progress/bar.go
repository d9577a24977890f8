package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// Bar is a progress bar over a known number of items. It is safe for
// concurrent use; a nil *Bar does nothing.
type Bar struct {
	mu      sync.Mutex
	w       io.Writer
	label   string
	total   int
	done    int
	failed  int
	start   time.Time
	last    time.Time
	now     func() time.Time
	enabled bool
}

// New returns a bar writing to w, drawn only when w is a terminal.
func New(w io.Writer, label string, total int) *Bar {
	return newBar(w, label, total, IsTerminal(w), time.Now)
}

func newBar(w io.Writer, label string, total int, enabled bool, now func() time.Time) *Bar {
	t := now()
	return &Bar{w: w, label: label, total: total, start: t, now: now, enabled: enabled}
}

// IsTerminal reports whether w is a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// Add records n finished items, failed of them failures, and redraws at
// most ten times a second.
func (b *Bar) Add(n, failed int) {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.done += n
	b.failed += failed
	if !b.enabled {
		return
	}
	if t := b.now(); t.Sub(b.last) >= 100*time.Millisecond || b.done >= b.total {
		b.last = t
		b.draw()
	}
}

// Finish draws the final state and ends the line.
func (b *Bar) Finish() {
	if b == nil || !b.enabled {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.draw()
	fmt.Fprintln(b.w)
}

// Line renders the bar as text (without carriage return).
func (b *Bar) Line() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.line()
}

func (b *Bar) draw() { fmt.Fprint(b.w, "\r"+b.line()+"\x1b[K") }

func (b *Bar) line() string {
	const width = 30
	frac := 1.0
	if b.total > 0 {
		frac = float64(b.done) / float64(b.total)
	}
	frac = min(max(frac, 0), 1)
	fill := int(frac * width)
	elapsed := b.now().Sub(b.start).Seconds()
	rate := 0.0
	if elapsed > 0 {
		rate = float64(b.done) / elapsed
	}
	s := fmt.Sprintf("%s [%s%s] %d/%d %3.0f%% %.1f/s", b.label, strings.Repeat("=", fill), strings.Repeat(" ", width-fill), b.done, b.total, frac*100, rate)
	if b.failed > 0 {
		s += fmt.Sprintf(" (%d failed)", b.failed)
	}
	return s
}
