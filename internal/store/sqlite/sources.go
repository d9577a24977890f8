package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/geowire/geowire/internal/store"
)

// AddSource implements store.Store.
func (db *DB) AddSource(ctx context.Context, s store.Source) (store.Source, error) {
	s.Kind, s.Location = strings.TrimSpace(s.Kind), strings.TrimSpace(s.Location)
	if s.Kind == "" || s.Location == "" {
		return s, fmt.Errorf("sqlite: add source: %w: kind and location are required", store.ErrInvalid)
	}
	now := db.now().UTC()
	_, err := db.write.ExecContext(ctx, `INSERT INTO sources (kind, location, title, added_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (kind, location) DO NOTHING`, s.Kind, s.Location, s.Title, timeText(&now))
	if err != nil {
		return s, fmt.Errorf("sqlite: add source: %w", err)
	}
	var added sql.NullString
	err = db.write.QueryRowContext(ctx, `SELECT id, title, added_at FROM sources WHERE kind = ? AND location = ?`, s.Kind, s.Location).
		Scan(&s.ID, &s.Title, &added)
	if err != nil {
		return s, fmt.Errorf("sqlite: add source: %w", err)
	}
	if t, err := parseTime(added); err == nil && t != nil {
		s.AddedAt = *t
	}
	return s, nil
}

// ListSources implements store.Store.
func (db *DB) ListSources(ctx context.Context) ([]store.Source, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT id, kind, location, title, added_at FROM sources ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: list sources: %w", err)
	}
	defer rows.Close()
	var out []store.Source
	for rows.Next() {
		var s store.Source
		var added sql.NullString
		if err := rows.Scan(&s.ID, &s.Kind, &s.Location, &s.Title, &added); err != nil {
			return nil, fmt.Errorf("sqlite: list sources: %w", err)
		}
		if t, err := parseTime(added); err == nil && t != nil {
			s.AddedAt = *t
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// RemoveSource implements store.Store.
func (db *DB) RemoveSource(ctx context.Context, id int64) error {
	res, err := db.write.ExecContext(ctx, `DELETE FROM sources WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("sqlite: remove source: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("sqlite: source %d: %w", id, store.ErrNotFound)
	}
	return nil
}

// Stats implements store.Store. Clusters are counted from the events that
// hold them, so a cluster emptied by re-analysis is not counted.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	err := db.read.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sources),
		(SELECT count(*) FROM events), (SELECT count(*) FROM places),
		(SELECT count(DISTINCT cluster_id) FROM events WHERE cluster_id <> '')`).
		Scan(&s.Documents, &s.Sources, &s.Events, &s.Places, &s.Clusters)
	if err != nil {
		return s, fmt.Errorf("sqlite: stats: %w", err)
	}
	return s, nil
}
