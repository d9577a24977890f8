package ingest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// Sink receives what a source yields. The pipeline implements it; it is
// called from the goroutine that runs the source.
type Sink interface {
	// Document receives one raw document. An error stops the source.
	Document(ctx context.Context, doc RawDocument) error
	// Error receives the failure of one item; the source goes on.
	Error(ctx context.Context, err *ItemError)
}

// Validators keeps conditional-GET validators between runs, keyed by
// canonical URL (or the URL as given, when it has no canonical form). The
// pipeline backs it with the store; MemoryValidators keeps them in memory.
type Validators interface {
	Get(url string) Conditional
	Put(url string, c Conditional)
}

// Options bound what one source may yield. Zero fields take the defaults.
type Options struct {
	// MaxItems is the most documents one source yields (default 10,000).
	MaxItems int
	// MaxSitemapDepth is how deep sitemap indexes are followed (default 3).
	MaxSitemapDepth int
	// MaxSitemaps is the most sitemap files fetched for one source
	// (default 100).
	MaxSitemaps int
	// MaxFileBytes is the largest local file, WARC record or .jsonl line
	// read (default 64 MiB).
	MaxFileBytes int64
	// Known, if set, reports canonical URLs already stored; they are not
	// fetched again.
	Known func(canonicalURL string) bool
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// Option defaults.
const (
	DefaultMaxItems        = 10000
	DefaultMaxSitemapDepth = 3
	DefaultMaxSitemaps     = 100
	DefaultMaxFileBytes    = 64 << 20
)

func (o Options) withDefaults() Options {
	if o.MaxItems <= 0 {
		o.MaxItems = DefaultMaxItems
	}
	if o.MaxSitemapDepth <= 0 {
		o.MaxSitemapDepth = DefaultMaxSitemapDepth
	}
	if o.MaxSitemaps <= 0 {
		o.MaxSitemaps = DefaultMaxSitemaps
	}
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = DefaultMaxFileBytes
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// Ingester runs sources. It remembers, for its lifetime, the canonical URLs
// and content hashes it has yielded, so an article reached twice (two
// feeds, an AMP and a plain link, a republished copy) is yielded once.
// It is safe for concurrent use by several sources.
type Ingester struct {
	fetcher    *Fetcher
	validators Validators
	opts       Options

	mu     sync.Mutex
	urls   map[string]bool
	hashes map[string]bool
}

// New returns an Ingester. fetcher may be nil when only local sources are
// run; validators may be nil (no conditional GET).
func New(fetcher *Fetcher, validators Validators, opts Options) *Ingester {
	return &Ingester{
		fetcher:    fetcher,
		validators: validators,
		opts:       opts.withDefaults(),
		urls:       map[string]bool{},
		hashes:     map[string]bool{},
	}
}

// Run ingests one source, handing documents and per-item errors to sink.
// It returns an error when the source as a whole fails (unreachable feed,
// malformed feed, missing file) or when sink.Document fails; per-item
// failures only go to sink.Error.
func (in *Ingester) Run(ctx context.Context, src Source, sink Sink) error {
	var err error
	switch src.Kind {
	case KindAuto, KindFeed, KindPage, KindSitemap:
		if in.fetcher == nil {
			return fmt.Errorf("ingest %s: %w: no fetcher", src, ErrUnsupportedSource)
		}
		err = in.runURL(ctx, src, sink)
	case KindPath:
		err = in.runPath(ctx, src, sink)
	case KindWARC:
		err = in.runWARCFile(ctx, src, src.Location, sink)
	default:
		err = fmt.Errorf("%w: kind %q", ErrUnsupportedSource, src.Kind)
	}
	if err != nil {
		return fmt.Errorf("ingest %s: %w", src, err)
	}
	return nil
}

// claimURL marks a canonical URL as taken; false when it was already.
func (in *Ingester) claimURL(canon string) bool {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.urls[canon] {
		return false
	}
	in.urls[canon] = true
	return true
}

func (in *Ingester) seenURL(canon string) bool {
	if in.opts.Known != nil && in.opts.Known(canon) {
		return true
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.urls[canon]
}

// claimHash marks a content hash as yielded; false when it was already.
func (in *Ingester) claimHash(h string) bool {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.hashes[h] {
		return false
	}
	in.hashes[h] = true
	return true
}

// emitter counts and dedupes what one source yields.
type emitter struct {
	in     *Ingester
	src    Source
	sink   Sink
	count  int
	capped bool
}

var errSourceFull = errors.New("ingest: source item limit reached")

// doc hands d to the sink unless its content was yielded before.
func (e *emitter) doc(ctx context.Context, d RawDocument) error {
	if e.count >= e.in.opts.MaxItems {
		e.capped = true
		return errSourceFull
	}
	if d.ContentHash == "" {
		d.ContentHash = ContentHash(string(d.Body))
	}
	if !e.in.claimHash(d.ContentHash) {
		return nil
	}
	if d.CanonicalURL != "" {
		e.in.claimURL(d.CanonicalURL)
	}
	e.count++
	return e.sink.Document(ctx, d)
}

func (e *emitter) fail(ctx context.Context, item string, err error) {
	e.sink.Error(ctx, &ItemError{Source: e.src.Location, Item: item, Err: err})
}

// done turns the internal "full" signal into success.
func (e *emitter) done(err error) error {
	if errors.Is(err, errSourceFull) {
		return nil
	}
	return err
}

// Collector is a Sink that keeps everything, for tests and small tools.
type Collector struct {
	mu     sync.Mutex
	Docs   []RawDocument
	Errors []*ItemError
}

// Document implements Sink.
func (c *Collector) Document(_ context.Context, d RawDocument) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.Docs = append(c.Docs, d)
	return nil
}

// Error implements Sink.
func (c *Collector) Error(_ context.Context, err *ItemError) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.Errors = append(c.Errors, err)
}

// MemoryValidators is a Validators held in memory.
type MemoryValidators struct {
	mu sync.Mutex
	m  map[string]Conditional
}

// Get implements Validators.
func (v *MemoryValidators) Get(url string) Conditional {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.m[url]
}

// Put implements Validators.
func (v *MemoryValidators) Put(url string, c Conditional) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.m == nil {
		v.m = map[string]Conditional{}
	}
	v.m[url] = c
}
