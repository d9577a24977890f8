package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"time"

	"github.com/geowire/geowire/internal/store"
)

var _ store.Clusterer = (*DB)(nil)

// Signatures implements store.Clusterer.
func (db *DB) Signatures(ctx context.Context, since time.Time, fn func(docID string, sig []byte) error) error {
	rows, err := db.read.QueryContext(ctx, `SELECT id, signature FROM documents WHERE signature IS NOT NULL AND stored_at >= ? ORDER BY stored_at`,
		since.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("sqlite: signatures: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var sig []byte
		if err := rows.Scan(&id, &sig); err != nil {
			return fmt.Errorf("sqlite: signatures: %w", err)
		}
		if err := fn(id, sig); err != nil {
			return err
		}
	}
	return rows.Err()
}

// AssignClusters implements store.Clusterer: one transaction sets the
// events' clusters and recomputes each touched cluster's row.
func (db *DB) AssignClusters(ctx context.Context, assign map[string]string) error {
	if len(assign) == 0 {
		return nil
	}
	db.mem.invalidate() // as in PutAnalysis
	defer db.mem.invalidate()
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return fmt.Errorf("sqlite: assign clusters: %w", err)
	}
	defer tx.Rollback()
	if err := db.assignClustersTx(ctx, tx, assign); err != nil {
		return fmt.Errorf("sqlite: assign clusters: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: assign clusters: %w", err)
	}
	return nil
}

// assignClustersTx sets the events' clusters inside tx and recomputes
// each touched cluster's row.
func (db *DB) assignClustersTx(ctx context.Context, tx *sql.Tx, assign map[string]string) error {
	touched := map[string]bool{}
	for eventID, clusterID := range assign {
		if clusterID == "" {
			return fmt.Errorf("%w: empty cluster id for event %s", store.ErrInvalid, eventID)
		}
		res, err := db.txExec(ctx, tx, `UPDATE events SET cluster_id = ? WHERE id = ?`, clusterID, eventID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("event %s: %w", eventID, store.ErrNotFound)
		}
		touched[clusterID] = true
	}
	for clusterID := range touched {
		if _, err := db.txExec(ctx, tx, `INSERT INTO clusters (id, first_seen, last_seen, events, documents)
			SELECT ?, min(event_date), max(event_date), count(*), count(DISTINCT document_id) FROM events WHERE cluster_id = ?
			ON CONFLICT (id) DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen,
				events = excluded.events, documents = excluded.documents`, clusterID, clusterID); err != nil {
			return err
		}
	}
	return nil
}

// GetCluster implements store.Clusterer: the cluster's events and
// documents as they are now.
func (db *DB) GetCluster(ctx context.Context, id string) (store.Cluster, error) {
	c := store.Cluster{ID: id}
	rows, err := db.read.QueryContext(ctx, `SELECT id, document_id, event_date FROM events WHERE cluster_id = ? ORDER BY event_date, id`, id)
	if err != nil {
		return c, fmt.Errorf("sqlite: get cluster: %w", err)
	}
	defer rows.Close()
	seen := map[string]bool{}
	for rows.Next() {
		var ev, doc, date string
		if err := rows.Scan(&ev, &doc, &date); err != nil {
			return c, fmt.Errorf("sqlite: get cluster: %w", err)
		}
		c.Events = append(c.Events, ev)
		if !seen[doc] {
			seen[doc] = true
			c.Documents = append(c.Documents, doc)
		}
		if c.FirstSeen == "" || date < c.FirstSeen {
			c.FirstSeen = date
		}
		if date > c.LastSeen {
			c.LastSeen = date
		}
	}
	if err := rows.Err(); err != nil {
		return c, err
	}
	if len(c.Events) == 0 {
		return c, fmt.Errorf("sqlite: cluster %s: %w", id, store.ErrNotFound)
	}
	return c, nil
}

// ClusterCandidates implements store.Clusterer: the window's events from
// the events table alone (no document join), decoded only as far as
// matching needs. Each type is its own query: with one type the
// events_type index (type, event_date, id, …) yields the rows newest
// first, so the query stops after the limit and reads only the rows it
// returns, where an IN list would read and sort every row of the window.
func (db *DB) ClusterCandidates(ctx context.Context, f store.EventFilter) ([]store.Candidate, error) {
	return db.candidates(ctx, f, 0, db.queryRead)
}

// candidates is ClusterCandidates through query (the read pool, or a
// write transaction).
// Only events stored after the row afterRowid when it is > 0.
func (db *DB) candidates(ctx context.Context, f store.EventFilter, afterRowid int64, query func(context.Context, string, ...any) (*sql.Rows, error)) ([]store.Candidate, error) {
	if b := f.BBox; b != nil && (b[0] > b[2] || b[1] > b[3]) {
		return nil, fmt.Errorf("sqlite: cluster candidates: %w: bbox must be minLon,minLat,maxLon,maxLat", store.ErrInvalid)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 200
	}
	types := f.Types
	if len(types) == 0 {
		types = []string{""}
	}
	var out []store.Candidate
	for _, typ := range types {
		got, err := db.clusterCandidates(ctx, f, typ, limit, afterRowid, query)
		if err != nil {
			return nil, err
		}
		out = append(out, got...)
	}
	if len(types) > 1 {
		sortCandidates(out)
		out = out[:min(len(out), limit)]
	}
	return out, nil
}

