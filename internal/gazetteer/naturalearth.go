package gazetteer

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/sams96/rgeo"
)

// neFeature is a Natural Earth feature: its attributes and its rings.
type neFeature struct {
	Props    map[string]any
	Polygons [][][]Point // polygons → rings → points
}

func (f *neFeature) str(k string) string {
	switch v := f.Props[k].(type) {
	case string:
		v = strings.TrimSpace(v)
		if v == "-99" {
			return ""
		}
		return v
	case float64:
		if v == -99 {
			return ""
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return ""
}

func (f *neFeature) num(k string) (float64, bool) {
	v, ok := f.Props[k].(float64)
	return v, ok
}

// naturalEarthCountries and naturalEarthProvinces read Natural Earth 10m
// from the data the rgeo module embeds (gzipped GeoJSON), without its
// slow constructor.
func naturalEarthCountries() ([]neFeature, error) {
	return readNEGeoJSON(rgeo.Countries10(), "rgeo data/Countries10.gz")
}

func naturalEarthProvinces() ([]neFeature, error) {
	fs, err := readNEGeoJSON(rgeo.Provinces10(), "rgeo data/Provinces10.gz")
	if err != nil {
		return nil, err
	}
	// The file also carries the countries (upper-case keys): keep provinces.
	out := fs[:0]
	for _, f := range fs {
		if _, ok := f.Props["adm1_code"]; ok {
			out = append(out, f)
		}
	}
	return out, nil
}

func readNEGeoJSON(gz []byte, file string) ([]neFeature, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	var fc struct {
		Features []struct {
			Properties map[string]any `json:"properties"`
			Geometry   struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := json.NewDecoder(zr).Decode(&fc); err != nil {
		return nil, fmt.Errorf("%s: %w: %v", file, ErrMalformed, err)
	}
	out := make([]neFeature, 0, len(fc.Features))
	for i, f := range fc.Features {
		nf := neFeature{Props: f.Properties}
		var polys [][][][2]float64
		switch f.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			if err := json.Unmarshal(f.Geometry.Coordinates, &p); err != nil {
				return nil, fmt.Errorf("%s: feature %d: %w: %v", file, i, ErrMalformed, err)
			}
			polys = [][][][2]float64{p}
		case "MultiPolygon":
			if err := json.Unmarshal(f.Geometry.Coordinates, &polys); err != nil {
				return nil, fmt.Errorf("%s: feature %d: %w: %v", file, i, ErrMalformed, err)
			}
		}
		for _, p := range polys {
			var rings [][]Point
			for _, r := range p {
				ring := make([]Point, len(r))
				for k, c := range r {
					ring[k] = Point{Lon: c[0], Lat: c[1]}
				}
				rings = append(rings, ring)
			}
			nf.Polygons = append(nf.Polygons, rings)
		}
		out = append(out, nf)
	}
	return out, nil
}
