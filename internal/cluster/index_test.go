package cluster

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
)

func TestIndexNear(t *testing.T) {
	x := NewIndex(DuplicateThreshold)
	if b, r := x.Bands(); b*r > NumHashes || r < 2 {
		t.Fatalf("bands %d × rows %d", b, r)
	}
	names := storyNames(t)
	for _, n := range names {
		x.Add(n, Signature(story(t, n)))
	}
	x.Add("empty", Signature(""))
	if x.Len() != len(names) {
		t.Fatalf("Len = %d, want %d (empty Sigs are not indexed)", x.Len(), len(names))
	}
	for _, n := range names {
		for _, e := range syndications[:10] {
			got := x.Near(Signature(e.fn(story(t, n))), DuplicateThreshold)
			if len(got) != 1 || got[0].ID != n {
				t.Errorf("%s/%s: Near = %v, want only %s", n, e.name, got, n)
			}
		}
	}
	if got := x.Near(Signature(""), 0); got != nil {
		t.Errorf("Near(empty) = %v", got)
	}
	// Replace and remove.
	x.Add(names[0], Signature("something else entirely, not the story at all"))
	if got := x.Near(Signature(story(t, names[0])), DuplicateThreshold); len(got) != 0 {
		t.Errorf("after replacing: Near = %v", got)
	}
	x.Remove(names[1])
	x.Remove("never added")
	if got := x.Near(Signature(story(t, names[1])), DuplicateThreshold); len(got) != 0 {
		t.Errorf("after removing: Near = %v", got)
	}
	if x.Len() != len(names)-1 {
		t.Errorf("Len = %d, want %d", x.Len(), len(names)-1)
	}
}

func TestIndexOrder(t *testing.T) {
	x := NewIndex(0.2)
	s := story(t, "strike-kharkiv")
	x.Add("b-copy", Signature(s))
	x.Add("a-copy", Signature(s))
	x.Add("edited", Signature(everyNth(20)(s)))
	got := x.Near(Signature(s), 0.2)
	var ids []string
	for _, m := range got {
		ids = append(ids, m.ID)
	}
	if !slices.Equal(ids, []string{"a-copy", "b-copy", "edited"}) || got[0].Similarity != 1 || got[2].Similarity >= 1 {
		t.Errorf("Near = %v, want the copies (by id) then the edited one", got)
	}
}

func TestIndexConcurrent(t *testing.T) {
	x := NewIndex(DuplicateThreshold)
	s := Signature(story(t, "strike-odesa"))
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			for j := range 50 {
				x.Add(fmt.Sprint(i, "-", j), s)
				x.Near(s, DuplicateThreshold)
			}
		})
	}
	wg.Wait()
	if n := len(x.Near(s, DuplicateThreshold)); n != 200 {
		t.Errorf("Near found %d of 200", n)
	}
}

// randomSigs makes n signatures of random 150-word texts over a
// 5,000-word vocabulary: unrelated news-like documents.
func randomSigs(n int) []Sig {
	r := rand.New(rand.NewPCG(1, 2))
	vocab := make([]string, 5000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%d", i)
	}
	sigs := make([]Sig, n)
	buf := make([]byte, 0, 2048)
	for i := range sigs {
		buf = buf[:0]
		for range 150 {
			// Zipf-like: common words more often.
			w := int(float64(len(vocab)) * r.Float64() * r.Float64())
			buf = append(buf, vocab[w]...)
			buf = append(buf, ' ')
		}
		sigs[i] = Signature(string(buf))
	}
	return sigs
}

func BenchmarkIndexNear(b *testing.B) {
	const n = 100_000
	sigs := randomSigs(n + 1000)
	x := NewIndex(DuplicateThreshold)
	for i, s := range sigs[:n] {
		x.Add(fmt.Sprint("doc-", i), s)
	}
	queries := sigs[n:]
	b.ResetTimer()
	i := 0
	for b.Loop() {
		x.Near(queries[i%len(queries)], DuplicateThreshold)
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "lookups/s")
}

func BenchmarkIndexAdd(b *testing.B) {
	sigs := randomSigs(10_000)
	x := NewIndex(DuplicateThreshold)
	i := 0
	for b.Loop() {
		x.Add(fmt.Sprint("doc-", i), sigs[i%len(sigs)])
		i++
	}
}

// TestIndexCrowdedBuckets: documents that share some bands with a story
// (boilerplate) crowd those buckets beyond BucketScan, yet the story is
// still found through its other bands, and the crowd is not reported.
func TestIndexCrowdedBuckets(t *testing.T) {
	x := NewIndex(DuplicateThreshold)
	_, rows := x.Bands()
	s := Signature(story(t, "strike-kharkiv"))
	x.Add("story", s)
	rng := rand.New(rand.NewPCG(1, 2))
	shared := 8 * rows // the first eight bands
	for i := range 3 * BucketScan {
		c := s
		for k := shared; k < NumHashes; k++ {
			c.mins[k] = rng.Uint32()
		}
		x.Add(fmt.Sprintf("crowd-%d", i), c)
	}
	got := x.Near(s, DuplicateThreshold)
	if len(got) != 1 || got[0].ID != "story" || got[0].Similarity != 1 {
		t.Fatalf("Near in a crowded index = %v, want only the story", got)
	}
}
