package extract

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// benchDir holds the Zyte dev pages (see shared/eval/extraction/README.md).
const benchDir = "../../../shared/eval/extraction/zyte"

func loadBenchPages(b *testing.B) [][]byte {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(benchDir, "*.html"))
	if len(files) == 0 {
		b.Skipf("no eval pages in %s; the benchmark needs the shared eval set", benchDir)
	}
	pages := make([][]byte, 0, len(files))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, raw)
	}
	return pages
}

// BenchmarkExtract runs geowire's HTML extractor and two peers over the
// same pages; compare pages/s only within one run.
func BenchmarkExtract(b *testing.B) {
	pages := loadBenchPages(b)
	total := 0
	for _, p := range pages {
		total += len(p)
	}
	run := func(b *testing.B, one func(raw []byte)) {
		b.ReportAllocs()
		b.SetBytes(int64(total))
		for b.Loop() {
			for _, p := range pages {
				one(p)
			}
		}
		b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
	}
	ctx := context.Background()
	b.Run("geowire", func(b *testing.B) {
		run(b, func(raw []byte) {
			_, _ = Extract(ctx, raw, Options{Format: FormatHTML})
		})
	})
	b.Run("trafilatura", func(b *testing.B) {
		opts := trafilatura.Options{EnableFallback: false}
		run(b, func(raw []byte) {
			_, _ = trafilatura.Extract(bytes.NewReader(raw), opts)
		})
	})
	b.Run("readeck", func(b *testing.B) {
		u, _ := url.Parse("https://example.com/")
		run(b, func(raw []byte) {
			art, err := readability.FromReader(bytes.NewReader(raw), u)
			if err == nil && art.Node != nil {
				var buf bytes.Buffer
				_ = art.RenderText(&buf)
			}
		})
	})
}

// BenchmarkParse is the floor: golang.org/x/net/html parsing alone.
func BenchmarkParse(b *testing.B) {
	pages := loadBenchPages(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			_, _ = html.Parse(bytes.NewReader(p))
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}
