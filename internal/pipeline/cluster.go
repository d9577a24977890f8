package pipeline

import (
	"context"
	"fmt"
	"slices"
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
	cs     store.Clusterer
	locker store.ClusterLocker // nil: mu serialises clustering
	idx    *cluster.Index
	opts   cluster.Options
	mu     sync.Mutex

	// pending holds, by event id, the events whose clusters are decided
	// but whose documents are not yet committed (without a locker the
	// store is written outside mu), so that the next decision sees them.
	pmu     sync.Mutex
	pending map[string]store.Candidate

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
	c := &clusterer{cs: cs, idx: cluster.NewIndex(cluster.DuplicateThreshold), opts: cluster.DefaultOptions(), pending: map[string]store.Candidate{}}
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
	var keys []int32
	for _, ev := range evs {
		if cluster.Clusterable(ev) {
			bbox, _, _ := cluster.Window(ev, c.opts)
			keys = append(keys, cluster.Cells(bbox)...)
		}
	}
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

// assign returns the cluster of each clusterable event of evs: the
// cluster of the stored event it best matches, or a new one; a matched
// event not yet in a cluster joins the new one. Call it under locked and
// store the result before unlocking.
func (c *clusterer) assign(ctx context.Context, evs []model.Event) (map[string]string, error) {
	assign := map[string]string{}
	for _, ev := range evs {
		if !cluster.Clusterable(ev) {
			continue
		}
		bbox, from, to := cluster.Window(ev, c.opts)
		types := cluster.Types(ev)
		// Pending events first: one committed after this snapshot is in
		// the store query that follows.
		found := c.pendingIn(bbox, from, to, types)
		stored, err := c.cs.ClusterCandidates(ctx, store.EventFilter{BBox: &bbox, From: from, To: to, Types: types, Limit: 200})
		if err != nil {
			return nil, fmt.Errorf("cluster candidates: %w", err)
		}
		found = append(found, stored...)
		cands := make([]model.Event, 0, len(found))
		clusterOf := make(map[string]string, len(found))
		for _, f := range found {
			if _, dup := clusterOf[f.Event.ID]; dup || f.Event.ID == ev.ID {
				continue
			}
			cands = append(cands, f.Event)
			clusterOf[f.Event.ID] = f.ClusterID
		}
		id := cluster.ClusterID(ev)
		if best, _, _ := cluster.Match(ev, cands, c.opts); best != nil {
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
		assign, err := c.assign(ctx, evs)
		if err != nil {
			return err
		}
		return c.cs.AssignClusters(ctx, assign)
	})
}

// save decides a new document's near-duplicate link and the clusters of
// its events (evs, its analysis's), then stores it with putDoc. The
// decision is taken under locked; with a store-wide locker (several
// processes) the document is stored before the locks are released, else
// it is stored after releasing mu — so that the store can commit many
// documents at once — and its events wait in pending until then.
func (c *clusterer) save(ctx context.Context, put *store.Document, sig cluster.Sig, evs []model.Event,
	putDoc func(context.Context) (string, bool, error)) (id string, created bool, err error) {
	indexed := false
	decide := func(ctx context.Context) error {
		if err := c.refresh(ctx); err != nil {
			return err
		}
		if n, ok := c.nearest(put.ID, sig); ok {
			put.DuplicateOf, put.DuplicateSimilarity = n.ID, n.Similarity
		}
		if !sig.Empty() && !c.idx.Contains(put.ID) {
			c.idx.Add(put.ID, sig) // now, so that a copy stored concurrently finds it
			indexed = true
		}
		var err error
		if put.Clusters, err = c.assign(ctx, evs); err != nil {
			return fmt.Errorf("cluster events: %w", err)
		}
		c.hold(evs, put.Clusters)
		return nil
	}
	done := func() {
		c.release(evs)
		if err != nil && indexed {
			c.idx.Remove(put.ID)
		}
	}
	if c.locker != nil {
		err = c.locked(ctx, evs, func(ctx context.Context) error {
			if err := decide(ctx); err != nil {
				return err
			}
			id, created, err = putDoc(ctx)
			done()
			return err
		})
		return id, created, err
	}
	if err = c.locked(ctx, evs, decide); err != nil {
		return "", false, err
	}
	id, created, err = putDoc(ctx)
	done()
	return id, created, err
}

// hold puts events with their decided clusters in pending.
func (c *clusterer) hold(evs []model.Event, clusters map[string]string) {
	c.pmu.Lock()
	defer c.pmu.Unlock()
	for _, ev := range evs {
		if cl, ok := clusters[ev.ID]; ok {
			c.pending[ev.ID] = store.Candidate{Event: ev, ClusterID: cl}
		}
	}
}

// release takes events out of pending (stored, or failed to store).
func (c *clusterer) release(evs []model.Event) {
	c.pmu.Lock()
	defer c.pmu.Unlock()
	for _, ev := range evs {
		delete(c.pending, ev.ID)
	}
}

// pendingIn returns the pending events in a Window (as ClusterCandidates
// selects stored ones).
func (c *clusterer) pendingIn(bbox [4]float64, from, to string, types []string) []store.Candidate {
	c.pmu.Lock()
	defer c.pmu.Unlock()
	var out []store.Candidate
	for _, p := range c.pending {
		e := p.Event
		l := e.Location
		if l == nil || l.Lon < bbox[0] || l.Lon > bbox[2] || l.Lat < bbox[1] || l.Lat > bbox[3] ||
			from != "" && e.Date < from || to != "" && e.Date > to || len(types) > 0 && !slices.Contains(types, e.Type) {
			continue
		}
		out = append(out, p)
	}
	return out
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
