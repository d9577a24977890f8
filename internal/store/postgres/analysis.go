package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// PutAnalysis implements store.Store: one transaction locks the document
// row (so re-analyses of one document queue up), deletes the old analysis
// and sends the new one's rows in one batch.
func (db *DB) PutAnalysis(ctx context.Context, docID string, a *store.Analysis) error {
	if a == nil {
		return fmt.Errorf("postgres: put analysis: %w: nil analysis", store.ErrInvalid)
	}
	for _, e := range a.Events {
		if e.ID == "" {
			return fmt.Errorf("postgres: put analysis: %w: event without id", store.ErrInvalid)
		}
	}
	docID = text(docID)
	var b pgx.Batch
	if err := db.queueAnalysis(&b, docID, a, true); err != nil {
		return fmt.Errorf("postgres: put analysis: %w", err)
	}

	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		var id string
		err := tx.QueryRow(ctx, `SELECT id FROM documents WHERE id = $1 FOR UPDATE`, docID).Scan(&id)
		if isNoRows(err) {
			return fmt.Errorf("document %s: %w", docID, store.ErrNotFound)
		}
		if err != nil {
			return err
		}
		return tx.SendBatch(ctx, &b).Close()
	})
	if err != nil {
		return fmt.Errorf("postgres: put analysis: %w", err)
	}
	return nil
}

// queueAnalysis queues the statements that write a document's analysis,
// after deleting the old one when replace is set (a new document has
// none). docID is already sanitised.
func (db *DB) queueAnalysis(b *pgx.Batch, docID string, a *store.Analysis, replace bool) error {
	reading, err := json.Marshal(a.Reading)
	if err != nil {
		return err
	}
	at := a.AnalyzedAt
	if at.IsZero() {
		at = db.now()
	}
	if replace {
		for _, table := range []string{"analyses", "places", "events", "claims"} {
			// Table names from the fixed list above, never from input.
			b.Queue("DELETE FROM "+table+" WHERE document_id = $1", docID)
		}
	}
	b.Queue(`INSERT INTO analyses (document_id, pipeline_version, reading, analyzed_at) VALUES ($1, $2, $3, $4)`,
		docID, text(a.Version), string(reading), at.UTC())
	for _, p := range a.Places {
		b.Queue(`INSERT INTO places (document_id, start, "end", name, geonameid, gazetteer_id, lat, lon, feature_code, country_code, admin1, confidence, metonymic, adjective)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
			docID, p.Start, p.End, text(p.Name), p.GeonameID, text(p.GazetteerID), p.Lat, p.Lon, text(p.FeatureCode),
			text(p.CountryCode), text(p.Admin1), p.Confidence, p.Metonymic, p.Adjective)
	}
	for i := range a.Events {
		e := a.Events[i]
		e.DocumentID = docID
		body, err := json.Marshal(e)
		if err != nil {
			return err
		}
		c := eventColumns(e)
		b.Queue(`INSERT INTO events (id, document_id, type, mode, acled_event_type, acled_sub_event_type, event_date, lat, lon,
			country_code, admin1, actor, recipient, fatalities, confidence, asserted, body)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
			text(e.ID), docID, text(e.Type), text(e.Mode), text(e.ACLEDEventType), text(e.ACLEDSubEventType), text(e.Date),
			c.lat, c.lon, c.country, c.admin1, c.actor, c.recipient, e.Fatalities, e.Confidence, e.Aux.Asserted(), string(body))
	}
	for _, c := range a.Claims {
		body, err := json.Marshal(c)
		if err != nil {
			return err
		}
		b.Queue(`INSERT INTO claims (document_id, kind, verdict, body) VALUES ($1, $2, $3, $4)`, docID, text(c.Kind), text(c.Verdict), string(body))
	}
	b.Queue(`UPDATE documents SET pipeline_version = $1 WHERE id = $2`, text(a.Version), docID)

	return nil
}

type evCols struct {
	lat, lon                          *float64
	country, admin1, actor, recipient string
}

func eventColumns(e model.Event) evCols {
	var c evCols
	if l := e.Location; l != nil {
		c.lat, c.lon, c.country, c.admin1 = &l.Lat, &l.Lon, text(l.CountryCode), text(l.Admin1)
	}
	if e.Actor != nil {
		c.actor = text(e.Actor.Name)
	}
	if e.Recipient != nil {
		c.recipient = text(e.Recipient.Name)
	}
	return c
}

// GetAnalysis implements store.Store.
func (db *DB) GetAnalysis(ctx context.Context, docID string) (*store.Analysis, error) {
	var (
		a       store.Analysis
		reading []byte
		at      time.Time
	)
	err := db.pool.QueryRow(ctx, `SELECT pipeline_version, reading, analyzed_at FROM analyses WHERE document_id = $1`, text(docID)).
		Scan(&a.Version, &reading, &at)
	if isNoRows(err) {
		return nil, fmt.Errorf("postgres: analysis of %s: %w", docID, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: get analysis: %w", err)
	}
	a.AnalyzedAt = at.UTC()
	if string(reading) != "null" {
		a.Reading = &model.Reading{}
		if err := json.Unmarshal(reading, a.Reading); err != nil {
			return nil, fmt.Errorf("postgres: analysis of %s: reading: %w", docID, err)
		}
	}
	rows, err := db.pool.Query(ctx, `SELECT start, "end", name, geonameid, gazetteer_id, lat, lon, feature_code, country_code, admin1, confidence, metonymic, adjective
		FROM places WHERE document_id = $1 ORDER BY start, id`, text(docID))
	if err != nil {
		return nil, fmt.Errorf("postgres: get analysis: %w", err)
	}
	for rows.Next() {
		var p model.Place
		if err := rows.Scan(&p.Start, &p.End, &p.Name, &p.GeonameID, &p.GazetteerID, &p.Lat, &p.Lon, &p.FeatureCode, &p.CountryCode,
			&p.Admin1, &p.Confidence, &p.Metonymic, &p.Adjective); err != nil {
			rows.Close()
			return nil, fmt.Errorf("postgres: get analysis: %w", err)
		}
		a.Places = append(a.Places, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: get analysis: %w", err)
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
	rows, err := db.pool.Query(ctx, `SELECT body FROM claims WHERE document_id = $1 ORDER BY id`, text(docID))
	if err != nil {
		return nil, fmt.Errorf("postgres: claims of %s: %w", docID, err)
	}
	defer rows.Close()
	var out []model.Claim
	for rows.Next() {
		var body []byte
		var c model.Claim
		if err := rows.Scan(&body); err != nil {
			return nil, fmt.Errorf("postgres: claims of %s: %w", docID, err)
		}
		if err := json.Unmarshal(body, &c); err != nil {
			return nil, fmt.Errorf("postgres: claims of %s: %w", docID, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: claims of %s: %w", docID, err)
	}
	return out, nil
}
