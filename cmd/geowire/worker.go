package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"runtime"
	"sync"
	"time"

	"github.com/geowire/geowire/internal/config"
	"github.com/geowire/geowire/internal/ingest"
	"github.com/geowire/geowire/internal/metrics"
	"github.com/geowire/geowire/internal/natsq"
	"github.com/geowire/geowire/internal/pipeline"
	"github.com/geowire/geowire/internal/store"
	"github.com/prometheus/client_golang/prometheus"
)

func init() {
	register(command{name: "worker", summary: "scale-out worker: fetch and analyse jobs from NATS JetStream into PostgreSQL", run: runWorker})
}

const workerAbout = `
Pulls fetch jobs (article URLs a 'geowire run --nats' coordinator found in feeds and
sitemaps) and analysis jobs (raw documents) from NATS JetStream, fetches politely (the
per-host schedule is shared by every worker through a JetStream KV bucket), puts each
article through extract → read → geoparse → code → claims into PostgreSQL, and acks
the job after the commit. Start as many as you like, on as many machines: a job goes
to one worker at a time, a killed worker's jobs go to another after --ack-wait, a job
that keeps failing lands in the dead-letter stream with its error, and the store
refuses doubles. SIGINT or SIGTERM stops pulling, finishes the jobs in flight and
exits.`

// natsEnv names the variable giving the NATS URL when --nats is not set.
const natsEnv = config.EnvNATS

// queueFlags are the queue settings the coordinator and the workers share.
type queueFlags struct {
	url, prefix string
	ackWait     time.Duration
	maxDeliver  int
}

func addQueueFlags(e *env, fs *flag.FlagSet, q *queueFlags) {
	fs.StringVar(&q.url, "nats", e.cfg.NATSURL, "NATS `URL` with JetStream (nats://127.0.0.1:4222; default $"+natsEnv+")")
	fs.StringVar(&q.prefix, "queue-prefix", natsq.DefaultPrefix, "`NAME` prefix of the JetStream streams and buckets")
	fs.DurationVar(&q.ackWait, "ack-wait", natsq.DefaultAckWait, "redeliver a job held this long without a heartbeat (a dead worker's jobs)")
	fs.IntVar(&q.maxDeliver, "max-deliver", natsq.DefaultMaxDeliver, "tries of a failing job before it goes to the dead-letter stream")
}

func (q queueFlags) config(name string) natsq.Config {
	return natsq.Config{URL: q.url, Prefix: q.prefix, AckWait: q.ackWait, MaxDeliver: q.maxDeliver, Name: name}
}

