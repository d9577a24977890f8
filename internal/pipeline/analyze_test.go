package pipeline

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/geowire/geowire/internal/gazetteer/gazetteertest"
	"github.com/geowire/geowire/internal/ingest"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

func TestIngestWithAnalysis(t *testing.T) {
	ctx := context.Background()
	an, err := NewAnalyzer(gazetteertest.Open(t))
	if err != nil {
		t.Fatal(err)
	}
	st := openStore(t)
	p, _ := New(Config{Store: st, Analyzer: an})
	src, _ := ingest.ParseSource(filepath.Join("..", "..", "examples", "articles"))
	if err := ingest.New(nil, nil, ingest.Options{}).Run(ctx, src, p); err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != 6 || stats.Events == 0 {
		t.Fatalf("stats %+v: want 6 documents with events", stats)
	}
	page, err := st.QueryEvents(ctx, store.EventFilter{Types: []string{model.EventAssault}, Limit: 100})
	if err != nil || len(page.Events) == 0 {
		t.Fatalf("no ASSAULT events stored: %v", err)
	}
	for _, e := range page.Events {
		if e.DocumentID == "" || e.Evidence["trigger"].End <= e.Evidence["trigger"].Start {
			t.Fatalf("event without document or trigger evidence: %+v", e)
		}
	}
	// Every document has an analysis with places.
	withPlaces := 0
	for _, e := range page.Events {
		a, err := st.GetAnalysis(ctx, e.DocumentID)
		if err != nil {
			t.Fatalf("GetAnalysis(%s): %v", e.DocumentID, err)
		}
		if len(a.Places) > 0 && a.Reading != nil && len(a.Reading.Sentences) > 0 {
			withPlaces++
		}
	}
	if withPlaces == 0 {
		t.Fatal("analyses stored without places or sentences")
	}
}

// TestMissingAnalysisIsRepaired stores documents without analysis (as a
// crash between the two writes would leave them), then re-runs the source
// with an analyzer: nothing is stored twice and every document gets its
// analysis.
func TestMissingAnalysisIsRepaired(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	src, _ := ingest.ParseSource(filepath.Join("..", "..", "examples", "articles"))
	bare, _ := New(Config{Store: st})
	if err := ingest.New(nil, nil, ingest.Options{}).Run(ctx, src, bare); err != nil {
		t.Fatal(err)
	}
	an, err := NewAnalyzer(gazetteertest.Open(t))
	if err != nil {
		t.Fatal(err)
	}
	p, _ := New(Config{Store: st, Analyzer: an})
	if err := ingest.New(nil, nil, ingest.Options{}).Run(ctx, src, p); err != nil {
		t.Fatal(err)
	}
	if p.Stats().Stored.Load() != 0 || p.Stats().Duplicates.Load() != 6 {
		t.Fatalf("re-run stored %d, duplicates %d", p.Stats().Stored.Load(), p.Stats().Duplicates.Load())
	}
	s, _ := st.Stats(ctx)
	if s.Documents != 6 || s.Events == 0 {
		t.Fatalf("after repair: %+v", s)
	}
}
