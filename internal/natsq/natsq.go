package natsq

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Sentinel errors.
var (
	// ErrPermanent marks a job that will fail the same way however often
	// it is retried (undecodable payload, an article that cannot be
	// extracted): it goes to the dead-letter stream at once.
	ErrPermanent = errors.New("natsq: permanent failure")
	// ErrConfig reports an impossible configuration.
	ErrConfig = errors.New("natsq: invalid configuration")
)

// Permanent wraps err so that Work sends the job to the dead-letter
// stream without retrying it.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%w: %w", ErrPermanent, err)
}

// Config is the queue's explicit configuration. Zero fields take the
// defaults below.
type Config struct {
	// URL is the NATS server (nats://127.0.0.1:4222); several servers of a
	// cluster may be given comma-separated.
	URL string
	// Prefix names the streams (Prefix_FETCH, …) and, in lower case, the
	// subjects; tests use a unique one each (default "GEOWIRE").
	Prefix string
	// AckWait is how long a worker may hold a job without acking or
	// sending a progress heartbeat before it is redelivered to another
	// worker (default 30 s). A SIGKILLed worker's jobs come back after it.
	AckWait time.Duration
	// MaxDeliver is the most times a job is tried; after that it goes to
	// the dead-letter stream (default 5).
	MaxDeliver int
	// Backoff is the delay before the n-th retry of a failed job (the
	// last value repeats; default 2 s, 10 s, 30 s, 1 min).
	Backoff []time.Duration
	// Duplicates is the window in which a job published twice with the
	// same id is stored once (default 1 h).
	Duplicates time.Duration
	// MaxInline is the largest body carried inside an analysis job; a
	// larger one goes to the object store (default 512 KiB, below the
	// server's default 1 MiB max_payload).
	MaxInline int
	// Name identifies this client to the server ("geowire-worker").
	Name string
}

// Defaults.
const (
	DefaultPrefix     = "GEOWIRE"
	DefaultAckWait    = 30 * time.Second
	DefaultMaxDeliver = 5
	DefaultDuplicates = time.Hour
	DefaultMaxInline  = 512 << 10
)

// DefaultBackoff is the retry schedule of failed jobs.
var DefaultBackoff = []time.Duration{2 * time.Second, 10 * time.Second, 30 * time.Second, time.Minute}

func (c Config) withDefaults() Config {
	if c.Prefix == "" {
		c.Prefix = DefaultPrefix
	}
	if c.AckWait == 0 {
		c.AckWait = DefaultAckWait
	}
	if c.MaxDeliver == 0 {
		c.MaxDeliver = DefaultMaxDeliver
	}
	if len(c.Backoff) == 0 {
		c.Backoff = DefaultBackoff
	}
	if c.Duplicates == 0 {
		c.Duplicates = DefaultDuplicates
	}
	if c.MaxInline == 0 {
		c.MaxInline = DefaultMaxInline
	}
	if c.Name == "" {
		c.Name = "geowire"
	}
	return c
}

// Validate reports the first impossible value, after defaults.
func (c Config) Validate() error {
	c = c.withDefaults()
	switch {
	case c.URL == "":
		return fmt.Errorf("%w: no NATS URL", ErrConfig)
	case strings.ContainsAny(c.Prefix, ".*> \t"):
		return fmt.Errorf("%w: prefix %q may not contain '.', '*', '>' or spaces", ErrConfig, c.Prefix)
	case c.AckWait < time.Second:
		return fmt.Errorf("%w: ack wait must be at least 1s", ErrConfig)
	case c.MaxDeliver < 1:
		return fmt.Errorf("%w: max deliver must be at least 1", ErrConfig)
	case c.Duplicates < 0 || c.MaxInline < 0:
		return fmt.Errorf("%w: negative duplicates window or inline size", ErrConfig)
	}
	return nil
}

// Kind is a kind of job, one stream each.
type Kind string

// Job kinds.
const (
	Fetch   Kind = "fetch"
	Analyze Kind = "analyze"
)

// Queue is a connection to the JetStream streams of one prefix. It is
// safe for concurrent use.
type Queue struct {
	cfg    Config
	nc     *nats.Conn
	js     jetstream.JetStream
	subj   string // lower-case prefix of subjects
	kv     jetstream.KeyValue
	bodies jetstream.ObjectStore
	cons   map[Kind]jetstream.Consumer
}

// Connect connects to cfg.URL and creates, or updates to cfg, the
// streams, consumers and buckets; the coordinator and every worker call
// it, so whichever starts first sets them up.
func Connect(ctx context.Context, cfg Config) (*Queue, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	nc, err := nats.Connect(cfg.URL, nats.Name(cfg.Name), nats.MaxReconnects(-1), nats.RetryOnFailedConnect(false))
	if err != nil {
		return nil, fmt.Errorf("natsq: connect %s: %w", cfg.URL, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("natsq: jetstream: %w", err)
	}
	q := &Queue{cfg: cfg, nc: nc, js: js, subj: strings.ToLower(cfg.Prefix), cons: map[Kind]jetstream.Consumer{}}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, err
	}
	return q, nil
}

