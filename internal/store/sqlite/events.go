package sqlite

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// earthRadiusKm is the mean Earth radius (IUGG).
const earthRadiusKm = 6371.0088

// QueryEvents implements store.Store: keyset pagination on (event_date,
// id), newest first unless f.Order is store.OrderOldest. Every value from
// f reaches SQL as a parameter; only fixed fragments are concatenated.
func (db *DB) QueryEvents(ctx context.Context, f store.EventFilter) (store.EventPage, error) {
	var where []string
	var args []any
	add := func(cond string, a ...any) { where = append(where, cond); args = append(args, a...) }
	if f.ID != "" {
		add("e.id = ?", f.ID)
	}
	if !f.IncludeAll {
		add("e.asserted = 1")
	}
	if f.From != "" {
		add("e.event_date >= ?", f.From)
	}
	if f.To != "" {
		add("e.event_date <= ?", f.To)
	}
	if b := f.BBox; b != nil {
		if b[0] > b[2] || b[1] > b[3] {
			return store.EventPage{}, fmt.Errorf("sqlite: query events: %w: bbox must be minLon,minLat,maxLon,maxLat", store.ErrInvalid)
		}
		add("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?", b[1], b[3], b[0], b[2])
	}
	if c := f.Near; c != nil {
		if c.Lat < -90 || c.Lat > 90 || c.Lon < -180 || c.Lon > 180 || !(c.RadiusKm > 0) || c.RadiusKm > 20040 {
			return store.EventPage{}, fmt.Errorf("sqlite: query events: %w: point must be lat -90..90, lon -180..180, radius 0..20040 km", store.ErrInvalid)
		}
		// A box around the circle narrows the rows (index on lat, lon);
		// the haversine distance then decides.
		dLat := c.RadiusKm / (earthRadiusKm * math.Pi / 180)
		add("e.lat BETWEEN ? AND ?", c.Lat-dLat, c.Lat+dLat)
		if cos := math.Cos((math.Abs(c.Lat) + dLat) * math.Pi / 180); c.Lat+dLat < 90 && c.Lat-dLat > -90 && cos > 0 {
			dLon := dLat / cos
			if c.Lon-dLon > -180 && c.Lon+dLon < 180 {
				add("e.lon BETWEEN ? AND ?", c.Lon-dLon, c.Lon+dLon)
			}
		}
		add(`2 * ? * asin(min(1, sqrt(pow(sin(radians(e.lat - ?) / 2), 2) + cos(radians(?)) * cos(radians(e.lat)) * pow(sin(radians(e.lon - ?) / 2), 2)))) <= ?`,
			earthRadiusKm, c.Lat, c.Lat, c.Lon, c.RadiusKm)
	}
	if len(f.Types) > 0 {
		add("e.type IN (?"+strings.Repeat(",?", len(f.Types)-1)+")", anys(f.Types)...)
	}
	if len(f.Modes) > 0 {
		add("e.mode IN (?"+strings.Repeat(",?", len(f.Modes)-1)+")", anys(f.Modes)...)
	}
	if f.Actor != "" {
		pat := "%" + likeEscape(f.Actor) + "%"
		add(`(e.actor LIKE ? ESCAPE '\' OR e.recipient LIKE ? ESCAPE '\')`, pat, pat)
	}
	if f.Country != "" {
		add("e.country_code = ?", strings.ToUpper(f.Country))
	}
	if f.Admin1 != "" {
		add("e.admin1 = ?", f.Admin1)
	}
	if f.Source != "" {
		add("d.source = ?", f.Source)
	}
	if f.Text != "" {
		q := ftsQuery(f.Text)
		if q == "" {
			return store.EventPage{}, fmt.Errorf("sqlite: query events: %w: empty text query", store.ErrInvalid)
		}
		add("d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)", q)
	}
	if f.DocumentID != "" {
		add("e.document_id = ?", f.DocumentID)
	}
	if f.ClusterID != "" {
		add("e.cluster_id = ?", f.ClusterID)
	}
	desc := true
	switch f.Order {
	case "", store.OrderNewest:
	case store.OrderOldest:
		desc = false
	default:
		return store.EventPage{}, fmt.Errorf("sqlite: query events: %w: order %q (want %q or %q)", store.ErrInvalid, f.Order, store.OrderNewest, store.OrderOldest)
	}
	if f.After != "" {
		date, id, err := decodeCursor(f.After)
		if err != nil {
			return store.EventPage{}, err
		}
		if desc {
			add("(e.event_date, e.id) < (?, ?)", date, id)
		} else {
			add("(e.event_date, e.id) > (?, ?)", date, id)
		}
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	limit = min(limit, 1000)
	q := `SELECT e.id, e.event_date, e.body, e.cluster_id, d.source, d.url, d.title, d.published
		FROM events e JOIN documents d ON d.id = e.document_id`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	if desc {
		q += " ORDER BY e.event_date DESC, e.id DESC LIMIT ?"
	} else {
		q += " ORDER BY e.event_date, e.id LIMIT ?"
	}
	args = append(args, limit+1)
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return store.EventPage{}, fmt.Errorf("sqlite: query events: %w", err)
	}
	defer rows.Close()
	var page store.EventPage
	var lastDate, lastID string
	for rows.Next() {
		var (
			id, date string
			body     []byte
			ref      store.EventRef
			pub      sql.NullString
		)
		if err := rows.Scan(&id, &date, &body, &ref.ClusterID, &ref.Document.Source, &ref.Document.URL, &ref.Document.Title, &pub); err != nil {
			return page, fmt.Errorf("sqlite: query events: %w", err)
		}
		if len(page.Events) == limit {
			page.Next = encodeCursor(lastDate, lastID)
			break
		}
		var e model.Event
		if err := json.Unmarshal(body, &e); err != nil {
			return page, fmt.Errorf("sqlite: event %s: %w", id, err)
		}
		ref.Document.ID = e.DocumentID
		if ref.Document.Published, err = parseTime(pub); err != nil {
			return page, err
		}
		page.Events = append(page.Events, e)
		page.Refs = append(page.Refs, ref)
		lastDate, lastID = date, id
	}
	return page, rows.Err()
}

// likeEscape escapes the LIKE wildcards of s (with \ as the escape).
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func encodeCursor(date, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(date + "\x00" + id))
}

func decodeCursor(c string) (string, string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", "", fmt.Errorf("sqlite: %w: bad cursor", store.ErrInvalid)
	}
	date, id, ok := strings.Cut(string(b), "\x00")
	if !ok {
		return "", "", fmt.Errorf("sqlite: %w: bad cursor", store.ErrInvalid)
	}
	return date, id, nil
}
