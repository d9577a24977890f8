package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// PutDocument implements store.Store. Concurrent calls share write
// transactions (group commit, see putBatch); each returns once its
// document is committed.
func (db *DB) PutDocument(ctx context.Context, d *store.Document) (string, bool, error) {
	if d == nil || d.ContentHash == "" {
		return "", false, fmt.Errorf("sqlite: put document: %w: no content hash", store.ErrInvalid)
	}
	enc, err := encodeDocument(d)
	if err != nil {
		return "", false, fmt.Errorf("sqlite: put document: %w", err)
	}
	r := &putReq{ctx: ctx, d: d, enc: enc}
	if d.Assign != nil && db.writerBacklogged() && !db.mem.usable(db.now()) {
		// The cluster candidates as committed now, read here, in the
		// caller's goroutine and in parallel with the others; the writer
		// then reads only what was stored since (prefetch.go).
		pre, err := db.prefetch(ctx, d)
		if err != nil {
			return "", false, fmt.Errorf("sqlite: put document: %w", err)
		}
		r.pre = pre
	}
	db.putQueue(r)
	if r.err != nil {
		return "", false, fmt.Errorf("sqlite: put document: %w", r.err)
	}
	return r.id, r.created, nil
}

// encodedDocument holds a document's id and JSON columns, computed before
// the write transaction (the writer is the serial part of ingest).
type encodedDocument struct {
	id               string
	headings, embeds string
	analysis         *encodedAnalysis // nil without an analysis
}

func encodeDocument(d *store.Document) (*encodedDocument, error) {
	enc := &encodedDocument{id: d.ID}
	if enc.id == "" {
		enc.id = store.DocumentID(d.CanonicalURL, d.ContentHash)
	}
	if d.DuplicateOf == enc.id {
		return nil, fmt.Errorf("%w: a document cannot duplicate itself", store.ErrInvalid)
	}
	headings, err := json.Marshal(nonNil(d.Headings))
	if err != nil {
		return nil, err
	}
	embeds, err := json.Marshal(nonNilEmbeds(d.Embeds))
	if err != nil {
		return nil, err
	}
	enc.headings, enc.embeds = string(headings), string(embeds)
	if d.Analysis != nil {
		if enc.analysis, err = encodeAnalysis(enc.id, d.Analysis); err != nil {
			return nil, fmt.Errorf("analysis: %w", err)
		}
	}
	return enc, nil
}

