package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/geowire/geowire/internal/store"
)

// AddSource implements store.Store.
func (db *DB) AddSource(ctx context.Context, s store.Source) (store.Source, error) {
	s.Kind, s.Location = strings.TrimSpace(text(s.Kind)), strings.TrimSpace(text(s.Location))
	if s.Kind == "" || s.Location == "" {
		return s, fmt.Errorf("postgres: add source: %w: kind and location are required", store.ErrInvalid)
	}
	_, err := db.pool.Exec(ctx, `INSERT INTO sources (kind, location, title, added_at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (kind, location) DO NOTHING`, s.Kind, s.Location, text(s.Title), db.now().UTC())
	if err != nil {
		return s, fmt.Errorf("postgres: add source: %w", err)
	}
	err = db.pool.QueryRow(ctx, `SELECT id, title, added_at FROM sources WHERE kind = $1 AND location = $2`, s.Kind, s.Location).
		Scan(&s.ID, &s.Title, &s.AddedAt)
	if err != nil {
		return s, fmt.Errorf("postgres: add source: %w", err)
	}
	s.AddedAt = s.AddedAt.UTC()
	return s, nil
}

// ListSources implements store.Store.
func (db *DB) ListSources(ctx context.Context) ([]store.Source, error) {
	rows, err := db.pool.Query(ctx, `SELECT id, kind, location, title, added_at FROM sources ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("postgres: list sources: %w", err)
	}
	defer rows.Close()
	var out []store.Source
	for rows.Next() {
		var s store.Source
		if err := rows.Scan(&s.ID, &s.Kind, &s.Location, &s.Title, &s.AddedAt); err != nil {
			return nil, fmt.Errorf("postgres: list sources: %w", err)
		}
		s.AddedAt = s.AddedAt.UTC()
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: list sources: %w", err)
	}
	return out, nil
}

// RemoveSource implements store.Store.
func (db *DB) RemoveSource(ctx context.Context, id int64) error {
	tag, err := db.pool.Exec(ctx, `DELETE FROM sources WHERE id = $1`, id)
	if err != nil {
		return fmt.Errorf("postgres: remove source: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("postgres: source %d: %w", id, store.ErrNotFound)
	}
	return nil
}

// Stats implements store.Store. Clusters are counted from the events that
// hold them, so a cluster emptied by re-analysis is not counted.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	err := db.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sources),
		(SELECT count(*) FROM events), (SELECT count(*) FROM places),
		(SELECT count(DISTINCT cluster_id) FROM events WHERE cluster_id <> '')`).
		Scan(&s.Documents, &s.Sources, &s.Events, &s.Places, &s.Clusters)
	if err != nil {
		return s, fmt.Errorf("postgres: stats: %w", err)
	}
	return s, nil
}
