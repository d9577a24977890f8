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
// from Natural Earth's 1:10m admin-0 countries, and first-order division
// names by GeoNames admin1 code from its admin-1 provinces (the data the
// rgeo module embeds), each read once on first use.
type countryTable struct{}

func (countryTable) CountryName(iso2 string) string { return lookupCountry(iso2).Name }
func (countryTable) Admin1Name(code string) string {
	admin1Once.Do(loadAdmin1)
	return admin1[code]
}

var (
	admin1Once sync.Once
	admin1     map[string]string
)

// loadAdmin1 maps GeoNames admin1 codes ("RU.20") to Natural Earth's
// province names ("Irkutsk").
func loadAdmin1() {
	admin1 = map[string]string{}
	zr, err := gzip.NewReader(bytes.NewReader(rgeo.Provinces10()))
	if err != nil {
		return
	}
	// Stream the features one by one: the whole collection, outlines
	// included, would cost a few hundred MB decoded at once.
	dec := json.NewDecoder(zr)
	for {
		t, err := dec.Token()
		if err != nil {
			return
		}
		if k, ok := t.(string); ok && k == "features" {
			break
		}
	}
	if _, err := dec.Token(); err != nil { // [
		return
	}
	for dec.More() {
		var f struct {
			Properties struct {
				Code string `json:"gn_a1_code"`
				Name string `json:"name"`
			} `json:"properties"`
		}
		if err := dec.Decode(&f); err != nil {
			return
		}
		p := f.Properties
		if p.Name == "" || !strings.Contains(p.Code, ".") || strings.HasSuffix(p.Code, ".") {
			continue
		}
		if _, dup := admin1[p.Code]; !dup {
			admin1[p.Code] = p.Name
		}
	}
}

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