func runWorker(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "worker", "--nats URL --postgres DSN [--concurrency N] [--fetch-concurrency N]", workerAbout)
	var qf queueFlags
	addQueueFlags(e, fs, &qf)
	pgFlag := postgresFlag(fs)
	concurrency := fs.Int("concurrency", runtime.GOMAXPROCS(0), "analysis jobs handled at once")
	fetchConc := fs.Int("fetch-concurrency", 16, "fetch jobs handled at once (mostly waiting on the network)")
	rps := fs.Float64("rps", ingest.DefaultRequestsPerSecond, "most requests started per second to one host, over all workers")
	addr := fs.String("addr", "", "serve Prometheus /metrics on `HOST:PORT` (default: none)")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching private, loopback and link-local addresses")
	ignoreRobots := fs.Bool("ignore-robots", false, "do not honour robots.txt")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	dsn, err := postgresDSN(e, fs, *pgFlag)
	switch {
	case err != nil:
		return err
	case len(pos) > 0:
		return fmt.Errorf("%w: unexpected argument %q", errUsage, pos[0])
	case qf.url == "":
		return fmt.Errorf("%w: --nats URL is required (or $%s)", errUsage, natsEnv)
	case dsn == "":
		return fmt.Errorf("%w: --postgres DSN is required (or $%s): workers on several machines share one database", errUsage, postgresEnv)
	case *concurrency < 0 || *fetchConc < 0 || *rps <= 0:
		return fmt.Errorf("%w: --concurrency and --fetch-concurrency must not be negative, --rps must be positive", errUsage)
	}
	db, err := openStore(ctx, e, "", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	p, m, err := newServicePipeline(ctx, e, db)
	if err != nil {
		return err
	}
	q, err := natsq.Connect(ctx, qf.config("geowire-worker"))
	if err != nil {
		return err
	}
	defer q.Close()
	fetcher, err := ingest.NewFetcher(ingest.FetcherConfig{
		UserAgent: ingest.DefaultUserAgent(pipeline.Version), AllowPrivate: *allowPrivate,
		IgnoreRobots: *ignoreRobots, MaxBodyBytes: e.cfg.MaxInputBytes, RequestsPerSecond: *rps,
	})
	if err != nil {
		return err
	}
	defer fetcher.Close()

	w := &worker{e: e, db: db, p: p, m: m, fetcher: fetcher, hosts: q.HostLimiter(),
		interval: time.Duration(float64(time.Second) / *rps), maxHold: q.Config().AckWait}
	jobs := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "geowire_queue_jobs_total",
		Help: "Queue jobs handled, by kind and outcome (acked, retry, dead_letter)."}, []string{"kind", "outcome"})
	m.Registry().MustRegister(jobs)
	opt := func(n int) natsq.WorkOptions {
		return natsq.WorkOptions{Concurrency: n, OnDone: func(k natsq.Kind, outcome string, d time.Duration, err error) {
			jobs.WithLabelValues(string(k), outcome).Inc()
			if err != nil {
				e.log.Warn("job failed", "kind", k, "outcome", outcome, "err", err)
			}
		}}
	}
	fmt.Fprintf(e.stderr, "geowire worker: pulling from %s (prefix %s), %d analysis + %d fetch slots\n",
		qf.url, q.Config().Prefix, *concurrency, *fetchConc)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errc := make(chan error, 3)
	if *concurrency > 0 {
		wg.Go(func() { errc <- q.Work(ctx, natsq.Analyze, opt(*concurrency), w.analyze) })
	}
	if *fetchConc > 0 {
		wg.Go(func() { errc <- q.Work(ctx, natsq.Fetch, opt(*fetchConc), w.fetch) })
	}
	if *addr != "" {
		wg.Go(func() {
			mux := http.NewServeMux()
			mux.Handle("GET /metrics", m.Handler())
			errc <- listenAndServe(ctx, e, "worker", *addr, func(a string) *http.Server {
				return &http.Server{Addr: a, Handler: mux, ReadHeaderTimeout: 10 * time.Second}
			})
		})
	}
	go func() { wg.Wait(); close(errc) }()
	var first error
	for err := range errc {
		if err != nil && first == nil {
			first = err
			cancel() // one part failed: stop the others, gracefully
		}
	}
	s := p.Stats()
	fmt.Fprintf(e.stderr, "geowire worker: stopped: %d seen, %d stored, %d duplicates, %d skipped, %d failed\n",
		s.Seen.Load(), s.Stored.Load(), s.Duplicates.Load(), s.Skipped.Load(), s.Failed.Load())
	return first
}

// worker holds what the job handlers share.
type worker struct {
	e        *env
	db       store.Store
	p        *pipeline.Pipeline
	m        *metrics.Metrics
	fetcher  *ingest.Fetcher
	hosts    *natsq.HostLimiter
	interval time.Duration // between two request starts to one host
	maxHold  time.Duration // longest politeness wait held rather than handed back
}

// analyze puts a raw document through the pipeline. A store failure is
// transient (retried); a document that cannot be extracted or analysed is
// permanent (dead-lettered with its error); no content is done.
func (w *worker) analyze(ctx context.Context, j *natsq.Job) error {
	return w.process(ctx, *j.Raw)
}

