package main

import (
	"context"

	"github.com/geowire/geowire/internal/extract"
	"github.com/geowire/geowire/internal/metrics"
	"github.com/geowire/geowire/internal/pipeline"
	"github.com/geowire/geowire/internal/store"
)

// newServicePipeline is the full pipeline of the long-running commands
// (run, worker): analysis over the gazetteer, metrics on every stage.
func newServicePipeline(ctx context.Context, e *env, db store.Store) (*pipeline.Pipeline, *metrics.Metrics, error) {
	an, err := openAnalyzer(ctx, e)
	if err != nil {
		return nil, nil, err
	}
	m := metrics.New()
	an.Metrics = m
	p, err := pipeline.New(pipeline.Config{
		Store: db, Analyzer: an, Metrics: m, Log: e.log,
		Extract: extract.Options{MaxBytes: e.cfg.MaxInputBytes, Timeout: e.cfg.ExtractTimeout},
	})
	if err != nil {
		return nil, nil, err
	}
	return p, m, nil
}
