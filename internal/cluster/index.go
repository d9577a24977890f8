package cluster

import (
	"cmp"
	"math"
	"slices"
	"sync"
)

// Neighbor is a document Index.Near found and its estimated similarity.
type Neighbor struct {
	ID         string
	Similarity float64
}

// Index finds near-duplicate signatures without comparing against all of
// them (locality-sensitive hashing): the NumHashes values of a Sig are cut
// into bands of a few rows, and two Sigs become candidates when one whole
// band is equal, which happens with probability 1-(1-J^rows)^bands for
// Jaccard similarity J. Candidates are then checked with Similarity. It is
// safe for concurrent use.
type Index struct {
	rows, bands int

	mu sync.RWMutex
	// heads[b] maps the key of band b to the newest entry with that key,
	// plus one; next[e] links entry e (= doc*bands + b) to the previous
	// entry with its key, plus one (0 ends the chain).
	heads []map[uint32]uint32
	next  []uint32
	ids   []string
	sigs  []Sig
	dead  []bool
	pos   map[string]uint32
	live  int
}

// BucketScan bounds how many entries Near reads from one band's bucket,
// newest first. A bucket crowds when many documents share text (a site's
// boilerplate, templated wire briefs); without a bound each lookup would
// compare against all of them and ingest would slow down with the size of
// the index. A near-duplicate at the threshold collides in about
// bands·J^rows buckets (4 of 64 at J = 0.25, 16 at 0.5), so a copy is
// lost only if all of its buckets are crowded with newer entries; copies
// are syndicated within days, so the newest entries are the ones to keep.
const BucketScan = 256

// NewIndex returns an index whose banding finds a pair of similarity
// minSimilarity with probability ≥ 0.95, and more similar pairs more
// surely, with as many rows per band as that allows (the more rows, the
// fewer chance candidates). For DuplicateThreshold (0.25) that is 64 bands
// of 2 rows: a pair at 0.25 is found with probability 0.984, at 0.3 with
// 0.997, at 0.5 with 1-1e-8. Near with a lower minimum than the index was
// made for misses more of the pairs between the two.
func NewIndex(minSimilarity float64) *Index {
	rows := 1
	for r := 2; r <= 16; r++ {
		b := NumHashes / r
		if 1-math.Pow(1-math.Pow(minSimilarity, float64(r)), float64(b)) < 0.95 {
			break
		}
		rows = r
	}
	bands := NumHashes / rows
	x := &Index{rows: rows, bands: bands, heads: make([]map[uint32]uint32, bands), pos: map[string]uint32{}}
	for b := range x.heads {
		x.heads[b] = map[uint32]uint32{}
	}
	return x
}

// Bands returns the index's number of bands and rows per band.
func (x *Index) Bands() (bands, rows int) { return x.bands, x.rows }

// Len returns the number of signatures in the index.
func (x *Index) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.live
}

// bandKey hashes rows [b·rows, (b+1)·rows) of s.
func (x *Index) bandKey(s *Sig, b int) uint32 {
	h := uint64(b)
	for _, v := range s.mins[b*x.rows : (b+1)*x.rows] {
		h = mix64(h ^ uint64(v))
	}
	return uint32(h >> 32)
}

// Add puts the signature of document id in the index, replacing any
// earlier signature of id. Empty signatures are not indexed.
func (x *Index) Add(id string, s Sig) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.remove(id)
	if s.Empty() {
		return
	}
	doc := uint32(len(x.ids))
	x.ids = append(x.ids, id)
	x.sigs = append(x.sigs, s)
	x.dead = append(x.dead, false)
	x.pos[id] = doc
	x.live++
	for b := range x.bands {
		k := x.bandKey(&s, b)
		e := doc*uint32(x.bands) + uint32(b)
		x.next = append(x.next, x.heads[b][k])
		x.heads[b][k] = e + 1
	}
}

// Contains reports whether document id is in the index.
func (x *Index) Contains(id string) bool {
	x.mu.RLock()
	defer x.mu.RUnlock()
	_, ok := x.pos[id]
	return ok
}

// Remove takes document id out of the index (its memory is kept until the
// index is rebuilt).
func (x *Index) Remove(id string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.remove(id)
}

func (x *Index) remove(id string) {
	if doc, ok := x.pos[id]; ok {
		x.dead[doc] = true
		delete(x.pos, id)
		x.live--
	}
}

// Near returns the indexed documents whose signatures have Similarity ≥
// minSimilarity with s, most similar first (ties by id).
func (x *Index) Near(s Sig, minSimilarity float64) []Neighbor {
	if s.Empty() {
		return nil
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	var cand []uint32
	for b := range x.bands {
		n := 0
		for e := x.heads[b][x.bandKey(&s, b)]; e != 0 && n < BucketScan; e = x.next[e-1] {
			cand = append(cand, (e-1)/uint32(x.bands))
			n++
		}
	}
	slices.Sort(cand)
	cand = slices.Compact(cand)
	var out []Neighbor
	for _, doc := range cand {
		if x.dead[doc] {
			continue
		}
		if sim := Similarity(s, x.sigs[doc]); sim >= minSimilarity {
			out = append(out, Neighbor{ID: x.ids[doc], Similarity: sim})
		}
	}
	slices.SortFunc(out, func(a, b Neighbor) int {
		if c := cmp.Compare(b.Similarity, a.Similarity); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}
