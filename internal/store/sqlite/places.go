package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/geowire/geowire/internal/store"
)

// QueryPlaces implements store.Store: one row per gazetteer entry, most
// mentioned first.
func (db *DB) QueryPlaces(ctx context.Context, f store.PlaceFilter) ([]store.PlaceCount, error) {
	var where []string
	var args []any
	add := func(cond string, a ...any) { where = append(where, cond); args = append(args, a...) }
	if f.Name != "" {
		add(`name LIKE ? ESCAPE '\'`, "%"+likeEscape(f.Name)+"%")
	}
	if b := f.BBox; b != nil {
		if b[0] > b[2] || b[1] > b[3] {
			return nil, fmt.Errorf("sqlite: query places: %w: bbox must be minLon,minLat,maxLon,maxLat", store.ErrInvalid)
		}
		add("lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?", b[1], b[3], b[0], b[2])
	}
	if f.Country != "" {
		add("country_code = ?", strings.ToUpper(f.Country))
	}
	if f.DocumentID != "" {
		add("document_id = ?", f.DocumentID)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	limit = min(limit, 1000)
	q := `SELECT gazetteer_id, max(geonameid), max(name), avg(lat), avg(lon), max(feature_code), max(country_code), max(admin1),
		count(*) AS mentions, count(DISTINCT document_id) FROM places`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " GROUP BY gazetteer_id ORDER BY mentions DESC, gazetteer_id LIMIT ?"
	args = append(args, limit)
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: query places: %w", err)
	}
	defer rows.Close()
	out := []store.PlaceCount{}
	for rows.Next() {
		var p store.PlaceCount
		var gid sql.NullInt64
		if err := rows.Scan(&p.GazetteerID, &gid, &p.Name, &p.Lat, &p.Lon, &p.FeatureCode, &p.CountryCode, &p.Admin1, &p.Mentions, &p.Documents); err != nil {
			return nil, fmt.Errorf("sqlite: query places: %w", err)
		}
		if gid.Valid {
			p.GeonameID = &gid.Int64
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
