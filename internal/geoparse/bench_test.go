package geoparse

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/geowire/geowire/internal/eval"
)

// BenchmarkParse parses every document of the shared dev sets end to end
// and reports documents per second (run with GOMAXPROCS=1 for one core):
//
//	GOMAXPROCS=1 go test -run '^$' -bench Parse ./internal/geoparse
func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob("../../../shared/eval/geo/*/*.jsonl")
	if len(files) == 0 {
		b.Skip("no shared/eval/geo dev sets")
	}
	var texts []string
	for _, f := range files {
		docs, err := eval.LoadGeoJSONL(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			texts = append(texts, d.Text)
		}
	}
	p := mustParser(b)
	ctx := context.Background()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, t := range texts {
			if _, err := p.Parse(ctx, t); err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
}
