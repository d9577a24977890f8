package postgres

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/geowire/geowire/internal/store"
)

var _ store.Clusterer = (*DB)(nil)

// Signatures implements store.Clusterer.
func (db *DB) Signatures(ctx context.Context, since time.Time, fn func(docID string, sig []byte) error) error {
	rows, err := db.pool.Query(ctx, `SELECT id, signature FROM documents WHERE signature IS NOT NULL AND stored_at >= $1 ORDER BY stored_at, id`, since.UTC())
	if err != nil {
		return fmt.Errorf("postgres: signatures: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var sig []byte
		if err := rows.Scan(&id, &sig); err != nil {
			return fmt.Errorf("postgres: signatures: %w", err)
		}
		if err := fn(id, sig); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("postgres: signatures: %w", err)
	}
	return nil
}

// AssignClusters implements store.Clusterer: one transaction sets the
// events' clusters, then recomputes each touched cluster's row under a row
// lock (clusters are taken in sorted order so concurrent calls cannot
// deadlock).
func (db *DB) AssignClusters(ctx context.Context, assign map[string]string) error {
	if len(assign) == 0 {
		return nil
	}
	if err := checkClusters(assign); err != nil {
		return fmt.Errorf("postgres: assign clusters: %w", err)
	}
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error { return assignClustersTx(ctx, tx, assign) })
	if err != nil {
		return fmt.Errorf("postgres: assign clusters: %w", err)
	}
	return nil
}

func checkClusters(assign map[string]string) error {
	for eventID, clusterID := range assign {
		if clusterID == "" {
			return fmt.Errorf("%w: empty cluster id for event %s", store.ErrInvalid, eventID)
		}
	}
	return nil
}

// assignClustersTx sets the events' clusters inside tx and recomputes
// each touched cluster's row, locking events and clusters in sorted
// order so that concurrent assignments cannot deadlock.
func assignClustersTx(ctx context.Context, tx pgx.Tx, assign map[string]string) error {
	touched := map[string]bool{}
	for _, c := range assign {
		touched[text(c)] = true
	}
	ids := make([]string, 0, len(touched))
	for c := range touched {
		ids = append(ids, c)
	}
	sort.Strings(ids)
	events := make([]string, 0, len(assign))
	for eventID := range assign {
		events = append(events, eventID)
	}
	sort.Strings(events)
	for _, eventID := range events {
		tag, err := tx.Exec(ctx, `UPDATE events SET cluster_id = $1 WHERE id = $2`, text(assign[eventID]), text(eventID))
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return fmt.Errorf("event %s: %w", eventID, store.ErrNotFound)
		}
	}
	for _, clusterID := range ids {
		if _, err := tx.Exec(ctx, `INSERT INTO clusters (id, first_seen, last_seen) VALUES ($1, '', '') ON CONFLICT (id) DO NOTHING`, clusterID); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `SELECT id FROM clusters WHERE id = $1 FOR UPDATE`, clusterID); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE clusters c SET first_seen = s.first_seen, last_seen = s.last_seen, events = s.events, documents = s.documents
			FROM (SELECT min(event_date) AS first_seen, max(event_date) AS last_seen, count(*) AS events, count(DISTINCT document_id) AS documents
				FROM events WHERE cluster_id = $1) s
			WHERE c.id = $1`, clusterID); err != nil {
			return err
		}
	}
	return nil
}

// GetCluster implements store.Clusterer: the cluster's events and
// documents as they are now.
func (db *DB) GetCluster(ctx context.Context, id string) (store.Cluster, error) {
	c := store.Cluster{ID: id}
	rows, err := db.pool.Query(ctx, `SELECT id, document_id, event_date FROM events WHERE cluster_id = $1 ORDER BY event_date, id`, text(id))
	if err != nil {
		return c, fmt.Errorf("postgres: get cluster: %w", err)
	}
	defer rows.Close()
	seen := map[string]bool{}
	for rows.Next() {
		var ev, doc, date string
		if err := rows.Scan(&ev, &doc, &date); err != nil {
			return c, fmt.Errorf("postgres: get cluster: %w", err)
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
		return c, fmt.Errorf("postgres: get cluster: %w", err)
	}
	if len(c.Events) == 0 {
		return c, fmt.Errorf("postgres: cluster %s: %w", id, store.ErrNotFound)
	}
	return c, nil
}

// ClusterCandidates implements store.Clusterer: the window's events from
// the events table alone (no document join), decoded only as far as
// matching needs.
func (db *DB) ClusterCandidates(ctx context.Context, f store.EventFilter) ([]store.Candidate, error) {
	return db.candidates(ctx, db.pool, f)
}

// querier is what candidates reads through: the pool or a transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

func (db *DB) candidates(ctx context.Context, conn querier, f store.EventFilter) ([]store.Candidate, error) {
	var q query
	q.add("asserted")
	if f.From != "" {
		q.add("event_date >= %s", text(f.From))
	}
	if f.To != "" {
		q.add("event_date <= %s", text(f.To))
	}
	if b := f.BBox; b != nil {
		if b[0] > b[2] || b[1] > b[3] {
			return nil, fmt.Errorf("postgres: cluster candidates: %w: bbox must be minLon,minLat,maxLon,maxLat", store.ErrInvalid)
		}
		q.add("geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)", b[0], b[1], b[2], b[3])
	}
	if len(f.Types) > 0 {
		q.add("type = ANY(%s)", texts(f.Types))
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 200
	}
	sqlText := `SELECT id, cluster_id, body FROM events` + q.clause() + ` ORDER BY event_date DESC, id DESC LIMIT ` + q.arg(limit)
	rows, err := conn.Query(ctx, sqlText, q.args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: cluster candidates: %w", err)
	}
	defer rows.Close()
	var out []store.Candidate
	for rows.Next() {
		var id, cl string
		var body []byte
		if err := rows.Scan(&id, &cl, &body); err != nil {
			return nil, fmt.Errorf("postgres: cluster candidates: %w", err)
		}
		e, err := db.cands.Decode(id, body)
		if err != nil {
			return nil, fmt.Errorf("postgres: event %s: %w", id, err)
		}
		out = append(out, store.Candidate{Event: e, ClusterID: cl})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: cluster candidates: %w", err)
	}
	return out, nil
}