// putTx stores d inside tx (see PutDocument); enc holds its encoded
// columns; pre, if not nil, the cluster candidates read for d before the
// transaction.
func (db *DB) putTx(ctx context.Context, tx *sql.Tx, d *store.Document, enc *encodedDocument, pre *prefetched, mem *candTx) (string, bool, error) {
	id := enc.id
	var dupSim any
	if d.DuplicateOf != "" {
		dupSim = d.DuplicateSimilarity
	}
	storedAt := db.now().UTC()
	version := d.PipelineVersion
	if d.Analysis != nil {
		version = d.Analysis.Version // as PutAnalysis would set it
	}
	// Check both dedup keys inside the write transaction: one writer, so
	// the answer cannot change before the insert; documents put earlier in
	// the same transaction are seen.
	existing, err := db.existingTx(ctx, tx, id, d.ContentHash, d.CanonicalURL)
	if err != nil || existing != "" {
		return existing, false, err
	}
	clusters := d.Clusters
	if d.Assign != nil {
		// Inside the write transaction, on the writer's connection: the
		// candidates include the documents written earlier in this batch,
		// and the writer's page cache stays warm.
		inTx := func(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
			return db.txQuery(ctx, tx, q, args...)
		}
		cands := func(ctx context.Context, f store.EventFilter) ([]store.Candidate, error) {
			if mem != nil {
				if got, ok := mem.query(f); ok {
					return got, nil
				}
			}
			if got, ok := pre.lookup(f); ok {
				// Read before, outside the writer: only the events stored
				// since are read here.
				delta, err := db.candidates(ctx, f, pre.maxRowid, inTx)
				if err != nil {
					return nil, err
				}
				return mergeCandidates(got, delta, f.Limit), nil
			}
			return db.candidates(ctx, f, 0, inTx)
		}
		if clusters, err = d.Assign(ctx, cands); err != nil {
			return "", false, fmt.Errorf("clusters: %w", err)
		}
	}
	_, err = db.txExec(ctx, tx, `INSERT INTO documents
		(id, url, canonical_url, source, fetched_at, published, title, byline, lang, text, headings, embeds, content_hash, raw, content_type, pipeline_version, stored_at, signature, duplicate_of, duplicate_similarity)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, d.URL, d.CanonicalURL, d.Source, timeText(d.FetchedAt), timeText(d.Published), d.Title, d.Byline, d.Lang, d.Text,
		enc.headings, enc.embeds, d.ContentHash, d.Raw, d.ContentType, version, timeText(&storedAt), d.Signature,
		d.DuplicateOf, dupSim)
	if err != nil {
		return "", false, err
	}
	own, others := splitClusters(d.Analysis, clusters)
	if d.Analysis != nil {
		if err := db.putAnalysisTx(ctx, tx, id, d.Analysis, enc.analysis, false, own); err != nil {
			return "", false, fmt.Errorf("analysis: %w", err)
		}
	}
	if err := db.addToClustersTx(ctx, tx, d.Analysis, own); err != nil {
		return "", false, fmt.Errorf("clusters: %w", err)
	}
	if len(others) > 0 {
		if err := db.assignClustersTx(ctx, tx, others); err != nil {
			return "", false, fmt.Errorf("clusters: %w", err)
		}
	}
	if mem != nil {
		mem.stored(d.Analysis, id, own, others)
	}
	return id, true, nil
}

// existingTx returns the id of the stored document with the given id,
// content hash or canonical URL, or "" if there is none.
func (db *DB) existingTx(ctx context.Context, tx *sql.Tx, id, contentHash, canonicalURL string) (string, error) {
	rows, err := db.txQuery(ctx, tx, `SELECT id FROM documents WHERE id = ? OR content_hash = ? OR (canonical_url <> '' AND canonical_url = ?) LIMIT 1`,
		id, contentHash, canonicalURL)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var existing string
	if rows.Next() {
		if err := rows.Scan(&existing); err != nil {
			return "", err
		}
	}
	return existing, rows.Err()
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
		d                    store.Document
		fetched, pub, stored sql.NullString
		headings, embeds     string
	)
	err := db.read.QueryRowContext(ctx, `SELECT id, url, canonical_url, source, fetched_at, published, title, byline, lang, text,
		headings, embeds, content_hash, raw, content_type, pipeline_version, stored_at, duplicate_of, COALESCE(duplicate_similarity, 0) FROM documents WHERE id = ?`, id).
		Scan(&d.ID, &d.URL, &d.CanonicalURL, &d.Source, &fetched, &pub, &d.Title, &d.Byline, &d.Lang, &d.Text,
			&headings, &embeds, &d.ContentHash, &d.Raw, &d.ContentType, &d.PipelineVersion, &stored, &d.DuplicateOf, &d.DuplicateSimilarity)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlite: document %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: get document: %w", err)
	}
	if d.FetchedAt, err = parseTime(fetched); err != nil {
		return nil, err
	}
	if d.Published, err = parseTime(pub); err != nil {
		return nil, err
	}
	st, err := parseTime(stored)
	if err != nil {
		return nil, err
	}
	if st != nil {
		d.StoredAt = *st
	}
	if err := json.Unmarshal([]byte(headings), &d.Headings); err != nil {
		return nil, fmt.Errorf("sqlite: document %s headings: %w", id, err)
	}
	if err := json.Unmarshal([]byte(embeds), &d.Embeds); err != nil {
		return nil, fmt.Errorf("sqlite: document %s embeds: %w", id, err)
	}
	return &d, nil
}

// FindDocument implements store.Store.
func (db *DB) FindDocument(ctx context.Context, canonicalURL, contentHash string) (string, error) {
	var id string
	err := db.read.QueryRowContext(ctx, `SELECT id FROM documents WHERE (canonical_url <> '' AND canonical_url = ?) OR content_hash = ? LIMIT 1`,
		canonicalURL, contentHash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", store.ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("sqlite: find document: %w", err)
	}
	return id, nil
}

// SearchDocuments implements store.Store.
func (db *DB) SearchDocuments(ctx context.Context, query string, limit int) ([]store.DocumentHit, error) {
	q := ftsQuery(query)
	if q == "" {
		return nil, fmt.Errorf("sqlite: search: %w: empty query", store.ErrInvalid)
	}
	if limit <= 0 || limit > 1000 {
		limit = 50
	}
	db.searchable(ctx)
	rows, err := db.read.QueryContext(ctx, `SELECT d.id, d.title, d.url, snippet(documents_fts, 1, '[', ']', '…', 12), bm25(documents_fts)
		FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
		WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts) LIMIT ?`, q, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	defer rows.Close()
	var hits []store.DocumentHit
	for rows.Next() {
		var h store.DocumentHit
		if err := rows.Scan(&h.ID, &h.Title, &h.URL, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// ListDocuments implements store.Store.
func (db *DB) ListDocuments(ctx context.Context, f store.DocumentFilter) ([]store.DocumentVersion, error) {
	limit := f.Limit
	if limit <= 0 || limit > 10000 {
		limit = 1000
	}
	q := `SELECT d.id, coalesce(a.pipeline_version, ''), a.document_id IS NOT NULL FROM documents d
		LEFT JOIN analyses a ON a.document_id = d.id WHERE d.id > ?`
	args := []any{f.After}
	if f.NotVersion != "" {
		q += ` AND (a.document_id IS NULL OR a.pipeline_version <> ?)`
		args = append(args, f.NotVersion)
	}
	q += ` ORDER BY d.id LIMIT ?`
	args = append(args, limit)
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: list documents: %w", err)
	}
	defer rows.Close()
	var out []store.DocumentVersion
	for rows.Next() {
		var r store.DocumentVersion
		if err := rows.Scan(&r.ID, &r.PipelineVersion, &r.Analyzed); err != nil {
			return nil, fmt.Errorf("sqlite: list documents: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
