package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/geowire/geowire/internal/eval"
	"github.com/geowire/geowire/internal/events"
	"github.com/geowire/geowire/internal/model"
)

func init() {
	registerEval(command{name: "events", summary: "event coding: PLOVER type F1, ACLED sub-event F1, location, fatalities, date per set", run: runEvalEvents})
}

const evalEventsAbout = `
Codes every record of each set in DIR (default shared/eval/events: plover_gsr,
case2021_task2, acled_sample) as 'geowire code' does and prints the figures of
the sets' score.py in one table: for plover_gsr PLOVER-type micro precision,
recall, F1 and macro F1; for case2021_task2 and acled_sample the ACLED
sub-event accuracy and weighted F1; for acled_sample also the share of events
located within 25 km, exact fatalities and exact dates. --out keeps the
predictions as <set>.jsonl for score.py; --confusion prints, per set, the
(gold, predicted) pairs that differ, by count.`

type eventsSetResult struct {
	eval.EventsScore
	Rate float64 `json:"docs_per_second"`
}

func runEvalEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval events", "[--out DIR] [--json] [--confusion N] [--no-geo] [DIR]", evalEventsAbout)
	out := fs.String("out", "", "also write the predictions to `DIR`/<set>.jsonl")
	asJSON := fs.Bool("json", false, "print the figures as JSON")
	confusion := fs.Int("confusion", 0, "print the `N` most frequent label confusions of each set on stderr")
	noGeo := fs.Bool("no-geo", false, "do not resolve places")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "records coded in parallel")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	sets, err := evalSetsArg(pos, "events", ".jsonl")
	if err != nil {
		return err
	}
	ec := newEventCoder(e, !*noGeo)
	var results []eventsSetResult
	for _, set := range sets {
		files, _ := filepath.Glob(filepath.Join(set, "*.jsonl"))
		sort.Strings(files)
		for _, f := range files {
			r, pred, gold, err := evalEventsFile(ctx, ec, f, *workers)
			if err != nil {
				return err
			}
			results = append(results, r)
			if *out != "" {
				if err := writePreds(filepath.Join(*out, filepath.Base(set)+".jsonl"), pred); err != nil {
					return err
				}
			}
			if *confusion > 0 {
				printConfusion(e.stderr, r.Set, gold, pred, *confusion)
			}
		}
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(results)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "set\trecords\tprecision\trecall\tf1\tmacro_f1\taccuracy\tweighted_f1\tlocation_acc25\tfatalities_exact\tdate_exact\tdocs/s")
	f := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return eval.PyFloat(*p)
	}
	for _, r := range results {
		s := r.EventsScore
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.0f\n", s.Set, s.Records, f(s.Precision), f(s.Recall), f(s.F1), f(s.MacroF1),
			f(s.Accuracy), f(s.WeightedF1), f(s.LocationAcc25), f(s.FatalitiesExact), f(s.DateExact), r.Rate)
	}
	return tw.Flush()
}

// evalEventsFile codes one gold file and scores it.
func evalEventsFile(ctx context.Context, ec *eventCoder, path string, workers int) (eventsSetResult, []eval.EventRecord, []eval.EventRecord, error) {
	gold, err := eval.LoadEventsJSONL(path)
	if err != nil {
		return eventsSetResult{}, nil, nil, err
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return eventsSetResult{}, nil, nil, err
	}
	var preds []eval.EventRecord
	var busy atomic.Int64
	t0 := time.Now()
	err = codeStream(ctx, bytes.NewReader(raw), workers, func(d codeInput) ([]model.Event, error) {
		s := time.Now()
		evs, err := ec.code(ctx, d, events.Options{})
		busy.Add(int64(time.Since(s)))
		return evs, err
	}, func(d codeInput, evs []model.Event) error {
		rec := eval.EventRecord{ID: idOf(d.ID)}
		b, err := json.Marshal(evs)
		if err != nil {
			return err
		}
		var list []map[string]any
		if err := json.Unmarshal(b, &list); err != nil {
			return err
		}
		rec.Events = list
		preds = append(preds, rec)
		return nil
	})
	if err != nil {
		return eventsSetResult{}, nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	_ = t0
	s, err := eval.ScoreEvents(gold, preds)
	if err != nil {
		return eventsSetResult{}, nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	r := eventsSetResult{EventsScore: s}
	if b := time.Duration(busy.Load()).Seconds(); b > 0 {
		r.Rate = float64(len(gold)) / b // per core: coding time summed over workers
	}
	return r, preds, gold, nil
}

// idOf is the id as score.py keys it: str(d["id"]).
func idOf(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return strings.TrimSpace(string(raw))
}

func writePreds(path string, preds []eval.EventRecord) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, p := range preds {
		if p.Events == nil {
			p.Events = []map[string]any{}
		}
		if err := enc.Encode(map[string]any{"id": p.ID, "events": p.Events}); err != nil {
			return err
		}
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// printConfusion lists the most frequent (gold, predicted) label pairs
// that differ: PLOVER types for plover_gsr, ACLED sub-event types else.
func printConfusion(w io.Writer, set string, gold, pred []eval.EventRecord, n int) {
	by := map[string][]map[string]any{}
	for _, p := range pred {
		by[p.ID] = p.Events
	}
	counts := map[string]int{}
	for _, g := range gold {
		if len(g.Events) == 0 {
			continue
		}
		key := "acled_sub_event_type"
		if set == "plover_gsr" {
			key = "type"
		}
		gl, _ := g.Events[0][key].(string)
		if gl == "" {
			gl, _ = g.Events[0]["type"].(string)
		}
		if set == "case2021_task2" {
			if seen, _ := g.Events[0]["seen_class"].(bool); !seen {
				continue
			}
		}
		var pl []string
		for _, e := range by[g.ID] {
			if v, _ := e[key].(string); v != "" {
				pl = append(pl, v)
				if set != "plover_gsr" {
					break
				}
			}
		}
		p := strings.Join(pl, "+")
		if p != gl {
			counts[gl+" → "+p]++
		}
	}
	type kv struct {
		k string
		v int
	}
	var l []kv
	for k, v := range counts {
		l = append(l, kv{k, v})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v || l[i].v == l[j].v && l[i].k < l[j].k })
	fmt.Fprintf(w, "confusions of %s:\n", set)
	for _, x := range l[:min(n, len(l))] {
		fmt.Fprintf(w, "  %4d  %s\n", x.v, x.k)
	}
}
