package export

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"strings"
	"sync"

	"github.com/sams96/rgeo"
)

// country is one row of the built-in country table.
type country struct {
	Name string
	// ISO is the ISO 3166-1 numeric code, ACLED's "iso" column.
	ISO string
}

var (
	countriesOnce sync.Once
	countries     map[string]country
)

// countryTable is the default Names: country names and numeric codes
// from Natural Earth's 1:10m admin-0 countries (the data the rgeo module
// embeds), read once on first use; admin1 codes stay codes.
type countryTable struct{}

func (countryTable) CountryName(iso2 string) string { return lookupCountry(iso2).Name }
func (countryTable) Admin1Name(string) string       { return "" }

func lookupCountry(iso2 string) country {
	countriesOnce.Do(loadCountries)
	return countries[strings.ToUpper(iso2)]
}

func loadCountries() {
	countries = map[string]country{}
	zr, err := gzip.NewReader(bytes.NewReader(rgeo.Countries10()))
	if err != nil {
		return
	}
	var fc struct {
		Features []struct {
			Properties struct {
				ISOA2   string `json:"ISO_A2"`
				ISOA2EH string `json:"ISO_A2_EH"`
				ISON3   string `json:"ISO_N3"`
				ISON3EH string `json:"ISO_N3_EH"`
				Name    string `json:"NAME_EN"`
				Admin   string `json:"ADMIN"`
			} `json:"properties"`
		} `json:"features"`
	}
	if err := json.NewDecoder(zr).Decode(&fc); err != nil {
		return
	}
	for _, f := range fc.Features {
		p := f.Properties
		code := first(p.ISOA2, p.ISOA2EH)
		if code == "" {
			continue
		}
		if _, dup := countries[code]; dup {
			continue
		}
		countries[code] = country{Name: first(p.Name, p.Admin), ISO: strings.TrimLeft(first(p.ISON3, p.ISON3EH), "0")}
	}
}

// first returns the first value that is set (Natural Earth writes "-99"
// for unset).
func first(vals ...string) string {
	for _, v := range vals {
		if v != "" && v != "-99" {
			return v
		}
	}
	return ""
}
