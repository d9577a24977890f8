package nlp

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/model"
)

// benchDocs returns ~5 KB articles made from the fixtures: each article,
// topped up to 5 KB with whole paragraphs of the other.
func benchDocs(tb testing.TB) []*model.Document {
	tb.Helper()
	var texts []string
	for _, f := range []string{"testdata/article1.txt", "testdata/article2.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, strings.TrimSpace(string(b)))
	}
	pub := time.Date(2025, 6, 4, 9, 0, 0, 0, time.UTC)
	var docs []*model.Document
	for i, t := range texts {
		other := strings.Split(texts[1-i], "\n\n")
		for _, p := range other {
			if len(t) >= 5000 {
				break
			}
			t += "\n\n" + p
		}
		docs = append(docs, &model.Document{Text: t, Published: &pub})
	}
	return docs
}

// BenchmarkRead measures the whole reading stage on one ~5 KB article per
// operation: articles/s = 1e9 / ns/op.
func BenchmarkRead(b *testing.B) {
	docs := benchDocs(b)
	ctx := context.Background()
	var bytes int64
	for _, d := range docs {
		bytes += int64(len(d.Text))
	}
	b.SetBytes(bytes / int64(len(docs)))
	b.ReportAllocs()
	i := 0
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := Read(ctx, docs[i%len(docs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	// The machine may be shared: articles per second of this process's
	// own CPU time is the per-core figure.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/cpu-s")
	}
}