// sortCandidates orders candidates as the queries do (newestFirst).
func sortCandidates(cs []store.Candidate) {
	slices.SortFunc(cs, func(a, b store.Candidate) int {
		return newestFirst(a.Event.Date, a.Event.ID, b.Event.Date, b.Event.ID)
	})
}

// newestFirst compares two events as the candidate queries order them:
// by date descending, then by id descending.
func newestFirst(dateA, idA, dateB, idB string) int {
	if c := cmp.Compare(dateB, dateA); c != 0 {
		return c
	}
	return cmp.Compare(idB, idA)
}

// clusterCandidates runs the query of ClusterCandidates for one type ("":
// any).
func (db *DB) clusterCandidates(ctx context.Context, f store.EventFilter, typ string, limit int, afterRowid int64,
	query func(context.Context, string, ...any) (*sql.Rows, error)) ([]store.Candidate, error) {
	q := `SELECT id, cluster_id, body FROM events WHERE asserted = 1`
	var args []any
	if afterRowid > 0 {
		// The few newest rows, through the table's rowid order.
		q = `SELECT id, cluster_id, body FROM events NOT INDEXED WHERE rowid > ? AND asserted = 1`
		args = append(args, afterRowid)
	}
	if typ != "" {
		q += ` AND type = ?`
		args = append(args, typ)
	}
	if f.From != "" {
		q += ` AND event_date >= ?`
		args = append(args, f.From)
	}
	if f.To != "" {
		q += ` AND event_date <= ?`
		args = append(args, f.To)
	}
	if b := f.BBox; b != nil {
		q += ` AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?`
		args = append(args, b[1], b[3], b[0], b[2])
	}
	q += ` ORDER BY event_date DESC, id DESC LIMIT ?`
	args = append(args, limit)
	rows, err := query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: cluster candidates: %w", err)
	}
	defer rows.Close()
	var out []store.Candidate
	var body sql.RawBytes
	for rows.Next() {
		var id, cl string
		if err := rows.Scan(&id, &cl, &body); err != nil {
			return nil, fmt.Errorf("sqlite: cluster candidates: %w", err)
		}
		e, err := db.cands.Decode(id, body)
		if err != nil {
			return nil, fmt.Errorf("sqlite: event %s: %w", id, err)
		}
		out = append(out, store.Candidate{Event: e, ClusterID: cl})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: cluster candidates: %w", err)
	}
	return out, nil
}

// splitClusters parts a new document's cluster assignments into those of
// its own events (stored with their cluster, counted by addToClustersTx)
// and those of earlier events (assignClustersTx).
func splitClusters(a *store.Analysis, clusters map[string]string) (own, others map[string]string) {
	if len(clusters) == 0 {
		return nil, nil
	}
	mine := map[string]bool{}
	if a != nil {
		for _, e := range a.Events {
			mine[e.ID] = true
		}
	}
	for ev, cl := range clusters {
		if mine[ev] {
			if own == nil {
				own = map[string]string{}
			}
			own[ev] = cl
		} else {
			if others == nil {
				others = map[string]string{}
			}
			others[ev] = cl
		}
	}
	return own, others
}

// addToClustersTx counts a new document's events (stored with their
// clusters by putAnalysisTx) into their clusters' rows: the events are
// new, and so is the document in every cluster, so the rows grow by
// what it adds instead of being recomputed over all their events.
func (db *DB) addToClustersTx(ctx context.Context, tx *sql.Tx, a *store.Analysis, own map[string]string) error {
	if len(own) == 0 || a == nil {
		return nil
	}
	type add struct {
		first, last string
		n           int
	}
	adds := map[string]*add{}
	for _, e := range a.Events {
		cl, ok := own[e.ID]
		if !ok {
			continue
		}
		if cl == "" {
			return fmt.Errorf("%w: empty cluster id for event %s", store.ErrInvalid, e.ID)
		}
		x := adds[cl]
		if x == nil {
			x = &add{first: e.Date, last: e.Date}
			adds[cl] = x
		}
		x.first, x.last, x.n = min(x.first, e.Date), max(x.last, e.Date), x.n+1
	}
	for cl, x := range adds {
		if _, err := db.txExec(ctx, tx, `INSERT INTO clusters (id, first_seen, last_seen, events, documents) VALUES (?, ?, ?, ?, 1)
			ON CONFLICT (id) DO UPDATE SET first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen),
				events = events + excluded.events, documents = documents + 1`, cl, x.first, x.last, x.n); err != nil {
			return err
		}
	}
	return nil
}