func (w *worker) process(ctx context.Context, raw ingest.RawDocument) error {
	stats := w.p.Stats()
	stats.Seen.Add(1)
	r, err := w.p.Process(ctx, raw)
	switch {
	case err != nil:
		stats.Failed.Add(1)
		w.m.Error("store")
		return err
	case r.Err != nil:
		stats.Failed.Add(1)
		w.m.Error(r.ErrKind)
		w.m.Document("failed")
		return natsq.Permanent(r.Err)
	case r.Skipped != "":
		stats.Skipped.Add(1)
		w.m.Document("skipped")
	case r.Created:
		stats.Stored.Add(1)
		w.m.Document("stored")
		w.m.Events(r.Events)
	default:
		stats.Duplicates.Add(1)
		w.m.Document("duplicate")
	}
	return nil
}

// fetch fetches a listed article, politely, and processes it.
func (w *worker) fetch(ctx context.Context, j *natsq.Job) error {
	l := *j.Fetch
	if l.CanonicalURL != "" {
		if _, err := w.db.FindDocument(ctx, l.CanonicalURL, ""); err == nil {
			w.p.Stats().Duplicates.Add(1)
			w.m.Document("duplicate")
			return nil // stored before: a re-listed or redelivered job
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
	}
	host := hostName(l.URL)
	// The host's robots.txt Crawl-delay, when longer than the rate, spaces
	// the shared reservations, so it holds across all workers.
	interval := max(w.interval, w.fetcher.HostInterval(ctx, l.URL))
	wait, err := w.hosts.Reserve(ctx, host, interval, w.maxHold)
	if err != nil {
		return err // *natsq.Later when the host is booked further ahead
	}
	w.e.log.Debug("politeness", "host", host, "wait", wait)
	if err := sleepCtx(ctx, wait); err != nil {
		return err
	}
	resp, err := w.fetcher.Fetch(ctx, l.URL, ingest.Conditional{})
	if err != nil {
		w.m.Fetch("error")
		return fetchError(err)
	}
	w.m.Fetch("ok")
	canon := l.CanonicalURL
	if final, err := ingest.CanonicalURL(resp.FinalURL); err == nil {
		canon = final
	}
	return w.process(ctx, ingest.RawDocument{
		URL: resp.URL, CanonicalURL: canon, FinalURL: resp.FinalURL, Source: l.Source, Meta: l.Meta,
		ContentType: resp.ContentType, Body: resp.Body, FetchedAt: resp.FetchedAt,
		ETag: resp.ETag, LastModified: resp.LastModified, ContentHash: ingest.ContentHash(string(resp.Body)),
	})
}

// fetchError sorts a fetch failure: what another try cannot change is
// permanent, a Retry-After becomes a delay, the rest (network, 5xx after
// the fetcher's own retries) is retried with backoff.
func fetchError(err error) error {
	var he *ingest.HTTPError
	switch {
	case errors.As(err, &he) && he.RetryAfter > 0:
		return &natsq.Later{After: he.RetryAfter, Reason: err.Error()}
	case errors.As(err, &he) && he.Status >= 400 && he.Status < 500 && he.Status != http.StatusTooManyRequests && he.Status != http.StatusRequestTimeout:
		return natsq.Permanent(err)
	case errors.Is(err, ingest.ErrRobotsDisallowed), errors.Is(err, ingest.ErrBlockedAddress),
		errors.Is(err, ingest.ErrBlockedScheme), errors.Is(err, ingest.ErrInvalidURL),
		errors.Is(err, ingest.ErrTooLarge), errors.Is(err, ingest.ErrTooManyRedirects),
		errors.Is(err, ingest.ErrBadEncoding):
		return natsq.Permanent(err)
	}
	return err
}

// hostName is the host of a URL, for the politeness schedule.
func hostName(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Hostname()
	}
	return raw
}

// sleepCtx sleeps for d or until ctx ends.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
