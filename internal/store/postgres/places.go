package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/geowire/geowire/internal/store"
)

// QueryPlaces implements store.Store: one row per gazetteer entry, most
// mentioned first.
func (db *DB) QueryPlaces(ctx context.Context, f store.PlaceFilter) ([]store.PlaceCount, error) {
	var q query
	if f.Name != "" {
		q.add(`name ILIKE %s ESCAPE '\'`, "%"+likeEscape(text(f.Name))+"%")
	}
	if b := f.BBox; b != nil {
		if b[0] > b[2] || b[1] > b[3] {
			return nil, fmt.Errorf("postgres: query places: %w: bbox must be minLon,minLat,maxLon,maxLat", store.ErrInvalid)
		}
		q.add("geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)", b[0], b[1], b[2], b[3])
	}
	if f.Country != "" {
		q.add("country_code = %s", strings.ToUpper(text(f.Country)))
	}
	if f.DocumentID != "" {
		q.add("document_id = %s", text(f.DocumentID))
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	limit = min(limit, 1000)
	sql := `SELECT gazetteer_id, max(geonameid), max(name), avg(lat), avg(lon), max(feature_code), max(country_code), max(admin1),
		count(*) AS mentions, count(DISTINCT document_id) FROM places` + q.clause() +
		" GROUP BY gazetteer_id ORDER BY mentions DESC, gazetteer_id LIMIT " + q.arg(limit)
	rows, err := db.pool.Query(ctx, sql, q.args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: query places: %w", err)
	}
	defer rows.Close()
	out := []store.PlaceCount{}
	for rows.Next() {
		var p store.PlaceCount
		if err := rows.Scan(&p.GazetteerID, &p.GeonameID, &p.Name, &p.Lat, &p.Lon, &p.FeatureCode, &p.CountryCode, &p.Admin1, &p.Mentions, &p.Documents); err != nil {
			return nil, fmt.Errorf("postgres: query places: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: query places: %w", err)
	}
	return out, nil
}
