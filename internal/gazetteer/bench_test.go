package gazetteer

import (
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/config"
)

// Report figures as ops/s: go test -run '^$' -bench . -benchtime 2s ./internal/gazetteer

func BenchmarkOpen(b *testing.B) {
	mustReal(b)
	dir, _ := config.DataDir(os.Getenv)
	for b.Loop() {
		g, err := Open(Path(dir))
		if err != nil {
			b.Fatal(err)
		}
		if g.Best("Belaya Air Base") == nil {
			b.Fatal("no answer")
		}
		g.Close()
	}
}

var benchNames = []string{"Moscow", "Kyiv", "Belaya Air Base", "Usol’ye-Sibirskoye", "Irkutsk Oblast", "Gaza Strip",
	"Springfield", "Donbas", "Ukrainian", "Bakhmut", "Avdiivka", "Kharkiv", "no such place", "Tel Aviv", "Rafah", "Khan Younis"}

func BenchmarkLookup(b *testing.B) {
	g := mustReal(b)
	var dst []Candidate
	i := 0
	for b.Loop() {
		dst = g.AppendLookup(dst[:0], benchNames[i%len(benchNames)])
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "lookups/s")
}

func BenchmarkLookupAlloc(b *testing.B) {
	g := mustReal(b)
	i := 0
	for b.Loop() {
		_ = g.Lookup(benchNames[i%len(benchNames)])
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "lookups/s")
}

// randomPoints are uniform on the sphere's land-ish band (60°S–75°N).
func randomPoints(n int) [][2]float64 {
	r := rand.New(rand.NewPCG(1, 2))
	pts := make([][2]float64, n)
	for i := range pts {
		pts[i] = [2]float64{-60 + r.Float64()*135, -180 + r.Float64()*360}
	}
	return pts
}

func BenchmarkCountryAt(b *testing.B) {
	g := mustReal(b)
	pts := randomPoints(4096)
	i := 0
	for b.Loop() {
		p := pts[i%len(pts)]
		_ = g.CountryAt(p[0], p[1])
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "points/s")
}

func BenchmarkWhereIs(b *testing.B) {
	g := mustReal(b)
	pts := randomPoints(4096)
	i := 0
	for b.Loop() {
		p := pts[i%len(pts)]
		_ = g.WhereIs(p[0], p[1])
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "points/s")
}

func BenchmarkDistanceToBorder(b *testing.B) {
	g := mustReal(b)
	pts := randomPoints(4096)
	codes := []string{"UA", "RU", "CN", "MN", "US", "IL", "NO"}
	for _, c := range codes { // build the lazy per-country indexes first
		g.DistanceToBorderKm(0, 0, c)
	}
	i := 0
	start := time.Now()
	for b.Loop() {
		p := pts[i%len(pts)]
		if _, err := g.DistanceToBorderKm(p[0], p[1], codes[i%len(codes)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "distances/s")
}
