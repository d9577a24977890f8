package main

import (
	"context"

	"github.com/geowire/geowire/internal/pipeline"
)

// openAnalyzer returns the analysis stages over the gazetteer of the
// configured data directory (built, with a note on stderr, when missing).
func openAnalyzer(ctx context.Context, e *env) (*pipeline.Analyzer, error) {
	g, err := openGazetteer(ctx, e, e.cfg.DataDir)
	if err != nil {
		return nil, err
	}
	return pipeline.NewAnalyzer(g)
}
