package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"text/tabwriter"

	"github.com/geowire/geowire/internal/eval"
	"github.com/geowire/geowire/internal/extract"
	"github.com/geowire/geowire/internal/progress"
)

func init() {
	registerEval(command{name: "extract", summary: "main-content extraction: word-4-gram P/R/F1 per set (zyte, wcxb)", run: runEvalExtract})
}

const evalExtractAbout = `
Extracts every <id>.html of each set in DIR (default shared/eval/extraction: its
zyte and wcxb sets) and scores the body text against <id>.json's articleBody with
the benchmark's own metric (identical to the set's score.py): word 4-gram
precision and recall per page, macro-averaged, F1 of the means, and the share of
exact pages. --out keeps the predictions as <set>/<id>.txt for score.py.`

type extractSetResult struct {
	Set   string               `json:"set"`
	Score eval.ExtractionScore `json:"score"`
	Rate  float64              `json:"pages_per_second"`
	Pages []extractPageResult  `json:"-"`
}

type extractPageResult struct {
	id   string
	f1   float64
	note string
}

func runEvalExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval extract", "[--out DIR] [--json] [--worst N] [DIR]", evalExtractAbout)
	out := fs.String("out", "", "also write each prediction to `DIR`/<set>/<id>.txt")
	asJSON := fs.Bool("json", false, "print the figures as JSON")
	worst := fs.Int("worst", 0, "list the `N` worst pages of each set on stderr")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "pages extracted in parallel")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	sets, err := evalSetsArg(pos, "extraction", ".json")
	if err != nil {
		return err
	}
	var results []extractSetResult
	for _, set := range sets {
		r, err := evalExtractSet(ctx, e, set, *out, *workers)
		if err != nil {
			return err
		}
		results = append(results, r)
		if *worst > 0 {
			printWorst(e.stderr, r, *worst)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(results)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "set\tpages\tprecision\trecall\tf1\taccuracy\tpages/s")
	for _, r := range results {
		s := r.Score
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%.0f\n", r.Set, s.Pages, eval.PyFloat(s.Precision), eval.PyFloat(s.Recall), eval.PyFloat(s.F1), eval.PyFloat(s.Accuracy), r.Rate)
	}
	return tw.Flush()
}

func evalExtractSet(ctx context.Context, e *env, set, out string, workers int) (extractSetResult, error) {
	name := filepath.Base(set)
	gold, err := eval.LoadExtractionSet(set)
	if err != nil {
		return extractSetResult{}, err
	}
	predDir := ""
	if out != "" {
		predDir = filepath.Join(out, name)
		if err := os.MkdirAll(predDir, 0o755); err != nil {
			return extractSetResult{}, err
		}
	}
	preds := make([]string, len(gold))
	notes := make([]string, len(gold))
	bar := progress.New(e.stderr, "eval "+name, len(gold))
	extractTime := forEach(ctx, len(gold), workers, func(i int) {
		g := gold[i]
		raw, err := os.ReadFile(g.HTMLPath)
		if err != nil {
			notes[i] = err.Error()
			bar.Add(1, 1)
			return
		}
		doc, xerr := extract.Extract(ctx, raw, extract.Options{URL: g.URL, Format: extract.FormatHTML, MaxBytes: e.cfg.MaxInputBytes, Timeout: e.cfg.ExtractTimeout})
		if doc != nil {
			preds[i] = doc.Text
		}
		if xerr != nil {
			notes[i] = xerr.Error()
		}
		bar.Add(1, 0)
	})
	bar.Finish()
	if err := ctx.Err(); err != nil {
		return extractSetResult{}, err
	}
	bodies := make([]string, len(gold))
	r := extractSetResult{Set: name}
	for i, g := range gold {
		bodies[i] = g.Body
		if predDir != "" {
			if err := os.WriteFile(filepath.Join(predDir, g.ID+".txt"), []byte(preds[i]), 0o644); err != nil {
				return r, err
			}
		}
		one := eval.ScoreExtraction([]string{g.Body}, []string{preds[i]})
		r.Pages = append(r.Pages, extractPageResult{id: g.ID, f1: one.F1, note: notes[i]})
	}
	r.Score = eval.ScoreExtraction(bodies, preds)
	if s := extractTime.Seconds(); s > 0 {
		// Pages per second of extraction time summed over workers: the
		// single-core rate, whatever the parallelism.
		r.Rate = float64(len(gold)) / s
	}
	return r, nil
}

func printWorst(w io.Writer, r extractSetResult, n int) {
	pages := append([]extractPageResult(nil), r.Pages...)
	for i := 1; i < len(pages); i++ {
		for j := i; j > 0 && pages[j].f1 < pages[j-1].f1; j-- {
			pages[j], pages[j-1] = pages[j-1], pages[j]
		}
	}
	fmt.Fprintf(w, "worst pages of %s:\n", r.Set)
	for _, p := range pages[:min(n, len(pages))] {
		fmt.Fprintf(w, "  %.3f %s %s\n", p.f1, p.id, p.note)
	}
}
