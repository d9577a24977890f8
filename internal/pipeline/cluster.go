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
// the same real-world event into one cluster. A new document's events
// are clustered inside the store transaction that creates it
// (store.Document.Assign, see save); a re-analysed document's under
// locked: the store's area locks when several processes share it, else
// mu. (A re-analysis racing an ingest of the same area in one SQLite
// process is not serialised with it; reprocess normally runs alone.)
type clusterer struct {
	cs     store.Clusterer
	locker store.ClusterLocker // nil: mu serialises clustering
	idx    *cluster.Index
	opts   cluster.Options
	mu     sync.Mutex

	// With a shared store, other processes store documents too: their
	// signatures are read into idx every refreshEvery (see refresh).
	rmu          sync.Mutex
	refreshed    time.Time
	refreshEvery time.Duration
}

// Signature refresh from a shared store: how often, and how far back
// before the last refresh (a document's stored_at is taken before its
// transaction commits, so a slow commit lands behind the last read).
const (
	refreshEvery   = 2 * time.Second
	refreshOverlap = time.Minute
)

// newClusterer returns nil when the store cannot keep clusters.
func newClusterer(ctx context.Context, st store.Store, now time.Time) (*clusterer, error) {
	cs, ok := st.(store.Clusterer)
	if !ok {
		return nil, nil
	}
	c := &clusterer{cs: cs, idx: cluster.NewIndex(cluster.DuplicateThreshold), opts: cluster.DefaultOptions()}
	c.locker, _ = st.(store.ClusterLocker)
	c.refreshed, c.refreshEvery = now, refreshEvery
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

// locked runs fn holding the clustering locks of evs's areas: the store's
// locks shared by every process (store.ClusterLocker), or else this
// pipeline's own, so that the cluster of an event is looked up and stored
// before another event of its area looks.
func (c *clusterer) locked(ctx context.Context, evs []model.Event, fn func(context.Context) error) error {
	keys := c.keys(evs)
	if len(keys) == 0 {
		return fn(ctx)
	}
	if c.locker != nil {
		return c.locker.WithClusterLock(ctx, keys, fn)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return fn(ctx)
}

// keys returns the area lock keys of evs's clusterable events (none when
// no event can be clustered).
func (c *clusterer) keys(evs []model.Event) []int32 {
	var keys []int32
	for _, ev := range evs {
		if cluster.Clusterable(ev) {
			bbox, _, _ := cluster.Window(ev, c.opts)
			keys = append(keys, cluster.Cells(bbox)...)
		}
	}
	return keys
}

// assign returns the cluster of each clusterable event of evs: the
// cluster of the stored event it best matches, or a new one; a matched
// event not yet in a cluster joins the new one. cands finds the stored
// candidates; call it where no other decision about the same area can
// interleave (inside the store's transaction, or under locked) and store
// the result there.
func (c *clusterer) assign(ctx context.Context, evs []model.Event, cands store.CandidateQuery) (map[string]string, error) {
	assign := map[string]string{}
	for _, ev := range evs {
		if !cluster.Clusterable(ev) {
			continue
		}
		bbox, from, to := cluster.Window(ev, c.opts)
		types := cluster.Types(ev)
		found, err := cands(ctx, store.EventFilter{BBox: &bbox, From: from, To: to, Types: types, Limit: 200})
		if err != nil {
			return nil, fmt.Errorf("cluster candidates: %w", err)
		}
		matchable := make([]model.Event, 0, len(found))
		clusterOf := make(map[string]string, len(found))
		for _, f := range found {
			if _, dup := clusterOf[f.Event.ID]; dup || f.Event.ID == ev.ID {
				continue
			}
			matchable = append(matchable, f.Event)
			clusterOf[f.Event.ID] = f.ClusterID
		}
		id := cluster.ClusterID(ev)
		if best, _, _ := cluster.Match(ev, matchable, c.opts); best != nil {
			if cid := clusterOf[best.ID]; cid != "" {
				id = cid
			} else if cid := assign[best.ID]; cid != "" {
				id = cid
			} else {
				id = cluster.ClusterID(*best)
				assign[best.ID] = id
			}
		}
		assign[ev.ID] = id
	}
	return assign, nil
}

// events clusters the events of a stored analysis (after reanalysis).
func (c *clusterer) events(ctx context.Context, evs []model.Event) error {
	return c.locked(ctx, evs, func(ctx context.Context) error {
		assign, err := c.assign(ctx, evs, c.cs.ClusterCandidates)
		if err != nil {
			return err
		}
		return c.cs.AssignClusters(ctx, assign)
	})
}

// save decides a new document's near-duplicate link, then stores it with
// putDoc, the clusters of its events (evs, its analysis's) decided by the
// store inside the transaction that creates it (store.Document.Assign):
// there every decision sees the ones before it, committed or not, and a
// store that several processes share holds the area locks of
// ClusterKeys until the commit.
func (c *clusterer) save(ctx context.Context, put *store.Document, sig cluster.Sig, evs []model.Event,
	putDoc func(context.Context) (string, bool, error)) (id string, created bool, err error) {
	if err := c.refresh(ctx); err != nil {
		return "", false, err
	}
	if n, ok := c.nearest(put.ID, sig); ok {
		put.DuplicateOf, put.DuplicateSimilarity = n.ID, n.Similarity
	}
	indexed := false
	if !sig.Empty() && !c.idx.Contains(put.ID) {
		c.idx.Add(put.ID, sig) // now, so that a copy stored concurrently finds it
		indexed = true
	}
	put.ClusterKeys = c.keys(evs)
	if len(put.ClusterKeys) > 0 {
		put.Assign = func(ctx context.Context, cands store.CandidateQuery) (map[string]string, error) {
			return c.assign(ctx, evs, cands)
		}
	}
	id, created, err = putDoc(ctx)
	if err != nil && indexed {
		c.idx.Remove(put.ID)
	}
	return id, created, err
}

// refresh adds to the near-duplicate index the signatures that other
// processes sharing the store (a store.ClusterLocker) stored since the
// last refresh, at most every refreshEvery. Without a shared store every
// document passes through this clusterer and there is nothing to read.
func (c *clusterer) refresh(ctx context.Context) error {
	if c.locker == nil {
		return nil
	}
	c.rmu.Lock()
	defer c.rmu.Unlock()
	now := time.Now()
	if now.Sub(c.refreshed) < c.refreshEvery {
		return nil
	}
	err := c.cs.Signatures(ctx, c.refreshed.Add(-refreshOverlap), func(id string, b []byte) error {
		if c.idx.Contains(id) {
			return nil
		}
		var s cluster.Sig
		if err := s.UnmarshalBinary(b); err == nil {
			c.idx.Add(id, s)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("near-duplicate signatures: %w", err)
	}
	c.refreshed = now
	return nil
}
