package main

import (
	"context"

	"github.com/geowire/geowire/internal/events"
	"github.com/geowire/geowire/internal/model"
)

// analyze prints the article's events through its stage hook. The places
// come from the geoparser of the "places" stage (geoparse_analyze.go), run
// again here because stages do not see each other's output.
func init() {
	addAnalyzeStage(analyzeStage{key: "events", run: analyzeEvents})
}

func analyzeEvents(ctx context.Context, doc *model.Document, r *model.Reading) (any, error) {
	var places []model.Place
	if v, err := analyzePlaces(ctx, doc, r); err == nil {
		places, _ = v.([]model.Place)
	}
	evs, err := events.Code(ctx, doc, r, places, events.Options{})
	if evs == nil {
		evs = []model.Event{}
	}
	return evs, err
}
