package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/geowire/geowire/internal/pipeline"
	"github.com/geowire/geowire/internal/progress"
	"github.com/geowire/geowire/internal/store"
)

func init() {
	register(command{name: "reprocess", summary: "re-run the analysis over stored documents after an upgrade", run: runReprocess})
}

const reprocessAbout = `
Re-runs the analysis stages (reading, places, events, claims) over the documents
stored in the database, from their stored clean text, without fetching or
extracting again. By default only documents whose analysis is missing or comes
from another pipeline version (now ` + pipeline.Version + `) are redone; --all redoes every one.
Each document's old analysis is replaced in one transaction, so an interrupted
run can simply be started again.`

func runReprocess(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "reprocess", "[--db PATH | --postgres DSN] [--all] [--workers N]", reprocessAbout)
	dbPath := fs.String("db", defaultDB(e), "SQLite database `PATH`")
	pgDSN := postgresFlag(fs)
	all := fs.Bool("all", false, "re-analyse every document, not only outdated ones")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents analysed in parallel")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, pos[0])
	}
	db, err := openExistingStore(ctx, e, fs, *dbPath, *pgDSN, " (nothing to reprocess)")
	if err != nil {
		return err
	}
	defer db.Close()
	f := store.DocumentFilter{Limit: 5000}
	if !*all {
		f.NotVersion = pipeline.Version
	}
	var ids []string
	for {
		page, err := db.ListDocuments(ctx, f)
		if err != nil {
			return err
		}
		if len(page) == 0 {
			break
		}
		for _, d := range page {
			ids = append(ids, d.ID)
		}
		f.After = page[len(page)-1].ID
	}
	if len(ids) == 0 {
		fmt.Fprintf(e.stderr, "reprocess: every document's analysis is current (%s)\n", pipeline.Version)
		return nil
	}
	an, err := openAnalyzer(ctx, e)
	if err != nil {
		return err
	}
	p, err := pipeline.New(pipeline.Config{Store: db, Analyzer: an, Log: e.log})
	if err != nil {
		return err
	}
	start := time.Now()
	bar := progress.New(e.stderr, "reprocess", len(ids))
	var (
		mu     sync.Mutex
		failed []error
		events int
	)
	forEach(ctx, len(ids), *workers, func(i int) {
		a, err := p.Reanalyze(ctx, ids[i])
		mu.Lock()
		if err != nil {
			failed = append(failed, err)
		} else {
			events += len(a.Events)
		}
		mu.Unlock()
		n := 0
		if err != nil {
			n = 1
		}
		bar.Add(1, n)
	})
	bar.Finish()
	fmt.Fprintf(e.stderr, "reprocess: %d documents in %.1fs, %d events, %d failed\n", len(ids)-len(failed), time.Since(start).Seconds(), events, len(failed))
	for _, err := range failed[:min(len(failed), 20)] {
		fmt.Fprintln(e.stderr, "geowire reprocess:", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d of %d documents failed", len(failed), len(ids))
	}
	return nil
}
