package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/geowire/geowire/internal/eval"
	"github.com/geowire/geowire/internal/geoparse"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/progress"
)

func init() {
	registerEval(command{name: "geoparse", summary: "geoparsing: recognition P/R/F1 and resolution acc@161 km per set (end to end and gold spans)", run: runEvalGeoparse})
}

const evalGeoparseAbout = `
Runs the geoparser over every set in DIR (default shared/eval/geo: GeoWebNews, LGL,
TR-News, GeoVirus), or over one set's folder, twice: end to end (finding the
places itself) and with the gold spans (resolution only). Prints one table with
the figures of the sets' score.py: docs, gold toponyms, predicted, precision,
recall, F1, acc161_matched, acc161_all, AUC, mean and median km, and the
documents per second of one core. --out keeps the predictions as
DIR/<set>.<mode>.jsonl for score.py.`

type geoEvalResult struct {
	Set   string        `json:"set"`
	Mode  string        `json:"mode"`
	Score eval.GeoScore `json:"score"`
	Rate  float64       `json:"docs_per_second"`
}

func runEvalGeoparse(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval geoparse", "[--out DIR] [--json] [--mode both|e2e|gold] [DIR]", evalGeoparseAbout)
	out := fs.String("out", "", "also write each set's predictions to `DIR`/<set>.<mode>.jsonl")
	asJSON := fs.Bool("json", false, "print the figures as JSON")
	mode := fs.String("mode", "both", "e2e (end to end), gold (gold spans) or both")
	dataDir := fs.String("data-dir", e.cfg.DataDir, "data directory (env GEOWIRE_DATA_DIR)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents parsed in parallel")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	var modes []string
	switch *mode {
	case "both":
		modes = []string{"e2e", "gold"}
	case "e2e", "gold":
		modes = []string{*mode}
	default:
		return fmt.Errorf("%w: --mode must be both, e2e or gold", errUsage)
	}
	sets, err := evalSetsArg(pos, "geo", ".jsonl")
	if err != nil {
		return err
	}
	g, err := openGazetteer(ctx, e, *dataDir)
	if err != nil {
		return err
	}
	defer g.Close()
	p, err := geoparse.New(g, geoparse.Options{})
	if err != nil {
		return err
	}
	if *out != "" {
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return err
		}
	}
	var results []geoEvalResult
	for _, set := range sets {
		files, _ := filepath.Glob(filepath.Join(set, "*.jsonl"))
		sort.Strings(files)
		for _, file := range files {
			gold, err := eval.LoadGeoJSONL(file)
			if err != nil {
				return err
			}
			name := filepath.Base(set)
			if len(files) > 1 {
				name += "/" + strings.TrimSuffix(filepath.Base(file), ".jsonl")
			}
			for _, m := range modes {
				r, preds, err := evalGeoparseSet(ctx, e, p, gold, name, m == "gold", *workers)
				if err != nil {
					return err
				}
				r.Mode = m
				results = append(results, r)
				if *out != "" {
					path := filepath.Join(*out, strings.ReplaceAll(name, "/", "_")+"."+m+".jsonl")
					if err := writeFileAtomic(path, func(w io.Writer) error { return writeGeoPreds(w, gold, preds) }); err != nil {
						return err
					}
				}
			}
		}
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(results)
	}
	return printGeoTable(e.stdout, results)
}

func printGeoTable(w io.Writer, results []geoEvalResult) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "set\tmode\tdocs\tgold\tpredicted\tP\tR\tF1\tacc161_matched\tacc161_all\tAUC\tmean_km\tmedian_km\tdocs/s")
	km := func(p *float64) string {
		if p == nil {
			return "None"
		}
		return eval.PyFloat(*p)
	}
	for _, r := range results {
		s := r.Score
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.0f\n", r.Set, r.Mode, s.Docs, s.GoldToponyms,
			s.Predicted, eval.PyFloat(s.Precision), eval.PyFloat(s.Recall), eval.PyFloat(s.F1),
			eval.PyFloat(s.Acc161Matched), eval.PyFloat(s.Acc161All), eval.PyFloat(s.AUC), km(s.MeanKm), km(s.MedianKm), r.Rate)
	}
	return tw.Flush()
}

// evalGeoparseSet parses every document of a set and scores the result.
func evalGeoparseSet(ctx context.Context, e *env, p *geoparse.Parser, gold []eval.GeoDoc, name string, spans bool, workers int) (geoEvalResult, [][]model.Place, error) {
	preds := make([][]model.Place, len(gold))
	errs := make([]error, len(gold))
	label := "eval " + name
	if spans {
		label += " (gold spans)"
	}
	bar := progress.New(e.stderr, label, len(gold))
	busy := forEach(ctx, len(gold), workers, func(i int) {
		d := gold[i]
		if spans {
			ss := make([]model.Span, len(d.Toponyms))
			for k, t := range d.Toponyms {
				ss[k] = model.Span{Start: t.Start, End: t.End}
			}
			preds[i], errs[i] = p.Resolve(ctx, d.Text, ss)
		} else {
			preds[i], errs[i] = p.Parse(ctx, d.Text)
		}
		bar.Add(1, 0)
	})
	bar.Finish()
	if err := ctx.Err(); err != nil {
		return geoEvalResult{}, nil, err
	}
	for i, err := range errs {
		if err != nil {
			return geoEvalResult{}, nil, fmt.Errorf("%s: document %s: %w", name, gold[i].ID, err)
		}
	}
	pred := make([]eval.GeoDoc, len(gold))
	for i, d := range gold {
		pred[i] = eval.GeoDoc{ID: d.ID, Toponyms: toGeoToponyms(preds[i])}
	}
	r := geoEvalResult{Set: name, Score: eval.ScoreGeo(gold, pred)}
	if s := busy.Seconds(); s > 0 {
		// documents per second of parse time summed over workers: the
		// single-core rate, whatever the parallelism.
		r.Rate = float64(len(gold)) / s
	}
	return r, preds, nil
}

func toGeoToponyms(ps []model.Place) []eval.GeoToponym {
	out := make([]eval.GeoToponym, len(ps))
	for i, p := range ps {
		lat, lon := p.Lat, p.Lon
		out[i] = eval.GeoToponym{Start: p.Start, End: p.End, Name: p.Name, Lat: &lat, Lon: &lon}
	}
	return out
}

// writeGeoPreds writes predictions in the contract's JSONL form.
func writeGeoPreds(w io.Writer, gold []eval.GeoDoc, preds [][]model.Place) error {
	for i, d := range gold {
		ps := preds[i]
		if ps == nil {
			ps = []model.Place{}
		}
		b, err := marshalNoEscape(struct {
			ID       string        `json:"id"`
			Toponyms []model.Place `json:"toponyms"`
		}{d.ID, ps})
		if err != nil {
			return err
		}
		if _, err := w.Write(append(b, '\n')); err != nil {
			return err
		}
	}
	return nil
}
