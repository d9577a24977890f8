package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"time"

	"github.com/geowire/geowire/internal/extract"
	"github.com/geowire/geowire/internal/ingest"
	"github.com/geowire/geowire/internal/pipeline"
	"github.com/geowire/geowire/internal/progress"
)

func init() {
	register(command{name: "ingest", summary: "read sources once (files, folders, feeds, pages) into the database", run: runIngest})
}

const ingestAbout = `
Reads each SOURCE once and stores every new article: a local file or folder (HTML,
text, .jsonl of {"url","title","text","published"}, WARC), a feed, sitemap or page
URL ("feed:URL", "sitemap:URL", "url:URL", "warc:PATH" force the kind). Articles seen
before (same canonical URL or same content) are not stored again, so a re-run adds
nothing. Fetching is polite (robots.txt, per-host rate limits, conditional GET) and
refuses private, loopback and link-local addresses unless --allow-private.

Exit status: 0 when every source was read (single articles may still have failed:
see the summary), 1 when a source failed, 2 on bad usage.`

func defaultDB(e *env) string { return filepath.Join(e.cfg.DataDir, "geowire.db") }

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "[--db PATH | --postgres DSN] SOURCE...", ingestAbout)
	dbPath := fs.String("db", defaultDB(e), "SQLite database `PATH`")
	pgDSN := postgresFlag(fs)
	allowPrivate := fs.Bool("allow-private", false, "allow fetching private, loopback and link-local addresses")
	ignoreRobots := fs.Bool("ignore-robots", false, "do not honour robots.txt")
	parallel := fs.Int("parallel", 4, "sources read at the same time")
	workers := fs.Int("workers", pipeline.DefaultWorkers(), "documents analysed and stored at the same time")
	noAnalysis := fs.Bool("no-analysis", false, "store clean documents only (no reading, places, events, claims)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return fmt.Errorf("%w: name at least one SOURCE", errUsage)
	}
	dsn, err := postgresDSN(e, fs, *pgDSN)
	if err != nil {
		return err
	}
	var sources []ingest.Source
	for _, spec := range pos {
		s, err := ingest.ParseSource(spec)
		if err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		sources = append(sources, s)
	}
	db, err := openStore(ctx, e, *dbPath, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	fetcher, err := ingest.NewFetcher(ingest.FetcherConfig{
		UserAgent:    ingest.DefaultUserAgent(pipeline.Version),
		AllowPrivate: *allowPrivate,
		IgnoreRobots: *ignoreRobots,
		MaxBodyBytes: e.cfg.MaxInputBytes,
	})
	if err != nil {
		return err
	}
	defer fetcher.Close()

	var analyzer *pipeline.Analyzer
	if !*noAnalysis {
		if analyzer, err = openAnalyzer(ctx, e); err != nil {
			return err
		}
	}
	bar := progress.New(e.stderr, "ingest", len(sources))
	p, err := pipeline.New(pipeline.Config{
		Store:    db,
		Analyzer: analyzer,
		Extract:  extract.Options{MaxBytes: e.cfg.MaxInputBytes, Timeout: e.cfg.ExtractTimeout},
		Log:      e.log,
	})
	if err != nil {
		return err
	}
	in := ingest.New(fetcher, nil, ingest.Options{MaxFileBytes: e.cfg.MaxInputBytes})
	start := time.Now()
	q := p.Parallel(ctx, *workers)
	var (
		mu     sync.Mutex
		failed []error
	)
	forEach(ctx, len(sources), *parallel, func(i int) {
		err := in.Run(ctx, sources[i], q)
		failedOne := 0
		if err != nil {
			mu.Lock()
			failed = append(failed, err)
			mu.Unlock()
			failedOne = 1
		}
		bar.Add(1, failedOne)
	})
	storeErr := q.Wait()
	bar.Finish()
	st := p.Stats()
	fmt.Fprintf(e.stderr, "ingest: %d documents seen in %.1fs: %d stored, %d already stored, %d without article content, %d failed; database %s\n",
		st.Seen.Load(), time.Since(start).Seconds(), st.Stored.Load(), st.Duplicates.Load(), st.Skipped.Load(), st.Failed.Load(), storeLocation(*dbPath, dsn))
	for _, err := range failed {
		fmt.Fprintln(e.stderr, "geowire ingest:", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if storeErr != nil {
		return storeErr
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d of %d sources failed", len(failed), len(sources))
	}
	return nil
}
