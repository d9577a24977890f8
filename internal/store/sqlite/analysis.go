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

// PutAnalysis implements store.Store: one transaction deletes the old
// analysis and writes the new one.
func (db *DB) PutAnalysis(ctx context.Context, docID string, a *store.Analysis) error {
	if a == nil {
		return fmt.Errorf("sqlite: put analysis: %w: nil analysis", store.ErrInvalid)
	}
	// Encoded before the write transaction: the writer is the serial part.
	enc, err := encodeAnalysis(docID, a)
	if err != nil {
		return fmt.Errorf("sqlite: put analysis: %w", err)
	}
	// The events change outside a batch: the writer's candidates in
	// memory are loaded again (before: a batch may start before this
	// commits; after: or just after).
	db.mem.invalidate()
	defer db.mem.invalidate()
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return fmt.Errorf("sqlite: put analysis: %w", err)
	}
	defer tx.Rollback()
	var exists int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, docID).Scan(&exists); err != nil {
		return fmt.Errorf("sqlite: put analysis: %w", err)
	}
	if exists == 0 {
		return fmt.Errorf("sqlite: put analysis: document %s: %w", docID, store.ErrNotFound)
	}
	if err := db.putAnalysisTx(ctx, tx, docID, a, enc, true, nil); err != nil {
		return fmt.Errorf("sqlite: put analysis: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: put analysis: %w", err)
	}
	return nil
}

// encodedAnalysis holds the JSON columns of an analysis, encoded before
// the write transaction: the writer is the serial part of ingest, the
// encoding is not.
type encodedAnalysis struct {
	reading string
	events  []string // the body of a.Events[i]
	claims  []string // the body of a.Claims[i]
}

// encodeAnalysis encodes the JSON columns of a, the analysis of document
// docID.
func encodeAnalysis(docID string, a *store.Analysis) (*encodedAnalysis, error) {
	reading, err := json.Marshal(a.Reading)
	if err != nil {
		return nil, err
	}
	enc := &encodedAnalysis{reading: string(reading), events: make([]string, len(a.Events)), claims: make([]string, len(a.Claims))}
	for i := range a.Events {
		e := a.Events[i]
		if e.ID == "" {
			return nil, fmt.Errorf("%w: event without id", store.ErrInvalid)
		}
		e.DocumentID = docID
		body, err := json.Marshal(e)
		if err != nil {
			return nil, err
		}
		enc.events[i] = string(body)
	}
	for i, c := range a.Claims {
		body, err := json.Marshal(c)
		if err != nil {
			return nil, err
		}
		enc.claims[i] = string(body)
	}
	return enc, nil
}

