package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/geowire/geowire/internal/extract"
	"github.com/geowire/geowire/internal/ingest"
	"github.com/geowire/geowire/internal/pipeline"
	"github.com/geowire/geowire/internal/progress"
	"github.com/geowire/geowire/internal/store"
	"github.com/geowire/geowire/internal/store/sqlite"
	"github.com/geowire/geowire/internal/synth"
)

func init() {
	register(command{name: "bench", summary: "measure end-to-end ingest and store speed on a synthetic corpus", run: runBench})
}

const benchAbout = `
Generates a synthetic news corpus (--n articles, --html share of them HTML pages, the
rest scraped-text dumps), ingests it end to end on the embedded default (extract →
read → geoparse → code → claims → cluster → SQLite) into a temporary database with
--workers in parallel, and prints articles/s, peak resident memory, the database size
per 1,000 articles, and the store's raw insert rate.`

func runBench(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "bench", "[--n N] [--html SHARE] [--workers N] [--dir DIR]", benchAbout)
	n := fs.Int("n", 10000, "articles to generate")
	htmlShare := fs.Float64("html", 0.5, "share of HTML pages (0 to 1)")
	workers := fs.Int("workers", pipeline.DefaultWorkers(), "documents processed in parallel")
	dir := fs.String("dir", "", "work in `DIR` (default: a temporary directory, removed afterwards)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the ingest to `FILE`")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *n <= 0 || *htmlShare < 0 || *htmlShare > 1 {
		return fmt.Errorf("%w: want --n > 0 and --html between 0 and 1", errUsage)
	}
	work := *dir
	if work == "" {
		if work, err = os.MkdirTemp("", "geowire-bench-"); err != nil {
			return err
		}
		defer os.RemoveAll(work)
	}
	corpus := filepath.Join(work, "corpus")
	if err := os.MkdirAll(corpus, 0o755); err != nil {
		return err
	}
	var raws []ingest.RawDocument
	var bytesIn int64
	for _, a := range synth.Generate(1, *n, *htmlShare) {
		ext, ct := ".txt", "text/plain; charset=utf-8"
		if a.HTML {
			ext, ct = ".html", "text/html; charset=utf-8"
		}
		p := filepath.Join(corpus, a.Name+ext)
		if err := os.WriteFile(p, a.Body, 0o644); err != nil {
			return err
		}
		u := "file://" + p
		raws = append(raws, ingest.RawDocument{URL: u, CanonicalURL: u, Source: "bench", ContentType: ct, Body: a.Body, FetchedAt: time.Now()})
		bytesIn += int64(len(a.Body))
	}
	fmt.Fprintf(e.stderr, "bench: %d articles (%.1f MB) in %s\n", len(raws), float64(bytesIn)/1e6, corpus)

	dbPath := filepath.Join(work, "bench.db")
	db, err := sqlite.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	an, err := openAnalyzer(ctx, e)
	if err != nil {
		return err
	}
	var p *pipeline.Pipeline
	bar := progress.New(e.stderr, "bench", len(raws))
	p, err = pipeline.New(pipeline.Config{Store: db, Analyzer: an, Log: e.log,
		Extract: extract.Options{MaxBytes: e.cfg.MaxInputBytes, Timeout: e.cfg.ExtractTimeout},
		OnDone:  func(r pipeline.Result) { bar.Add(1, 0) }})
	if err != nil {
		return err
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	// The same path as `geowire ingest DIR`: the folder source read file
	// by file, documents processed by the parallel pipeline.
	start := time.Now()
	cpu0, cpuOK := cpuTime()
	q := p.Parallel(ctx, *workers)
	runErr := ingest.New(nil, nil, ingest.Options{MaxFileBytes: e.cfg.MaxInputBytes}).Run(ctx, ingest.Source{Kind: ingest.KindPath, Location: corpus}, q)
	if err := errors.Join(runErr, q.Wait()); err != nil {
		return err
	}
	bar.Finish()
	took := time.Since(start)
	cpu1, cpuOK1 := cpuTime()
	st, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	ws := db.WriteStats()
	db.Close()
	size := fileSize(dbPath) + fileSize(dbPath+"-wal")
	s := p.Stats()
	fmt.Fprintf(e.stdout, "end to end: %d articles in %.1fs = %.0f articles/s with %d workers (GOMAXPROCS %d); stored %d, failed %d\n",
		len(raws), took.Seconds(), float64(len(raws))/took.Seconds(), *workers, runtime.GOMAXPROCS(0), s.Stored.Load(), s.Failed.Load())
	// CPU time hardly depends on what else the machine runs, unlike the
	// rate: compare it when the machine is busy.
	if cpu := cpu1 - cpu0; cpuOK && cpuOK1 {
		fmt.Fprintf(e.stdout, "cpu: %.1fs user+system = %.2f ms per article\n", cpu.Seconds(), cpu.Seconds()*1000/float64(max(1, len(raws))))
	} else {
		fmt.Fprintln(e.stdout, "cpu: not measured (no getrusage on this system)")
	}
	fmt.Fprintf(e.stdout, "writer: %d transactions (%.1f documents each), busy %.1fs of %.1fs\n",
		ws.Transactions, float64(ws.Documents)/float64(max(1, ws.Transactions)), ws.Busy.Seconds(), took.Seconds())
	fmt.Fprintf(e.stdout, "database: %d documents, %d events, %d places, %d clusters; %.1f MB on disk = %.2f MB per 1,000 articles\n",
		st.Documents, st.Events, st.Places, st.Clusters, float64(size)/1e6, float64(size)/1e6/float64(max(1, st.Documents))*1000)
	rate, err := insertRate(ctx, filepath.Join(work, "inserts.db"), raws)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "store: %.0f document inserts/s (SQLite, one writer, raw and clean text)\n", rate)
	fmt.Fprintf(e.stdout, "peak resident memory: %s\n", peakRSS())
	return nil
}

// insertRate measures the store alone: PutDocument of every raw document.
func insertRate(ctx context.Context, path string, raws []ingest.RawDocument) (float64, error) {
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	start := time.Now()
	for i, r := range raws {
		text := string(r.Body)
		d := &store.Document{Raw: r.Body, ContentType: r.ContentType}
		d.URL, d.CanonicalURL, d.Text, d.Title = r.URL, r.CanonicalURL, text, fmt.Sprint("doc ", i)
		d.ContentHash = ingest.ContentHash(text)
		if _, _, err := db.PutDocument(ctx, d); err != nil {
			return 0, err
		}
	}
	return float64(len(raws)) / time.Since(start).Seconds(), nil
}

func fileSize(p string) int64 {
	st, err := os.Stat(p)
	if err != nil {
		return 0
	}
	return st.Size()
}

// peakRSS reads the process's peak resident set size (Linux VmHWM).
func peakRSS() string {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return "unknown (no /proc)"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
