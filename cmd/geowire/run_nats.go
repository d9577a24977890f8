package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/geowire/geowire/internal/ingest"
	"github.com/geowire/geowire/internal/metrics"
	"github.com/geowire/geowire/internal/natsq"
	"github.com/geowire/geowire/internal/pipeline"
	"github.com/geowire/geowire/internal/store"
)

// coordinatorConfig is what 'geowire run --nats' needs.
type coordinatorConfig struct {
	queue        natsq.Config
	dsn          string
	files        []ingest.Source
	interval     time.Duration
	addr         string
	tokenFile    string
	allowPrivate bool
	ignoreRobots bool
}

// runCoordinator is 'geowire run --nats URL --postgres DSN': every
// interval it reads the sources and publishes a fetch job per listed
// article (and an analysis job per local file or fetched page) for
// 'geowire worker' processes; it serves the API, the map and /metrics
// from the shared database as the embedded mode does. It analyses
// nothing itself. Restarting it resumes: the jobs wait in the streams,
// and the store and the streams' dedup window refuse doubles.
func runCoordinator(ctx context.Context, e *env, c coordinatorConfig) error {
	if c.dsn == "" {
		return fmt.Errorf("%w: --nats wants --postgres DSN (or $%s): the workers write into one shared database", errUsage, postgresEnv)
	}
	db, err := openStore(ctx, e, "", c.dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	q, err := natsq.Connect(ctx, c.queue)
	if err != nil {
		return err
	}
	defer q.Close()
	m := metrics.New()
	fetcher, err := ingest.NewFetcher(ingest.FetcherConfig{
		UserAgent: ingest.DefaultUserAgent(pipeline.Version), AllowPrivate: c.allowPrivate,
		IgnoreRobots: c.ignoreRobots, MaxBodyBytes: e.cfg.MaxInputBytes,
	})
	if err != nil {
		return err
	}
	defer fetcher.Close()
	co := &coordinator{e: e, db: db, q: q, m: m, fetcher: fetcher, files: c.files, interval: c.interval,
		validators: &ingest.MemoryValidators{}}
	fmt.Fprintf(e.stderr, "geowire run: coordinator publishing to %s (prefix %s)\n", c.queue.URL, q.Config().Prefix)
	return serveWhile(ctx, e, db, m, c.tokenFile, c.addr, func(ctx context.Context) { every(ctx, co.interval, co.cycle) })
}

// coordinator reads the sources each interval and publishes jobs.
type coordinator struct {
	e          *env
	db         store.Store
	q          *natsq.Queue
	m          *metrics.Metrics
	fetcher    *ingest.Fetcher
	validators ingest.Validators
	files      []ingest.Source
	interval   time.Duration
}

// cycle reads every source once and publishes what is new.
func (c *coordinator) cycle(ctx context.Context) {
	sources := watchedSources(ctx, c.e, c.db, c.m, c.files)
	in := ingest.New(c.fetcher, c.validators, ingest.Options{MaxFileBytes: c.e.cfg.MaxInputBytes})
	pub := &publisher{c: c}
	start := time.Now()
	for _, s := range sources {
		if ctx.Err() != nil {
			return
		}
		if err := in.Discover(ctx, s, pub); err != nil && ctx.Err() == nil {
			c.e.log.Warn("source failed", "source", s.String(), "err", err)
			c.m.Error("source")
		}
	}
	pending := 0
	for _, k := range []natsq.Kind{natsq.Fetch, natsq.Analyze} {
		if n, err := c.q.Pending(ctx, k); err == nil {
			pending += int(n)
		}
	}
	c.m.Queue(pending)
	c.e.log.Info("sources read", "sources", len(sources), "fetch_jobs", pub.fetch.Load(), "analysis_jobs", pub.analyze.Load(),
		"known", pub.known.Load(), "pending", pending, "seconds", time.Since(start).Seconds())
}

// publisher is the ingest.LinkSink that turns what sources yield into
// jobs, skipping what the store holds already.
type publisher struct {
	c                     *coordinator
	fetch, analyze, known atomic.Int64
}

// stored reports whether the store has a document with this canonical URL.
func (p *publisher) stored(ctx context.Context, canon string) (bool, error) {
	if canon == "" {
		return false, nil
	}
	_, err := p.c.db.FindDocument(ctx, canon, "")
	switch {
	case err == nil:
		p.known.Add(1)
		return true, nil
	case errors.Is(err, store.ErrNotFound):
		return false, nil
	}
	return false, err
}

// Link implements ingest.LinkSink: a fetch job.
func (p *publisher) Link(ctx context.Context, l ingest.Link) error {
	if ok, err := p.stored(ctx, l.CanonicalURL); ok || err != nil {
		return err
	}
	fresh, err := p.c.q.PublishFetch(ctx, l)
	if fresh {
		p.fetch.Add(1)
	}
	return err
}

// Document implements ingest.Sink: an analysis job carrying the body.
func (p *publisher) Document(ctx context.Context, raw ingest.RawDocument) error {
	if ok, err := p.stored(ctx, raw.CanonicalURL); ok || err != nil {
		return err
	}
	fresh, err := p.c.q.PublishAnalyze(ctx, raw)
	if fresh {
		p.analyze.Add(1)
	}
	return err
}

// Error implements ingest.Sink.
func (p *publisher) Error(ctx context.Context, err *ingest.ItemError) {
	p.c.m.Error("source")
	p.c.e.log.Warn("item failed", "source", err.Source, "item", err.Item, "err", err.Err)
}
