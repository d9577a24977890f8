package gazetteer

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// airportRow is one row of OurAirports' airports.csv.
type airportRow struct {
	ID                uint32
	Ident, Type, Name string
	Lat, Lon          float64
	Country, Region   string // "RU", "RU-IRK"
	Municipality      string
	GPS, IATA, Local  string
	Keywords          []string
}

var airportColumns = []string{"id", "ident", "type", "name", "latitude_deg", "longitude_deg",
	"iso_country", "iso_region", "municipality", "gps_code", "iata_code", "local_code", "keywords"}

// scanAirports calls fn for each airfield in an OurAirports CSV.
func scanAirports(r io.Reader, file string, fn func(airportRow) error) error {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err != nil {
		return rowErr(file, 1, "no header: %v", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(h)] = i
	}
	for _, c := range airportColumns {
		if _, ok := col[c]; !ok {
			return rowErr(file, 1, "no column %q", c)
		}
	}
	get := func(rec []string, c string) string { return strings.TrimSpace(rec[col[c]]) }
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return rowErr(file, pe.Line, "%v", pe.Err)
			}
			return fmt.Errorf("%s: %w", file, err)
		}
		var a airportRow
		id, err := strconv.ParseUint(get(rec, "id"), 10, 32)
		if err != nil {
			return rowErr(file, line, "id %q is not a number", get(rec, "id"))
		}
		a.ID = uint32(id)
		a.Ident, a.Type, a.Name = get(rec, "ident"), get(rec, "type"), get(rec, "name")
		if a.Lat, err = strconv.ParseFloat(get(rec, "latitude_deg"), 64); err != nil || !(a.Lat >= -90 && a.Lat <= 90) {
			return rowErr(file, line, "airport %d: bad latitude %q", id, get(rec, "latitude_deg"))
		}
		if a.Lon, err = strconv.ParseFloat(get(rec, "longitude_deg"), 64); err != nil || !(a.Lon >= -180 && a.Lon <= 180) {
			return rowErr(file, line, "airport %d: bad longitude %q", id, get(rec, "longitude_deg"))
		}
		if a.Name == "" {
			return rowErr(file, line, "airport %d: empty name", id)
		}
		a.Country, a.Region, a.Municipality = get(rec, "iso_country"), get(rec, "iso_region"), get(rec, "municipality")
		a.GPS, a.IATA, a.Local = get(rec, "gps_code"), get(rec, "iata_code"), get(rec, "local_code")
		for _, k := range strings.Split(get(rec, "keywords"), ",") {
			if k = strings.TrimSpace(k); k != "" {
				a.Keywords = append(a.Keywords, k)
			}
		}
		if err := fn(a); err != nil {
			return err
		}
	}
}

// airfieldTypes maps OurAirports types to a GeoNames-like feature code and
// a prior (airfields have no population).
var airfieldTypes = map[string]struct {
	code  string
	prior float64
}{
	"large_airport":  {"AIRP", 5.5},
	"medium_airport": {"AIRP", 4.5},
	"small_airport":  {"AIRF", 2.5},
	"heliport":       {"AIRH", 1.5},
	"seaplane_base":  {"AIRS", 1.5},
	"balloonport":    {"AIRF", 0.5},
	"closed":         {"AIRF", 1.0},
}

// airfieldSuffixes are generic words stripped to make an airfield's short
// name ("Belaya Air Base" → "Belaya"), longest first.
var airfieldSuffixes = []string{
	"international airport", "regional airport", "military airport", "air force base",
	"naval air station", "air station", "air base", "airbase", "airport", "airfield",
	"aerodrome", "airstrip", "heliport", "helipad", "air field", "afb",
}

func airfieldShortName(name string) string {
	f := Fold(name)
	for _, s := range airfieldSuffixes {
		if strings.HasSuffix(f, " "+s) {
			return strings.TrimSpace(strings.TrimSuffix(f, s))
		}
	}
	return ""
}

// isMilitary guesses from the name whether an airfield is military.
func isMilitary(name string, keywords []string) bool {
	s := strings.ToLower(name + " " + strings.Join(keywords, " "))
	for _, w := range []string{"air base", "airbase", "air force", "military", "naval air", "afb", "army air", "аэродром"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
