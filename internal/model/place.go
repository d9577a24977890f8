package model

// Place is a resolved place mention: a span of a Document's Text and the
// gazetteer entry it names.
type Place struct {
	// Start and End are code-point offsets into the text, End exclusive.
	Start int `json:"start"`
	End   int `json:"end"`
	// Name is the mention as written in the text.
	Name string `json:"name"`
	// GeonameID is the GeoNames id of the entry; nil for entries GeoNames
	// lacks (OurAirports airfields, curated regions).
	GeonameID *int64 `json:"geonameid"`
	// GazetteerID is the entry's stable gazetteer id ("geonames:524901",
	// "ourairports:34948", "country:UA", "region:donbas"); always set.
	GazetteerID string `json:"gazetteer_id"`
	// Lat and Lon are the entry's representative point (WGS 84 degrees).
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
	// FeatureCode is GeoNames' feature code ("PPLC", "ADM1", "AIRB", "PCLI").
	FeatureCode string `json:"feature_code"`
	// CountryCode is ISO 3166-1 alpha-2; empty for places in no country.
	CountryCode string `json:"country_code"`
	// Admin1 is the GeoNames admin1 code with its country ("RU.20").
	Admin1 string `json:"admin1"`
	// Confidence is the geoparser's belief in the resolution, 0 to 1.
	Confidence float64 `json:"confidence"`
	// Metonymic marks a place standing for its government or people
	// ("Moscow's partners", "Beijing may interpret").
	Metonymic bool `json:"metonymic"`
	// Adjective marks a demonym or adjective ("Ukrainian border").
	Adjective bool `json:"adjective,omitempty"`
}

// Span returns the place's span.
func (p Place) Span() Span { return Span{Start: p.Start, End: p.End} }
