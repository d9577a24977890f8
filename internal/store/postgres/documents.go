package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// PutDocument implements store.Store. The insert skips on any unique key
// (id, canonical URL, content hash); a skipped insert then reads the
// document that holds the key. Concurrent puts of one document wait on
// each other's unique index entry, so exactly one creates it.
func (db *DB) PutDocument(ctx context.Context, d *store.Document) (string, bool, error) {
	if d == nil || d.ContentHash == "" {
		return "", false, fmt.Errorf("postgres: put document: %w: no content hash", store.ErrInvalid)
	}
	id := d.ID
	if id == "" {
		id = store.DocumentID(d.CanonicalURL, d.ContentHash)
	}
	headings, err := json.Marshal(nonNil(d.Headings))
	if err != nil {
		return "", false, err
	}
	embeds, err := json.Marshal(nonNilEmbeds(d.Embeds))
	if err != nil {
		return "", false, err
	}
	if d.DuplicateOf == id {
		return "", false, fmt.Errorf("postgres: put document: %w: a document cannot duplicate itself", store.ErrInvalid)
	}
	var dupSim *float64
	if d.DuplicateOf != "" {
		dupSim = &d.DuplicateSimilarity
	}
	var rest pgx.Batch
	if d.Analysis != nil {
		for _, e := range d.Analysis.Events {
			if e.ID == "" {
				return "", false, fmt.Errorf("postgres: put document: %w: event without id", store.ErrInvalid)
			}
		}
		if err := db.queueAnalysis(&rest, text(id), d.Analysis, false); err != nil {
			return "", false, fmt.Errorf("postgres: put document: analysis: %w", err)
		}
	}
	if err := checkClusters(d.Clusters); err != nil {
		return "", false, fmt.Errorf("postgres: put document: %w", err)
	}
	canonical, hash := text(d.CanonicalURL), text(d.ContentHash)
	// A retry covers the rare case where the row that blocked the insert
	// is deleted before we read it.
	for range 3 {
		var got string
		created := false
		err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
			err := tx.QueryRow(ctx, `INSERT INTO documents
				(id, url, canonical_url, source, fetched_at, published, title, byline, lang, text, headings, embeds, content_hash, raw, content_type, pipeline_version, stored_at, signature, duplicate_of, duplicate_similarity)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
				ON CONFLICT DO NOTHING RETURNING id`,
				text(id), text(d.URL), canonical, text(d.Source), timestamp(d.FetchedAt), timestamp(d.Published), text(d.Title),
				text(d.Byline), text(d.Lang), text(d.Text), string(headings), string(embeds), hash, d.Raw, text(d.ContentType),
				text(d.PipelineVersion), db.now().UTC(), d.Signature, text(d.DuplicateOf), dupSim).Scan(&got)
			switch {
			case err == nil:
				created = true
				clusters := d.Clusters
				if d.Assign != nil {
					// The area locks, held to the end of this transaction,
					// keep other workers from deciding about the same area
					// until these events are committed.
					if err := lockAreas(ctx, tx, d.ClusterKeys); err != nil {
						return err
					}
					cands := func(ctx context.Context, f store.EventFilter) ([]store.Candidate, error) {
						return db.candidates(ctx, tx, f)
					}
					if clusters, err = d.Assign(ctx, cands); err != nil {
						return fmt.Errorf("clusters: %w", err)
					}
					if err := checkClusters(clusters); err != nil {
						return err
					}
				}
				if rest.Len() > 0 {
					if err := tx.SendBatch(ctx, &rest).Close(); err != nil {
						return err
					}
				}
				if len(clusters) > 0 {
					return assignClustersTx(ctx, tx, clusters)
				}
				return nil
			case !isNoRows(err):
				return err
			}
			return tx.QueryRow(ctx, `SELECT id FROM documents
				WHERE id = $1 OR content_hash = $2 OR (canonical_url <> '' AND canonical_url = $3) LIMIT 1`,
				text(id), hash, canonical).Scan(&got)
		})
		switch {
		case err == nil:
			return got, created, nil
		case !isNoRows(err):
			return "", false, fmt.Errorf("postgres: put document: %w", err)
		}
	}
	return "", false, fmt.Errorf("postgres: put document %s: conflicting writes, try again", id)
}

func nonNil(h []model.Heading) []model.Heading {
	if h == nil {
		return []model.Heading{}
	}
	return h
}

func nonNilEmbeds(e []model.Embed) []model.Embed {
	if e == nil {
		return []model.Embed{}
	}
	return e
}

