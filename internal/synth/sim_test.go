package synth

import (
	"testing"

	"github.com/geowire/geowire/internal/cluster"
)

// TestArticlesAreDifferentStories: generated articles report different
// events, so they must not look like syndicated copies of each other to
// the near-duplicate detector (real different stories stay below 0.14;
// see cluster.DuplicateThreshold). A corpus full of chance "duplicates"
// would make the ingest benchmark measure a workload no source produces.
func TestArticlesAreDifferentStories(t *testing.T) {
	arts := Generate(5, 600, 0)
	sigs := make([]cluster.Sig, len(arts))
	for i, a := range arts {
		sigs[i] = cluster.Signature(string(a.Body))
	}
	pairs, dup := 0, 0
	for i := range sigs {
		for j := i + 1; j < len(sigs); j++ {
			pairs++
			if cluster.Similarity(sigs[i], sigs[j]) >= cluster.DuplicateThreshold {
				dup++
			}
		}
	}
	// At most one pair in 20,000 (9 of the 179,700 here).
	if dup*20000 > pairs {
		t.Fatalf("%d of %d pairs of different articles reach the duplicate threshold", dup, pairs)
	}
	t.Logf("%d of %d pairs at or above %.2f", dup, pairs, cluster.DuplicateThreshold)
}
