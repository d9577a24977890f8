package main

import (
	"context"
	"fmt"
	"os"
	"sync"

	"github.com/geowire/geowire/internal/config"
	"github.com/geowire/geowire/internal/gazetteer"
	"github.com/geowire/geowire/internal/geoparse"
	"github.com/geowire/geowire/internal/model"
)

// analyze prints the article's places through its stage hook. The parser
// opens the gazetteer of the data directory once, on first use.
func init() {
	addAnalyzeStage(analyzeStage{key: "places", run: analyzePlaces})
}

var (
	placesOnce   sync.Once
	placesParser *geoparse.Parser
	placesErr    error
)

func analyzePlaces(ctx context.Context, doc *model.Document, _ *model.Reading) (any, error) {
	placesOnce.Do(func() {
		dir, err := config.DataDir(os.Getenv)
		if err != nil {
			placesErr = err
			return
		}
		g, err := gazetteer.Open(gazetteer.Path(dir))
		if err != nil {
			placesErr = fmt.Errorf("%w (run `geowire gazetteer build`)", err)
			return
		}
		placesParser, placesErr = geoparse.New(g, geoparse.Options{})
	})
	if placesErr != nil {
		return nil, placesErr
	}
	ps, err := placesParser.Parse(ctx, doc.Text)
	if ps == nil {
		ps = []model.Place{}
	}
	return ps, err
}
