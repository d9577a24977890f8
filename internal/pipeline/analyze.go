package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/geowire/geowire/internal/claims"
	"github.com/geowire/geowire/internal/events"
	"github.com/geowire/geowire/internal/gazetteer"
	"github.com/geowire/geowire/internal/geoparse"
	"github.com/geowire/geowire/internal/metrics"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/nlp"
	"github.com/geowire/geowire/internal/store"
)

// Analyzer runs the analysis stages over a clean document, in order:
// reading (nlp) → places (geoparse) → events → claims. Each stage gets the
// typed output of the ones before it. It is safe for concurrent use.
type Analyzer struct {
	gaz *gazetteer.Gazetteer
	geo *geoparse.Parser
	// All keeps negated, hypothetical, future and historical events too.
	All bool
	// Explain records why each event was coded (events.Options.Explain).
	Explain bool
	// Metrics, if set, records each stage's latency.
	Metrics *metrics.Metrics
	now     func() time.Time
}

// NewAnalyzer returns an analyzer over an open gazetteer.
func NewAnalyzer(g *gazetteer.Gazetteer) (*Analyzer, error) {
	if g == nil {
		return nil, errors.New("pipeline: analyzer needs a gazetteer")
	}
	p, err := geoparse.New(g, geoparse.Options{})
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	return &Analyzer{gaz: g, geo: p, now: time.Now}, nil
}

// Analyze reads doc and derives its places, events and claims. doc.ID
// should be set (event ids derive from it); Analyze does not change doc.
func (a *Analyzer) Analyze(ctx context.Context, doc *model.Document) (*store.Analysis, error) {
	t := time.Now()
	lap := func(stage string) {
		now := time.Now()
		a.Metrics.Stage(stage, now.Sub(t))
		t = now
	}
	r, err := nlp.Read(ctx, doc)
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	lap("read")
	places, err := a.geo.Parse(ctx, doc.Text)
	if err != nil {
		return nil, fmt.Errorf("geoparse: %w", err)
	}
	lap("geoparse")
	if places == nil {
		places = []model.Place{}
	}
	evs, err := events.Code(ctx, doc, r, places, events.Options{All: a.All, Explain: a.Explain})
	if err != nil {
		return nil, fmt.Errorf("code events: %w", err)
	}
	if evs == nil {
		evs = []model.Event{}
	}
	lap("events")
	cs, err := claims.Check(ctx, a.gaz, doc, r, places)
	if err != nil {
		return nil, fmt.Errorf("check claims: %w", err)
	}
	if cs == nil {
		cs = []model.Claim{}
	}
	lap("claims")
	return &store.Analysis{Version: Version, AnalyzedAt: a.now().UTC(), Reading: r, Places: places, Events: evs, Claims: cs}, nil
}
