package pipeline

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/geowire/geowire/internal/cluster"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// SignatureWindow is how far back near-duplicate signatures are loaded
// into memory at start: syndicated copies appear within days.
const SignatureWindow = 30 * 24 * time.Hour

// clusterer links near-duplicate documents and puts events that report
// the same real-world event into one cluster. Event assignment holds one
// lock, so two workers never start two clusters for the same event.
type clusterer struct {
	st   store.Store
	cs   store.Clusterer
	idx  *cluster.Index
	opts cluster.Options
	mu   sync.Mutex
}

// newClusterer returns nil when the store cannot keep clusters.
func newClusterer(ctx context.Context, st store.Store, now time.Time) (*clusterer, error) {
	cs, ok := st.(store.Clusterer)
	if !ok {
		return nil, nil
	}
	c := &clusterer{st: st, cs: cs, idx: cluster.NewIndex(cluster.DuplicateThreshold), opts: cluster.DefaultOptions()}
	err := cs.Signatures(ctx, now.Add(-SignatureWindow), func(id string, b []byte) error {
		var s cluster.Sig
		if err := s.UnmarshalBinary(b); err != nil {
			return nil // an unreadable signature only costs a missed link
		}
		c.idx.Add(id, s)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("pipeline: load signatures: %w", err)
	}
	return c, nil
}

// signature returns a document text's near-duplicate signature, encoded
// for the store (nil for a text too short to sign).
func signature(text string) (cluster.Sig, []byte) {
	sig := cluster.Signature(text)
	if sig.Empty() {
		return sig, nil
	}
	b, _ := sig.MarshalBinary() // cannot fail for a computed signature
	return sig, b
}

// nearest returns the most similar indexed document that the document id
// with signature sig nearly duplicates, if any.
func (c *clusterer) nearest(id string, sig cluster.Sig) (cluster.Neighbor, bool) {
	if sig.Empty() {
		return cluster.Neighbor{}, false
	}
	for _, n := range c.idx.Near(sig, cluster.DuplicateThreshold) {
		if n.ID != id {
			return n, true
		}
	}
	return cluster.Neighbor{}, false
}

// index adds a stored document's signature, so later copies find it.
func (c *clusterer) index(id string, sig cluster.Sig) { c.idx.Add(id, sig) }

// events assigns each clusterable event to the cluster of the stored event
// it best matches, or to a new cluster.
func (c *clusterer) events(ctx context.Context, evs []model.Event) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	assign := map[string]string{}
	for _, ev := range evs {
		if !cluster.Clusterable(ev) {
			continue
		}
		bbox, from, to := cluster.Window(ev, c.opts)
		found, err := c.cs.ClusterCandidates(ctx, store.EventFilter{BBox: &bbox, From: from, To: to, Types: cluster.Types(ev), Limit: 200})
		if err != nil {
			return fmt.Errorf("cluster candidates: %w", err)
		}
		cands := make([]model.Event, 0, len(found))
		clusterOf := map[string]string{}
		for _, f := range found {
			if f.Event.ID == ev.ID {
				continue
			}
			cands = append(cands, f.Event)
			clusterOf[f.Event.ID] = f.ClusterID
		}
		id := cluster.ClusterID(ev)
		if best, _, _ := cluster.Match(ev, cands, c.opts); best != nil {
			if cid := clusterOf[best.ID]; cid != "" {
				id = cid
			} else {
				id = cluster.ClusterID(*best)
				assign[best.ID] = id
			}
		}
		assign[ev.ID] = id
	}
	return c.cs.AssignClusters(ctx, assign)
}
