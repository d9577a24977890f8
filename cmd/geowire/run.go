package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/geowire/geowire/internal/ingest"
	"github.com/geowire/geowire/internal/metrics"
	"github.com/geowire/geowire/internal/pipeline"
	"github.com/geowire/geowire/internal/store"
)

func init() {
	register(command{name: "run", summary: "the service: watch sources, analyse new articles, serve API, map and metrics", run: runService})
}

const runAbout = `
Runs geowire as a service on its embedded default (one SQLite file, in-process work):
every --interval it reads each source (those added with 'geowire sources add' and
those listed in --sources FILE, one spec per line as for 'geowire ingest', # starts a
comment), puts every new article through extract → read → geoparse → code → claims
into the database, and serves the API and map (as 'geowire serve') and Prometheus
metrics at /metrics on --addr. SIGINT or SIGTERM stops it gracefully; a restart
resumes without losing or doubling anything.

With --nats URL (and --postgres DSN) it is the coordinator of a scale-out deployment
instead: it reads the sources each interval and publishes a fetch job per new article
(an analysis job per local file) to NATS JetStream for 'geowire worker' processes,
and serves the API, map and /metrics from the shared PostgreSQL database.`

func runService(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "run", "[--db PATH | --postgres DSN] [--nats URL] [--addr HOST:PORT] [--sources FILE] [--interval D]", runAbout)
	dbPath := fs.String("db", defaultDB(e), "SQLite database `PATH` (created if missing)")
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (port 0 picks a free one)")
	sourcesFile := fs.String("sources", "", "a `FILE` of source specs, one per line, watched besides the stored sources")
	interval := fs.Duration("interval", 15*time.Minute, "time between two reads of the sources")
	tokenFile := fs.String("token-file", filepath.Join(e.cfg.DataDir, "api-token"), "bearer token `FILE` for write endpoints")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching private, loopback and link-local addresses")
	ignoreRobots := fs.Bool("ignore-robots", false, "do not honour robots.txt")
	var qf queueFlags
	addQueueFlags(e, fs, &qf)
	pgFlag := postgresFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	dsn, err := postgresDSN(e, fs, *pgFlag)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, pos[0])
	}
	if *interval < time.Second {
		return fmt.Errorf("%w: --interval must be at least 1s", errUsage)
	}
	var fileSources []ingest.Source
	if *sourcesFile != "" {
		if fileSources, err = readSourcesFile(*sourcesFile); err != nil {
			return err
		}
	}
	if qf.url != "" {
		// Scale-out: publish jobs for 'geowire worker' processes (run_nats.go).
		return runCoordinator(ctx, e, coordinatorConfig{queue: qf.config("geowire-coordinator"), dsn: dsn,
			files: fileSources, interval: *interval, addr: *addr, tokenFile: *tokenFile,
			allowPrivate: *allowPrivate, ignoreRobots: *ignoreRobots})
	}
	db, err := openStore(ctx, e, *dbPath, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	p, m, err := newServicePipeline(ctx, e, db)
	if err != nil {
		return err
	}
	fetcher, err := ingest.NewFetcher(ingest.FetcherConfig{
		UserAgent: ingest.DefaultUserAgent(pipeline.Version), AllowPrivate: *allowPrivate,
		IgnoreRobots: *ignoreRobots, MaxBodyBytes: e.cfg.MaxInputBytes,
		OnFetch: func(r *ingest.Response, err error) {
			switch {
			case err != nil:
				m.Fetch("error")
			case r.NotModified:
				m.Fetch("not_modified")
			default:
				m.Fetch("ok")
			}
		},
	})
	if err != nil {
		return err
	}
	defer fetcher.Close()

	w := &watcher{e: e, db: db, p: p, m: m, files: fileSources, interval: *interval,
		validators: &ingest.MemoryValidators{}, fetcher: fetcher}
	return serveWhile(ctx, e, db, m, *tokenFile, *addr, func(ctx context.Context) { every(ctx, w.interval, w.cycle) })
}

// watcher reads every source once per interval.
type watcher struct {
	e          *env
	db         store.Store
	p          *pipeline.Pipeline
	m          *metrics.Metrics
	fetcher    *ingest.Fetcher
	validators ingest.Validators
	files      []ingest.Source
	interval   time.Duration
}

// sourcesAtOnce is how many sources one cycle reads at the same time.
const sourcesAtOnce = 4

// cycle reads all sources once; a failing source is logged and the others
// go on.
func (w *watcher) cycle(ctx context.Context) {
	sources := watchedSources(ctx, w.e, w.db, w.m, w.files)
	in := ingest.New(w.fetcher, w.validators, ingest.Options{MaxFileBytes: w.e.cfg.MaxInputBytes})
	before := w.p.Stats().Stored.Load()
	start := time.Now()
	// Documents are analysed and stored in parallel (and committed
	// together); sources are read a few at a time, each host still held
	// to its own rate by the fetcher.
	q := w.p.Parallel(ctx, 0)
	var left atomic.Int64
	left.Store(int64(len(sources)))
	w.m.Queue(len(sources))
	forEach(ctx, len(sources), sourcesAtOnce, func(i int) {
		s := sources[i]
		if err := in.Run(ctx, s, q); err != nil && ctx.Err() == nil {
			w.e.log.Warn("source failed", "source", s.String(), "err", err)
			w.m.Error("source")
		}
		w.m.Queue(int(left.Add(-1)))
	})
	if err := q.Wait(); err != nil && ctx.Err() == nil {
		w.e.log.Error("store failed", "err", err)
	}
	w.m.Queue(0)
	w.e.log.Info("sources read", "sources", len(sources), "stored", w.p.Stats().Stored.Load()-before,
		"seconds", time.Since(start).Seconds())
}

// readSourcesFile reads one source spec per line; blank lines and lines
// starting with # are skipped. Errors name the file and line.
func readSourcesFile(path string) ([]ingest.Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--sources: %w", err)
	}
	defer f.Close()
	var out []ingest.Source
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s, err := ingest.ParseSource(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("--sources %s: %w", path, err)
	}
	return out, nil
}
