package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"github.com/geowire/geowire/internal/extract"
	"github.com/geowire/geowire/internal/ingest"
	"github.com/geowire/geowire/internal/metrics"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// Version names the analysis that produced stored results; bump it when a
// stage's output changes so that `geowire reprocess` can find old results.
const Version = "2026.11-1"

// Pipeline processes raw documents into the store. It implements
// ingest.Sink and is safe for concurrent use.
type Pipeline struct {
	store    store.Store
	analyzer *Analyzer
	extract  extract.Options
	log      *slog.Logger
	metrics  *metrics.Metrics
	cluster  *clusterer
	onDone   func(Result)

	stats Stats
}

// Config configures a Pipeline.
type Config struct {
	Store   store.Store
	Extract extract.Options
	// Analyzer, if set, analyses each document (reading, places, events,
	// claims) and stores the analysis with it; without one only the clean
	// documents are stored.
	Analyzer *Analyzer
	Log      *slog.Logger
	// Metrics, if set, counts documents, events, errors and stage times.
	Metrics *metrics.Metrics
	// OnDone, if set, is called after each document with what became of it.
	OnDone func(Result)
}

// Result is what became of one raw document.
type Result struct {
	URL     string
	ID      string
	Created bool
	// Skipped says why nothing was stored (no article content), if so.
	Skipped string
	Err     error
	// ErrKind names the stage that failed ("extract", "analyze").
	ErrKind string
	// Events is the number of events stored with the document.
	Events int
	// DuplicateOf is the earlier document this one nearly duplicates.
	DuplicateOf string
}

// Stats counts what a pipeline did.
type Stats struct {
	Seen, Stored, Duplicates, Skipped, Failed atomic.Int64
}