// putAnalysisTx writes a document's analysis inside tx (enc: its JSON
// columns, from encodeAnalysis), first deleting the old one when replace
// is set (a new document has none), its events in the clusters clusterOf
// names (event id → cluster id; nil: none).
func (db *DB) putAnalysisTx(ctx context.Context, tx *sql.Tx, docID string, a *store.Analysis, enc *encodedAnalysis, replace bool, clusterOf map[string]string) error {
	at := a.AnalyzedAt
	if at.IsZero() {
		at = db.now()
	}
	if replace {
		for _, table := range []string{"analyses", "places", "events", "claims"} {
			// Table names from the fixed list above, never from input.
			if _, err := db.txExec(ctx, tx, "DELETE FROM "+table+" WHERE document_id = ?", docID); err != nil {
				return err
			}
		}
	}
	if _, err := db.txExec(ctx, tx, `INSERT INTO analyses (document_id, pipeline_version, reading, analyzed_at) VALUES (?, ?, ?, ?)`,
		docID, a.Version, enc.reading, timeText(&at)); err != nil {
		return err
	}
	for _, p := range a.Places {
		if _, err := db.txExec(ctx, tx, `INSERT INTO places (document_id, start, "end", name, geonameid, gazetteer_id, lat, lon, feature_code, country_code, admin1, confidence, metonymic, adjective)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			docID, p.Start, p.End, p.Name, p.GeonameID, p.GazetteerID, p.Lat, p.Lon, p.FeatureCode, p.CountryCode, p.Admin1, p.Confidence, p.Metonymic, p.Adjective); err != nil {
			return fmt.Errorf("place: %w", err)
		}
	}
	for i, e := range a.Events {
		c := eventColumns(e)
		if _, err := db.txExec(ctx, tx, `INSERT INTO events (id, document_id, type, mode, acled_event_type, acled_sub_event_type, event_date, lat, lon,
			country_code, admin1, actor, recipient, fatalities, confidence, asserted, body, cluster_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			e.ID, docID, e.Type, e.Mode, e.ACLEDEventType, e.ACLEDSubEventType, e.Date, c.lat, c.lon, c.country, c.admin1,
			c.actor, c.recipient, e.Fatalities, e.Confidence, e.Aux.Asserted(), enc.events[i], clusterOf[e.ID]); err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
	}
	for i, c := range a.Claims {
		if _, err := db.txExec(ctx, tx, `INSERT INTO claims (document_id, kind, verdict, body) VALUES (?, ?, ?, ?)`, docID, c.Kind, c.Verdict, enc.claims[i]); err != nil {
			return fmt.Errorf("claim: %w", err)
		}
	}
	if replace {
		// A new document was inserted with its analysis's version.
		if _, err := db.txExec(ctx, tx, `UPDATE documents SET pipeline_version = ? WHERE id = ?`, a.Version, docID); err != nil {
			return err
		}
	}
	return nil
}

type evCols struct {
	lat, lon                          any
	country, admin1, actor, recipient string
}

func eventColumns(e model.Event) evCols {
	var c evCols
	if l := e.Location; l != nil {
		c.lat, c.lon, c.country, c.admin1 = l.Lat, l.Lon, l.CountryCode, l.Admin1
	}
	if e.Actor != nil {
		c.actor = e.Actor.Name
	}
	if e.Recipient != nil {
		c.recipient = e.Recipient.Name
	}
	return c
}

// GetAnalysis implements store.Store.
func (db *DB) GetAnalysis(ctx context.Context, docID string) (*store.Analysis, error) {
	var (
		a       store.Analysis
		reading string
		at      sql.NullString
	)
	err := db.read.QueryRowContext(ctx, `SELECT pipeline_version, reading, analyzed_at FROM analyses WHERE document_id = ?`, docID).Scan(&a.Version, &reading, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlite: analysis of %s: %w", docID, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: get analysis: %w", err)
	}
	if reading != "null" {
		a.Reading = &model.Reading{}
		if err := json.Unmarshal([]byte(reading), a.Reading); err != nil {
			return nil, fmt.Errorf("sqlite: analysis of %s: reading: %w", docID, err)
		}
	}
	if t, err := parseTime(at); err == nil && t != nil {
		a.AnalyzedAt = *t
	}
	rows, err := db.read.QueryContext(ctx, `SELECT start, "end", name, geonameid, gazetteer_id, lat, lon, feature_code, country_code, admin1, confidence, metonymic, adjective
		FROM places WHERE document_id = ? ORDER BY start, id`, docID)
	if err != nil {
		return nil, fmt.Errorf("sqlite: get analysis: %w", err)
	}
	for rows.Next() {
		var p model.Place
		var gid sql.NullInt64
		if err := rows.Scan(&p.Start, &p.End, &p.Name, &gid, &p.GazetteerID, &p.Lat, &p.Lon, &p.FeatureCode, &p.CountryCode, &p.Admin1, &p.Confidence, &p.Metonymic, &p.Adjective); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: get analysis: %w", err)
		}
		if gid.Valid {
			p.GeonameID = &gid.Int64
		}
		a.Places = append(a.Places, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	page, err := db.QueryEvents(ctx, store.EventFilter{DocumentID: docID, IncludeAll: true, Limit: 1000})
	if err != nil {
		return nil, err
	}
	a.Events = page.Events
	if a.Claims, err = db.DocumentClaims(ctx, docID); err != nil {
		return nil, err
	}
	return &a, nil
}

var _ store.ClaimsReader = (*DB)(nil)

// DocumentClaims implements store.ClaimsReader.
func (db *DB) DocumentClaims(ctx context.Context, docID string) ([]model.Claim, error) {
	rows, err := db.queryRead(ctx, `SELECT body FROM claims WHERE document_id = ? ORDER BY id`, docID)
	if err != nil {
		return nil, fmt.Errorf("sqlite: claims of %s: %w", docID, err)
	}
	defer rows.Close()
	var out []model.Claim
	for rows.Next() {
		var body string
		var c model.Claim
		if err := rows.Scan(&body); err != nil {
			return nil, fmt.Errorf("sqlite: claims of %s: %w", docID, err)
		}
		if err := json.Unmarshal([]byte(body), &c); err != nil {
			return nil, fmt.Errorf("sqlite: claims of %s: %w", docID, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
