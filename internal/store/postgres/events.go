package postgres

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// query gathers the conditions and parameters of a WHERE clause: every
// value reaches SQL as a $n parameter; only fixed fragments are joined.
type query struct {
	where []string
	args  []any
}

// arg adds a parameter and returns its placeholder.
func (q *query) arg(v any) string {
	q.args = append(q.args, v)
	return "$" + strconv.Itoa(len(q.args))
}

// add adds a condition; each %s in cond becomes the placeholder of the
// next value.
func (q *query) add(cond string, vals ...any) {
	ph := make([]any, len(vals))
	for i, v := range vals {
		ph[i] = q.arg(v)
	}
	q.where = append(q.where, fmt.Sprintf(cond, ph...))
}

func (q *query) clause() string {
	if len(q.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(q.where, " AND ")
}

// QueryEvents implements store.Store: keyset pagination on (event_date,
// id), newest first unless f.Order is store.OrderOldest.
// eventRows runs the query of f and calls fn for each event of the page
// with its stored JSON and ref; it returns the cursor of the next page,
// "" on the last.
func (db *DB) eventRows(ctx context.Context, f store.EventFilter, fn func(id string, body []byte, ref store.EventRef) error) (string, error) {
	var q query
	if f.ID != "" {
		q.add("e.id = %s", text(f.ID))
	}
	if !f.IncludeAll {
		q.add("e.asserted")
	}
	if f.From != "" {
		q.add("e.event_date >= %s", text(f.From))
	}
	if f.To != "" {
		q.add("e.event_date <= %s", text(f.To))
	}
	if b := f.BBox; b != nil {
		if b[0] > b[2] || b[1] > b[3] {
			return "", fmt.Errorf("postgres: query events: %w: bbox must be minLon,minLat,maxLon,maxLat", store.ErrInvalid)
		}
		// For points && is containment in the box, edges included.
		q.add("e.geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)", b[0], b[1], b[2], b[3])
	}
	if c := f.Near; c != nil {
		if c.Lat < -90 || c.Lat > 90 || c.Lon < -180 || c.Lon > 180 || !(c.RadiusKm > 0) || c.RadiusKm > 20040 {
			return "", fmt.Errorf("postgres: query events: %w: point must be lat -90..90, lon -180..180, radius 0..20040 km", store.ErrInvalid)
		}
		// On the sphere (use_spheroid false), whose radius is the mean
		// Earth radius: the SQLite store's haversine distance.
		q.add("ST_DWithin(geography(e.geom), geography(ST_SetSRID(ST_MakePoint(%s, %s), 4326)), %s, false)", c.Lon, c.Lat, c.RadiusKm*1000)
	}
	if len(f.Types) > 0 {
		q.add("e.type = ANY(%s)", texts(f.Types))
	}
	if len(f.Modes) > 0 {
		q.add("e.mode = ANY(%s)", texts(f.Modes))
	}
	if f.Actor != "" {
		pat := "%" + likeEscape(text(f.Actor)) + "%"
		q.add(`(e.actor ILIKE %s ESCAPE '\' OR e.recipient ILIKE %[1]s ESCAPE '\')`, pat)
	}
	if f.Country != "" {
		q.add("e.country_code = %s", strings.ToUpper(text(f.Country)))
	}
	if f.Admin1 != "" {
		q.add("e.admin1 = %s", text(f.Admin1))
	}
	if f.Source != "" {
		q.add("d.source = %s", text(f.Source))
	}
	if f.Text != "" {
		t := text(strings.TrimSpace(f.Text))
		if t == "" {
			return "", fmt.Errorf("postgres: query events: %w: empty text query", store.ErrInvalid)
		}
		q.where = append(q.where, "d.search @@ "+tsQuery(len(q.args)+1))
		q.args = append(q.args, t)
	}
	if f.DocumentID != "" {
		q.add("e.document_id = %s", text(f.DocumentID))
	}
	if f.ClusterID != "" {
		q.add("e.cluster_id = %s", text(f.ClusterID))
	}
	desc := true
	switch f.Order {
	case "", store.OrderNewest:
	case store.OrderOldest:
		desc = false
	default:
		return "", fmt.Errorf("postgres: query events: %w: order %q (want %q or %q)", store.ErrInvalid, f.Order, store.OrderNewest, store.OrderOldest)
	}
	if f.After != "" {
		date, id, err := decodeCursor(f.After)
		if err != nil {
			return "", err
		}
		if desc {
			q.add("(e.event_date, e.id) < (%s, %s)", text(date), text(id))
		} else {
			q.add("(e.event_date, e.id) > (%s, %s)", text(date), text(id))
		}
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	limit = min(limit, 1000)
	sql := `SELECT e.id, e.event_date, e.body, e.cluster_id, e.document_id, d.source, d.url, d.title, d.published
		FROM events e JOIN documents d ON d.id = e.document_id` + q.clause()
	if desc {
		sql += " ORDER BY e.event_date DESC, e.id DESC"
	} else {
		sql += " ORDER BY e.event_date, e.id"
	}
	sql += " LIMIT " + q.arg(limit+1)
	rows, err := db.pool.Query(ctx, sql, q.args...)
	if err != nil {
		return "", fmt.Errorf("postgres: query events: %w", err)
	}
	defer rows.Close()
	n := 0
	var lastDate, lastID string
	for rows.Next() {
		var (
			id, date string
			body     []byte
			ref      store.EventRef
			pub      *time.Time
		)
		if err := rows.Scan(&id, &date, &body, &ref.ClusterID, &ref.Document.ID, &ref.Document.Source, &ref.Document.URL, &ref.Document.Title, &pub); err != nil {
			return "", fmt.Errorf("postgres: query events: %w", err)
		}
		if n == limit {
			return encodeCursor(lastDate, lastID), nil
		}
		ref.Document.Published = utc(pub)
		if err := fn(id, body, ref); err != nil {
			return "", err
		}
		n++
		lastDate, lastID = date, id
	}
	if err := rows.Err(); err != nil {
		return "", fmt.Errorf("postgres: query events: %w", err)
	}
	return "", nil
}

// QueryEvents implements store.Store.
func (db *DB) QueryEvents(ctx context.Context, f store.EventFilter) (store.EventPage, error) {
	var page store.EventPage
	next, err := db.eventRows(ctx, f, func(id string, body []byte, ref store.EventRef) error {
		var e model.Event
		if err := json.Unmarshal(body, &e); err != nil {
			return fmt.Errorf("postgres: event %s: %w", id, err)
		}
		page.Events = append(page.Events, e)
		page.Refs = append(page.Refs, ref)
		return nil
	})
	page.Next = next
	return page, err
}

var _ store.RawEventQuerier = (*DB)(nil)

// QueryEventsRaw implements store.RawEventQuerier: QueryEvents with each
// event's stored JSON (the json column keeps the text PutAnalysis wrote,
// json.Marshal of the model.Event) returned as is.
func (db *DB) QueryEventsRaw(ctx context.Context, f store.EventFilter) (store.RawEventPage, error) {
	var page store.RawEventPage
	next, err := db.eventRows(ctx, f, func(id string, body []byte, ref store.EventRef) error {
		if len(body) < 2 || body[0] != '{' || body[len(body)-1] != '}' {
			return fmt.Errorf("postgres: event %s: stored JSON is not an object", id)
		}
		page.Events = append(page.Events, store.RawEvent{ID: id, JSON: body, Ref: ref})
		return nil
	})
	page.Next = next
	return page, err
}

// likeEscape escapes the LIKE wildcards of s (with \ as the escape).
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func texts(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = text(s)
	}
	return out
}

// A cursor is the (date, id) of the last event of a page, opaque to
// callers.
func encodeCursor(date, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(date + "\x00" + id))
}

func decodeCursor(c string) (string, string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", "", fmt.Errorf("postgres: %w: bad cursor", store.ErrInvalid)
	}
	date, id, ok := strings.Cut(string(b), "\x00")
	if !ok {
		return "", "", fmt.Errorf("postgres: %w: bad cursor", store.ErrInvalid)
	}
	return date, id, nil
}