// GetDocument implements store.Store.
func (db *DB) GetDocument(ctx context.Context, id string) (*store.Document, error) {
	var (
		d                store.Document
		stored           time.Time
		headings, embeds []byte
	)
	err := db.pool.QueryRow(ctx, `SELECT id, url, canonical_url, source, fetched_at, published, title, byline, lang, text,
		headings, embeds, content_hash, raw, content_type, pipeline_version, stored_at, duplicate_of, COALESCE(duplicate_similarity, 0) FROM documents WHERE id = $1`, text(id)).
		Scan(&d.ID, &d.URL, &d.CanonicalURL, &d.Source, &d.FetchedAt, &d.Published, &d.Title, &d.Byline, &d.Lang, &d.Text,
			&headings, &embeds, &d.ContentHash, &d.Raw, &d.ContentType, &d.PipelineVersion, &stored, &d.DuplicateOf, &d.DuplicateSimilarity)
	if isNoRows(err) {
		return nil, fmt.Errorf("postgres: document %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: get document: %w", err)
	}
	d.FetchedAt, d.Published, d.StoredAt = utc(d.FetchedAt), utc(d.Published), stored.UTC()
	if err := json.Unmarshal(headings, &d.Headings); err != nil {
		return nil, fmt.Errorf("postgres: document %s headings: %w", id, err)
	}
	if err := json.Unmarshal(embeds, &d.Embeds); err != nil {
		return nil, fmt.Errorf("postgres: document %s embeds: %w", id, err)
	}
	return &d, nil
}

// FindDocument implements store.Store.
func (db *DB) FindDocument(ctx context.Context, canonicalURL, contentHash string) (string, error) {
	var id string
	err := db.pool.QueryRow(ctx, `SELECT id FROM documents WHERE (canonical_url <> '' AND canonical_url = $1) OR content_hash = $2 LIMIT 1`,
		text(canonicalURL), text(contentHash)).Scan(&id)
	if isNoRows(err) {
		return "", store.ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("postgres: find document: %w", err)
	}
	return id, nil
}

// tsQuery is the SQL that turns the parameter $n, free text, into a
// tsquery of all its words: plainto_tsquery reads no operators, so user
// input is never query syntax; unaccent folds diacritics as the indexed
// column does.
func tsQuery(n int) string {
	return fmt.Sprintf("plainto_tsquery('simple', geowire_unaccent($%d))", n)
}

// SearchDocuments implements store.Store. Rank is minus ts_rank, so that,
// as with SQLite's bm25, lower is better.
func (db *DB) SearchDocuments(ctx context.Context, query string, limit int) ([]store.DocumentHit, error) {
	query = text(strings.TrimSpace(query))
	if query == "" {
		return nil, fmt.Errorf("postgres: search: %w: empty query", store.ErrInvalid)
	}
	if limit <= 0 || limit > 1000 {
		limit = 50
	}
	rows, err := db.pool.Query(ctx, `WITH q AS (SELECT `+tsQuery(1)+` AS q),
		hits AS (SELECT d.id, d.title, d.url, d.text, ts_rank(d.search, q.q) AS rank, q.q
			FROM documents d, q WHERE d.search @@ q.q ORDER BY rank DESC, d.id LIMIT $2)
		SELECT id, title, url, ts_headline('simple', text, q, 'StartSel=[, StopSel=], MaxWords=12, MinWords=6'), -rank
		FROM hits ORDER BY rank DESC, id`, query, limit)
	if err != nil {
		return nil, fmt.Errorf("postgres: search: %w", err)
	}
	defer rows.Close()
	var hits []store.DocumentHit
	for rows.Next() {
		var h store.DocumentHit
		var rank float32
		if err := rows.Scan(&h.ID, &h.Title, &h.URL, &h.Snippet, &rank); err != nil {
			return nil, fmt.Errorf("postgres: search: %w", err)
		}
		h.Rank = float64(rank)
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: search: %w", err)
	}
	return hits, nil
}

// ListDocuments implements store.Store.
func (db *DB) ListDocuments(ctx context.Context, f store.DocumentFilter) ([]store.DocumentVersion, error) {
	limit := f.Limit
	if limit <= 0 || limit > 10000 {
		limit = 1000
	}
	q := `SELECT d.id, coalesce(a.pipeline_version, ''), a.document_id IS NOT NULL FROM documents d
		LEFT JOIN analyses a ON a.document_id = d.id WHERE d.id > $1`
	args := []any{text(f.After)}
	if f.NotVersion != "" {
		q += ` AND (a.document_id IS NULL OR a.pipeline_version <> $2)`
		args = append(args, text(f.NotVersion))
	}
	args = append(args, limit)
	q += fmt.Sprintf(` ORDER BY d.id LIMIT $%d`, len(args))
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: list documents: %w", err)
	}
	defer rows.Close()
	var out []store.DocumentVersion
	for rows.Next() {
		var r store.DocumentVersion
		if err := rows.Scan(&r.ID, &r.PipelineVersion, &r.Analyzed); err != nil {
			return nil, fmt.Errorf("postgres: list documents: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: list documents: %w", err)
	}
	return out, nil
}