// Close drains and closes the connection.
func (q *Queue) Close() error {
	if err := q.nc.Drain(); err != nil {
		q.nc.Close()
		return err
	}
	for q.nc.IsDraining() {
		time.Sleep(10 * time.Millisecond)
	}
	return nil
}

// Config returns the queue's configuration, with defaults.
func (q *Queue) Config() Config { return q.cfg }

func (q *Queue) stream(k Kind) string { return q.cfg.Prefix + "_" + strings.ToUpper(string(k)) }
func (q *Queue) dlqStream() string    { return q.cfg.Prefix + "_DLQ" }

// DLQSubject is the dead-letter subject of a kind of job.
func (q *Queue) DLQSubject(k Kind) string { return q.subj + ".dlq." + string(k) }

func (q *Queue) setup(ctx context.Context) error {
	for _, k := range []Kind{Fetch, Analyze} {
		subject := q.subj + "." + string(k)
		if k == Fetch {
			subject += ".*"
		}
		_, err := q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
			Name:        q.stream(k),
			Description: "geowire " + string(k) + " jobs",
			Subjects:    []string{subject},
			Retention:   jetstream.WorkQueuePolicy,
			Storage:     jetstream.FileStorage,
			Duplicates:  q.cfg.Duplicates,
			Discard:     jetstream.DiscardOld,
		})
		if err != nil {
			return fmt.Errorf("natsq: stream %s: %w", q.stream(k), err)
		}
		// The server redelivers once more than MaxDeliver: that delivery
		// finds the job tried MaxDeliver times without an ack (workers
		// that crashed on it, or timed out) and dead-letters it, so a job
		// that kills its worker cannot stay in the stream for ever.
		c, err := q.js.CreateOrUpdateConsumer(ctx, q.stream(k), jetstream.ConsumerConfig{
			Durable:       "workers",
			Description:   "geowire workers",
			AckPolicy:     jetstream.AckExplicitPolicy,
			AckWait:       q.cfg.AckWait,
			MaxDeliver:    q.budget(k) + 1,
			MaxAckPending: 10000,
			DeliverPolicy: jetstream.DeliverAllPolicy,
		})
		if err != nil {
			return fmt.Errorf("natsq: consumer of %s: %w", q.stream(k), err)
		}
		q.cons[k] = c
	}
	_, err := q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        q.dlqStream(),
		Description: "geowire jobs that failed for good, with their error",
		Subjects:    []string{q.subj + ".dlq.>"},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		MaxAge:      30 * 24 * time.Hour,
		Duplicates:  q.cfg.Duplicates,
	})
	if err != nil {
		return fmt.Errorf("natsq: stream %s: %w", q.dlqStream(), err)
	}
	q.kv, err = q.js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      q.cfg.Prefix + "_HOSTS",
		Description: "next allowed request start per host",
		TTL:         time.Hour,
		History:     1,
		Storage:     jetstream.FileStorage,
	})
	if err != nil {
		return fmt.Errorf("natsq: bucket %s_HOSTS: %w", q.cfg.Prefix, err)
	}
	q.bodies, err = q.js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{
		Bucket:      q.cfg.Prefix + "_BODIES",
		Description: "bodies of analysis jobs too large for a message",
		TTL:         7 * 24 * time.Hour,
		Storage:     jetstream.FileStorage,
	})
	if err != nil {
		return fmt.Errorf("natsq: object store %s_BODIES: %w", q.cfg.Prefix, err)
	}
	return nil
}

// Delete removes the streams and buckets of the queue's prefix, with
// everything in them (tests clean up with it).
func (q *Queue) Delete(ctx context.Context) error {
	var errs []error
	for _, s := range []string{q.stream(Fetch), q.stream(Analyze), q.dlqStream()} {
		if err := q.js.DeleteStream(ctx, s); err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
			errs = append(errs, err)
		}
	}
	if err := q.js.DeleteKeyValue(ctx, q.cfg.Prefix+"_HOSTS"); err != nil && !errors.Is(err, jetstream.ErrBucketNotFound) {
		errs = append(errs, err)
	}
	if err := q.js.DeleteObjectStore(ctx, q.cfg.Prefix+"_BODIES"); err != nil && !errors.Is(err, jetstream.ErrBucketNotFound) && !errors.Is(err, jetstream.ErrStreamNotFound) {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// Pending is the number of jobs of a kind not yet acked: waiting plus in
// flight.
func (q *Queue) Pending(ctx context.Context, k Kind) (uint64, error) {
	s, err := q.js.Stream(ctx, q.stream(k))
	if err != nil {
		return 0, fmt.Errorf("natsq: %w", err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("natsq: %w", err)
	}
	return info.State.Msgs, nil
}
