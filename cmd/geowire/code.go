package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/geowire/geowire/internal/events"
	"github.com/geowire/geowire/internal/gazetteer"
	"github.com/geowire/geowire/internal/geoparse"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/nlp"
)

func init() {
	register(command{name: "code", summary: "code events (PLOVER + ACLED) from JSONL documents", run: runCode})
}

const codeAbout = `
Reads JSONL documents, one per line with "id", "text" and optionally "published"
(RFC 3339 or YYYY-MM-DD), from FILE or standard input, and writes one line per
document: {"id", "events": [...]}. Each event has its PLOVER "type", "mode",
"context", "aux", the ACLED view ("acled_event_type", "acled_sub_event_type"),
"actor" and "recipient" (name, ISO alpha-3 country, sector), "location" (name,
lat, lon, geonameid, precision 1-3), "date" (YYYY-MM-DD) with "date_precision"
and "date_basis", "fatalities", "quantities", "confidence" and "evidence": the
code-point span of the trigger and of each field in the text.

Places are resolved with the gazetteer of the data directory when it exists
(build it with 'geowire gazetteer build'); without it, events carry no location.

By default only events reported as having happened are written; --all adds
negated, hypothetical, future and historical ones, marked in "aux". --explain
adds "reasons": every decision behind each event.`

// codeInput is one input line.
type codeInput struct {
	ID        json.RawMessage `json:"id"`
	Text      string          `json:"text"`
	Published string          `json:"published"`
}

// codeOutput is one output line.
type codeOutput struct {
	ID     json.RawMessage `json:"id"`
	Events []model.Event   `json:"events"`
}

func runCode(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "code", "[--all] [--explain] [--no-geo] [FILE]", codeAbout)
	all := fs.Bool("all", false, "also write negated, hypothetical, future and historical events")
	explain := fs.Bool("explain", false, `add "reasons" to each event`)
	noGeo := fs.Bool("no-geo", false, "do not resolve places (no gazetteer needed)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents coded in parallel")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return fmt.Errorf("%w: at most one FILE", errUsage)
	}
	in := e.stdin
	if len(pos) == 1 && pos[0] != "-" {
		f, err := os.Open(pos[0])
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	ec := newEventCoder(e, !*noGeo)
	opt := events.Options{All: *all, Explain: *explain}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return codeStream(ctx, in, *workers, func(d codeInput) ([]model.Event, error) {
		return ec.code(ctx, d, opt)
	}, func(d codeInput, evs []model.Event) error {
		if evs == nil {
			evs = []model.Event{}
		}
		return enc.Encode(codeOutput{ID: d.ID, Events: evs})
	})
}

// codeStream reads JSONL documents from in, codes them on workers and
// hands the results to emit in input order.
func codeStream(ctx context.Context, in io.Reader, workers int, code func(codeInput) ([]model.Event, error), emit func(codeInput, []model.Event) error) error {
	type job struct {
		n   int
		d   codeInput
		evs []model.Event
		err error
		ok  chan struct{}
	}
	jobs := make(chan *job, 4*max(1, workers))
	order := make(chan *job, 4*max(1, workers))
	var wg sync.WaitGroup
	for range max(1, workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.evs, j.err = code(j.d)
				close(j.ok)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		defer close(order)
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				continue
			}
			var d codeInput
			if err := json.Unmarshal([]byte(line), &d); err != nil {
				readErr <- fmt.Errorf("line %d: not JSON: %w", n, err)
				return
			}
			j := &job{n: n, d: d, ok: make(chan struct{})}
			select {
			case order <- j:
			case <-ctx.Done():
				readErr <- ctx.Err()
				return
			}
			jobs <- j
		}
		readErr <- sc.Err()
	}()
	var firstErr error
	for j := range order {
		<-j.ok
		if firstErr != nil {
			continue
		}
		if j.err != nil {
			firstErr = fmt.Errorf("line %d: %w", j.n, j.err)
			continue
		}
		if err := emit(j.d, j.evs); err != nil {
			firstErr = err
		}
	}
	wg.Wait()
	if err := <-readErr; err != nil && firstErr == nil {
		firstErr = err
	}
	return firstErr
}

// eventCoder runs nlp, the geoparser (when a gazetteer is available) and
// the event coder over one document.
type eventCoder struct {
	parser *geoparse.Parser
}

func newEventCoder(e *env, geo bool) *eventCoder {
	ec := &eventCoder{}
	if !geo {
		return ec
	}
	g, err := gazetteer.Open(gazetteer.Path(e.cfg.DataDir))
	if err != nil {
		e.log.Warn("no gazetteer: events will carry no location (run `geowire gazetteer build`)", "err", err)
		return ec
	}
	p, err := geoparse.New(g, geoparse.Options{})
	if err != nil {
		e.log.Warn("geoparser unavailable: events will carry no location", "err", err)
		return ec
	}
	ec.parser = p
	return ec
}

func (ec *eventCoder) code(ctx context.Context, d codeInput, opt events.Options) ([]model.Event, error) {
	doc := &model.Document{Text: d.Text, ID: strings.Trim(string(d.ID), `"`)}
	if d.Published != "" {
		if t, err := time.Parse(time.RFC3339, d.Published); err == nil {
			doc.Published = &t
		} else if t, err := time.Parse(time.DateOnly, d.Published[:min(10, len(d.Published))]); err == nil {
			doc.Published = &t
		}
	}
	return ec.codeDoc(ctx, doc, opt)
}

func (ec *eventCoder) codeDoc(ctx context.Context, doc *model.Document, opt events.Options) ([]model.Event, error) {
	r, err := nlp.Read(ctx, doc)
	if err != nil {
		return nil, err
	}
	var places []model.Place
	if ec.parser != nil {
		if places, err = ec.parser.Parse(ctx, doc.Text); err != nil {
			return nil, err
		}
	}
	return events.Code(ctx, doc, r, places, opt)
}