// New returns a pipeline writing into cfg.Store.
func New(cfg Config) (*Pipeline, error) {
	if cfg.Store == nil {
		return nil, errors.New("pipeline: no store")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	cl, err := newClusterer(context.Background(), cfg.Store, time.Now())
	if err != nil {
		return nil, err
	}
	return &Pipeline{store: cfg.Store, analyzer: cfg.Analyzer, extract: cfg.Extract, log: cfg.Log, metrics: cfg.Metrics, cluster: cl, onDone: cfg.OnDone}, nil
}

// Stats returns the pipeline's counters.
func (p *Pipeline) Stats() *Stats { return &p.stats }

// Document implements ingest.Sink: extract, then store. A document that
// cannot be extracted is counted and logged, and the source goes on; only
// a store failure (which would lose data) stops the source.
func (p *Pipeline) Document(ctx context.Context, raw ingest.RawDocument) error {
	p.stats.Seen.Add(1)
	r, err := p.Process(ctx, raw)
	if p.onDone != nil {
		p.onDone(r)
	}
	switch {
	case err != nil:
		p.stats.Failed.Add(1)
		p.metrics.Error("store")
		p.metrics.Document("failed")
		return err
	case r.Err != nil:
		p.stats.Failed.Add(1)
		p.metrics.Error(r.ErrKind)
		p.metrics.Document("failed")
		p.log.Warn("document not processed", "url", r.URL, "err", r.Err)
	case r.Skipped != "":
		p.stats.Skipped.Add(1)
		p.metrics.Document("skipped")
		p.log.Info("document skipped", "url", r.URL, "reason", r.Skipped)
	case r.Created:
		p.stats.Stored.Add(1)
		p.metrics.Document("stored")
		p.metrics.Events(r.Events)
	default:
		p.stats.Duplicates.Add(1)
		p.metrics.Document("duplicate")
	}
	return nil
}

// Error implements ingest.Sink.
func (p *Pipeline) Error(ctx context.Context, err *ingest.ItemError) {
	p.stats.Failed.Add(1)
	p.metrics.Error("source")
	p.log.Warn("item failed", "source", err.Source, "item", err.Item, "err", err.Err)
	if p.onDone != nil {
		p.onDone(Result{URL: err.Item, Err: err})
	}
}

// Process runs one raw document through the stages and stores it. The
// returned error is a store failure; a document that is bad in itself is
// reported in Result.Err or Result.Skipped.
func (p *Pipeline) Process(ctx context.Context, raw ingest.RawDocument) (Result, error) {
	url := firstNonEmpty(raw.FinalURL, raw.URL)
	r := Result{URL: url}
	opt := p.extract
	opt.ContentType = raw.ContentType
	if strings.HasPrefix(url, "http://") || strings.HasPrefix(url, "https://") {
		opt.URL = url
	}
	doc, err := extract.Extract(ctx, raw.Body, opt)
	switch {
	case errors.Is(err, extract.ErrNoContent):
		r.Skipped = "no article content"
		return r, nil
	case err != nil:
		r.Err, r.ErrKind = fmt.Errorf("extract: %w", err), "extract"
		return r, nil
	}
	doc.URL = firstNonEmpty(raw.URL, doc.URL)
	doc.CanonicalURL = firstNonEmpty(raw.CanonicalURL, doc.CanonicalURL)
	if !raw.FetchedAt.IsZero() {
		t := raw.FetchedAt.UTC()
		doc.FetchedAt = &t
	}
	doc.Source = firstNonEmpty(doc.Source, raw.Meta.FeedTitle, raw.Source)
	doc.Title = firstNonEmpty(doc.Title, raw.Meta.Title)
	doc.Byline = firstNonEmpty(doc.Byline, raw.Meta.Author)
	doc.Lang = firstNonEmpty(doc.Lang, raw.Meta.Language)
	if doc.Published == nil && raw.Meta.Published != nil {
		t := raw.Meta.Published.UTC()
		doc.Published = &t
	}
	// The article-level hash: the same story reached by two URLs is one
	// document.
	doc.ContentHash = ingest.ContentHash(doc.Title + "\n\n" + doc.Text)
	doc.ID = store.DocumentID(doc.CanonicalURL, doc.ContentHash)
	if id, err := p.store.FindDocument(ctx, doc.CanonicalURL, doc.ContentHash); err == nil {
		// Stored before; analyse it again only if a crash or an upgrade
		// left it without a current analysis.
		r.ID = id
		return r, p.ensureAnalysis(ctx, id)
	} else if !errors.Is(err, store.ErrNotFound) {
		return r, fmt.Errorf("pipeline: %s: %w", url, err)
	}
	var a *store.Analysis
	if p.analyzer != nil {
		if a, err = p.analyzer.Analyze(ctx, doc); err != nil {
			r.Err, r.ErrKind = fmt.Errorf("analyze: %w", err), "analyze"
			return r, nil
		}
	}
	sig, sigBytes := signature(doc.Text)
	put := &store.Document{
		Document:        *doc,
		Raw:             raw.Body,
		ContentType:     raw.ContentType,
		PipelineVersion: Version,
		Signature:       sigBytes,
		Analysis:        a,
	}
	// One transaction stores the document, its analysis, the clusters of
	// its events and its near-duplicate link.
	putDoc := func(ctx context.Context) (string, bool, error) { return p.store.PutDocument(ctx, put) }
	var id string
	var created bool
	if p.cluster != nil {
		var evs []model.Event
		if a != nil {
			evs = a.Events
		}
		id, created, err = p.cluster.save(ctx, put, sig, evs, putDoc)
	} else {
		id, created, err = putDoc(ctx)
	}
	if err != nil {
		return r, fmt.Errorf("pipeline: store %s: %w", url, err)
	}
	r.ID, r.Created = id, created
	if !created {
		// Another worker stored it in the meantime.
		return r, p.ensureAnalysis(ctx, id)
	}
	r.DuplicateOf = put.DuplicateOf
	if a != nil {
		r.Events = len(a.Events)
	}
	return r, nil
}

// ensureAnalysis analyses a stored document whose analysis is missing or
// from another pipeline version.
func (p *Pipeline) ensureAnalysis(ctx context.Context, id string) error {
	if p.analyzer == nil {
		return nil
	}
	old, err := p.store.GetAnalysis(ctx, id)
	switch {
	case err == nil && old.Version == Version:
		return nil
	case err != nil && !errors.Is(err, store.ErrNotFound):
		return fmt.Errorf("pipeline: %w", err)
	}
	_, err = p.Reanalyze(ctx, id)
	return err
}

// Reanalyze runs the analysis stages again over a stored document, without
// fetching or extracting again, and replaces its analysis.
func (p *Pipeline) Reanalyze(ctx context.Context, id string) (*store.Analysis, error) {
	if p.analyzer == nil {
		return nil, errors.New("pipeline: no analyzer")
	}
	d, err := p.store.GetDocument(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	a, err := p.analyzer.Analyze(ctx, &d.Document)
	if err != nil {
		return nil, fmt.Errorf("pipeline: analyze %s: %w", id, err)
	}
	if err := p.storeAnalysis(ctx, id, a); err != nil {
		return nil, fmt.Errorf("pipeline: %s: %w", id, err)
	}
	return a, nil
}

// storeAnalysis stores a document's analysis, then clusters its events.
func (p *Pipeline) storeAnalysis(ctx context.Context, id string, a *store.Analysis) error {
	if err := p.store.PutAnalysis(ctx, id, a); err != nil {
		return fmt.Errorf("store analysis: %w", err)
	}
	if p.cluster != nil {
		if err := p.cluster.events(ctx, a.Events); err != nil {
			return fmt.Errorf("cluster events: %w", err)
		}
	}
	return nil
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}
