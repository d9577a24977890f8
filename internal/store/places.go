package store

// PlaceFilter selects the places documents mention. Zero fields do not
// filter.
type PlaceFilter struct {
	// Name matches places whose mention contains it, ignoring ASCII case.
	Name string
	// BBox is [minLon, minLat, maxLon, maxLat].
	BBox       *[4]float64
	Country    string // ISO alpha-2
	DocumentID string
	// Limit is the number of places (default 100, at most 1,000).
	Limit int
}

// PlaceCount is one gazetteer entry and how often documents mention it.
type PlaceCount struct {
	GazetteerID string  `json:"gazetteer_id"`
	GeonameID   *int64  `json:"geonameid"`
	Name        string  `json:"name"`
	Lat         float64 `json:"lat"`
	Lon         float64 `json:"lon"`
	FeatureCode string  `json:"feature_code"`
	CountryCode string  `json:"country_code"`
	Admin1      string  `json:"admin1"`
	Mentions    int     `json:"mentions"`
	Documents   int     `json:"documents"`
}
