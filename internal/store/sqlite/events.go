package sqlite

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// earthRadiusKm is the mean Earth radius (IUGG).
const earthRadiusKm = 6371.0088

// maxArms bounds the UNION ALL arms of one events query; a longer list
// stays an IN list.
const maxArms = 32

// QueryEvents implements store.Store: keyset pagination on (event_date,
// id), newest first unless f.Order is store.OrderOldest. Every value from
// f reaches SQL as a parameter; only fixed fragments are concatenated.
func (db *DB) QueryEvents(ctx context.Context, f store.EventFilter) (store.EventPage, error) {
	var page store.EventPage
	next, err := db.eventRows(ctx, f, func(id string, body []byte, ref store.EventRef) error {
		var e model.Event
		if err := json.Unmarshal(body, &e); err != nil {
			return fmt.Errorf("sqlite: event %s: %w", id, err)
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
// event's stored JSON (json.Marshal of the model.Event, written by
// PutAnalysis) returned as is.
func (db *DB) QueryEventsRaw(ctx context.Context, f store.EventFilter) (store.RawEventPage, error) {
	size := pageSize(f)
	page := store.RawEventPage{Events: make([]store.RawEvent, 0, min(size, 64))}
	var arena []byte // the page's JSON in a few large allocations, not one per event
	next, err := db.eventRows(ctx, f, func(id string, body []byte, ref store.EventRef) error {
		if len(body) < 2 || body[0] != '{' || body[len(body)-1] != '}' {
			return fmt.Errorf("sqlite: event %s: stored JSON is not an object", id)
		}
		if cap(arena)-len(arena) < len(body) {
			// Room for the rest of the page if events are about this size.
			left := size - len(page.Events)
			arena = make([]byte, 0, max(len(body), min(len(body)*left*9/8, 1<<20)))
		}
		start := len(arena)
		arena = append(arena, body...)
		page.Events = append(page.Events, store.RawEvent{ID: id, JSON: arena[start:len(arena):len(arena)], Ref: ref})
		return nil
	})
	page.Next = next
	return page, err
}

// eventRows runs the query of f and calls fn for each event of the page
// with its stored JSON (valid only during the call) and ref. It returns the cursor
// of the next page, "" on the last.
func (db *DB) eventRows(ctx context.Context, f store.EventFilter, fn func(id string, body []byte, ref store.EventRef) error) (string, error) {
	q, args, limit, err := eventQuery(f)
	if err == nil && f.Text != "" {
		db.searchable(ctx)
	}
	if err != nil {
		return "", err
	}
	rows, err := db.queryRead(ctx, q, args...)
	if err != nil {
		return "", fmt.Errorf("sqlite: query events: %w", err)
	}
	defer rows.Close()
	var n int
	var lastDate, lastID string
	var body sql.RawBytes // reused from row to row
	for rows.Next() {
		var (
			id, date string
			ref      store.EventRef
			pub      sql.NullString
		)
		if n == limit {
			return encodeCursor(lastDate, lastID), nil
		}
		if err := rows.Scan(&id, &date, &body, &ref.ClusterID, &ref.Document.ID, &ref.Document.Source, &ref.Document.URL, &ref.Document.Title, &pub); err != nil {
			return "", fmt.Errorf("sqlite: query events: %w", err)
		}
		if ref.Document.Published, err = parseTime(pub); err != nil {
			return "", err
		}
		if err := fn(id, body, ref); err != nil {
			return "", err
		}
		n++
		lastDate, lastID = date, id
	}
	return "", rows.Err()
}

// eventQuery builds the SQL and arguments of f, and the page size: the
// query asks for one row more, which says whether a next page exists.
func eventQuery(f store.EventFilter) (q string, args []any, limit int, err error) {
	var where []string
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
			return "", nil, 0, fmt.Errorf("sqlite: query events: %w: bbox must be minLon,minLat,maxLon,maxLat", store.ErrInvalid)
		}
		add("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?", b[1], b[3], b[0], b[2])
	}
	if c := f.Near; c != nil {
		if c.Lat < -90 || c.Lat > 90 || c.Lon < -180 || c.Lon > 180 || !(c.RadiusKm > 0) || c.RadiusKm > 20040 {
			return "", nil, 0, fmt.Errorf("sqlite: query events: %w: point must be lat -90..90, lon -180..180, radius 0..20040 km", store.ErrInvalid)
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
	// Several types are one ordered index range each (events_type: type,
	// event_date, id), merged by a UNION ALL below: an IN list reads and
	// sorts every event of those types to return one page. Several modes
	// without a type are split the same way (events_mode); with a type,
	// the type's range is read once and the modes checked on it.
	types := slices.Compact(slices.Sorted(slices.Values(f.Types)))
	modes := slices.Compact(slices.Sorted(slices.Values(f.Modes)))
	var split []string // the values of the arms, in args[splitArg]
	splitArg := -1
	oneOf := func(col string, vs []string, splittable bool) {
		switch {
		case len(vs) == 0:
		case len(vs) == 1:
			add("e."+col+" = ?", vs[0])
		case splittable && len(vs) <= maxArms:
			split, splitArg = vs, len(args)
			add("e."+col+" = ?", vs[0])
		default:
			add("e."+col+" IN (?"+strings.Repeat(",?", len(vs)-1)+")", anys(vs)...)
		}
	}
	oneOf("type", types, true)
	oneOf("mode", modes, len(types) == 0)
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
			return "", nil, 0, fmt.Errorf("sqlite: query events: %w: empty text query", store.ErrInvalid)
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
		return "", nil, 0, fmt.Errorf("sqlite: query events: %w: order %q (want %q or %q)", store.ErrInvalid, f.Order, store.OrderNewest, store.OrderOldest)
	}
	if f.After != "" {
		date, id, err := decodeCursor(f.After)
		if err != nil {
			return "", nil, 0, err
		}
		if desc {
			add("(e.event_date, e.id) < (?, ?)", date, id)
		} else {
			add("(e.event_date, e.id) > (?, ?)", date, id)
		}
	}
	limit = pageSize(f)
	sel := `SELECT e.id, e.event_date, e.body, e.cluster_id, e.document_id, d.source, d.url, d.title, d.published
		FROM events e JOIN documents d ON d.id = e.document_id`
	if len(where) > 0 {
		sel += " WHERE " + strings.Join(where, " AND ")
	}
	if split == nil {
		q = sel
		if desc {
			q += " ORDER BY e.event_date DESC, e.id DESC LIMIT ?"
		} else {
			q += " ORDER BY e.event_date, e.id LIMIT ?"
		}
		return q, append(args, limit+1), limit, nil
	}
	// One arm per value: the same text, the same arguments but one.
	arms := make([]string, len(split))
	all := make([]any, 0, len(split)*len(args)+1)
	for i, v := range split {
		n := len(all)
		all = append(all, args...)
		all[n+splitArg] = v
		arms[i] = sel
	}
	q = strings.Join(arms, " UNION ALL ")
	if desc {
		q += " ORDER BY 2 DESC, 1 DESC LIMIT ?" // event_date, id
	} else {
		q += " ORDER BY 2, 1 LIMIT ?"
	}
	return q, append(all, limit+1), limit, nil
}

// pageSize is f's page size: its limit, 100 by default, at most 1,000.
func pageSize(f store.EventFilter) int {
	if f.Limit <= 0 {
		return 100
	}
	return min(f.Limit, 1000)
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
