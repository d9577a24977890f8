// Package basemap makes the map UI's offline basemap: Natural Earth 1:10m
// country and admin-1 outlines (the data the rgeo module embeds),
// simplified (Douglas–Peucker) and rounded, as two small GeoJSON files.
// No tile server is needed.
//
// In: the embedded Natural Earth data. Out: GeoJSON on a writer. It runs
// at build time (make web), never in the server.
package basemap

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/sams96/rgeo"
)

// Layer is one outline layer.
type Layer struct {
	Name string
	data func() []byte
	// Tolerance is the simplification tolerance in degrees.
	Tolerance float64
	// props picks the properties kept.
	props func(map[string]any) map[string]any
}

// Layers are the basemap's layers: countries and admin-1 regions.
var Layers = []Layer{
	{Name: "countries", data: rgeo.Countries10, Tolerance: 0.03, props: func(p map[string]any) map[string]any {
		return map[string]any{"name": str(p, "NAME_EN", "ADMIN"), "iso_a2": str(p, "ISO_A2", "ISO_A2_EH")}
	}},
	{Name: "admin1", data: rgeo.Provinces10, Tolerance: 0.02, props: func(p map[string]any) map[string]any {
		if _, ok := p["adm1_code"]; !ok {
			return nil // the file also carries countries
		}
		return map[string]any{"name": str(p, "name_en", "name"), "iso_a2": str(p, "iso_a2"), "admin1": str(p, "gn_a1_code")}
	}},
}

func str(p map[string]any, keys ...string) string {
	for _, k := range keys {
		if s, ok := p[k].(string); ok && s != "" && s != "-99" {
			return s
		}
	}
	return ""
}

type feature struct {
	Properties map[string]any `json:"properties"`
	Geometry   struct {
		Type        string          `json:"type"`
		Coordinates json.RawMessage `json:"coordinates"`
	} `json:"geometry"`
}

// Write writes layer l as a GeoJSON FeatureCollection of MultiPolygons.
func Write(w io.Writer, l Layer) error {
	zr, err := gzip.NewReader(bytes.NewReader(l.data()))
	if err != nil {
		return fmt.Errorf("basemap %s: %w", l.Name, err)
	}
	dec := json.NewDecoder(zr)
	// Walk to the features array and decode one feature at a time.
	for {
		t, err := dec.Token()
		if err != nil {
			return fmt.Errorf("basemap %s: %w", l.Name, err)
		}
		if t == "features" {
			if _, err := dec.Token(); err != nil { // [
				return err
			}
			break
		}
	}
	var out bytes.Buffer
	out.WriteString(`{"type":"FeatureCollection","features":[`)
	n := 0
	for dec.More() {
		var f feature
		if err := dec.Decode(&f); err != nil {
			return fmt.Errorf("basemap %s: %w", l.Name, err)
		}
		props := l.props(f.Properties)
		if props == nil {
			continue
		}
		var polys [][][][2]float64
		switch f.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			if err := json.Unmarshal(f.Geometry.Coordinates, &p); err != nil {
				return err
			}
			polys = [][][][2]float64{p}
		case "MultiPolygon":
			if err := json.Unmarshal(f.Geometry.Coordinates, &polys); err != nil {
				return err
			}
		default:
			continue
		}
		simple := simplifyPolygons(polys, l.Tolerance)
		if len(simple) == 0 {
			continue
		}
		if n > 0 {
			out.WriteByte(',')
		}
		n++
		pj, _ := json.Marshal(props)
		out.WriteString(`{"type":"Feature","properties":`)
		out.Write(pj)
		out.WriteString(`,"geometry":{"type":"MultiPolygon","coordinates":`)
		writeCoords(&out, simple)
		out.WriteString("}}\n")
	}
	out.WriteString("]}\n")
	_, err = w.Write(out.Bytes())
	return err
}

func simplifyPolygons(polys [][][][2]float64, tol float64) [][][][2]float64 {
	var out [][][][2]float64
	for _, p := range polys {
		var rings [][][2]float64
		for i, r := range p {
			s := simplifyRing(r, tol)
			if len(s) < 4 || math.Abs(area(s)) < tol*tol {
				if i == 0 {
					break // the outer ring vanished: drop the polygon
				}
				continue
			}
			rings = append(rings, s)
		}
		if len(rings) > 0 {
			out = append(out, rings)
		}
	}
	return out
}

// simplifyRing runs Douglas–Peucker on a closed ring and rounds to 3
// decimals (about 100 m).
func simplifyRing(r [][2]float64, tol float64) [][2]float64 {
	if len(r) < 4 {
		return nil
	}
	keep := make([]bool, len(r))
	keep[0], keep[len(r)-1] = true, true
	// Split at the point farthest from the first, so the closed ring does
	// not degenerate.
	far, best := 0, -1.0
	for i := range r {
		if d := sq(r[i][0]-r[0][0]) + sq(r[i][1]-r[0][1]); d > best {
			far, best = i, d
		}
	}
	keep[far] = true
	dp(r, 0, far, tol*tol, keep)
	dp(r, far, len(r)-1, tol*tol, keep)
	var out [][2]float64
	for i, k := range keep {
		if k {
			p := [2]float64{round3(r[i][0]), round3(r[i][1])}
			if len(out) > 0 && out[len(out)-1] == p {
				continue
			}
			out = append(out, p)
		}
	}
	if len(out) > 0 && out[0] != out[len(out)-1] {
		out = append(out, out[0])
	}
	return out
}

func dp(r [][2]float64, a, b int, tol2 float64, keep []bool) {
	if b <= a+1 {
		return
	}
	idx, best := -1, tol2
	for i := a + 1; i < b; i++ {
		if d := segDist2(r[i], r[a], r[b]); d > best {
			idx, best = i, d
		}
	}
	if idx < 0 {
		return
	}
	keep[idx] = true
	dp(r, a, idx, tol2, keep)
	dp(r, idx, b, tol2, keep)
}

func segDist2(p, a, b [2]float64) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	l := dx*dx + dy*dy
	if l == 0 {
		return sq(p[0]-a[0]) + sq(p[1]-a[1])
	}
	t := math.Max(0, math.Min(1, ((p[0]-a[0])*dx+(p[1]-a[1])*dy)/l))
	return sq(p[0]-a[0]-t*dx) + sq(p[1]-a[1]-t*dy)
}

func area(r [][2]float64) float64 {
	s := 0.0
	for i := 0; i+1 < len(r); i++ {
		s += r[i][0]*r[i+1][1] - r[i+1][0]*r[i][1]
	}
	return s / 2
}

func sq(x float64) float64 { return x * x }

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func writeCoords(b *bytes.Buffer, polys [][][][2]float64) {
	b.WriteByte('[')
	for i, p := range polys {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('[')
		for j, r := range p {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteByte('[')
			for k, pt := range r {
				if k > 0 {
					b.WriteByte(',')
				}
				b.WriteByte('[')
				b.WriteString(strconv.FormatFloat(pt[0], 'f', -1, 64))
				b.WriteByte(',')
				b.WriteString(strconv.FormatFloat(pt[1], 'f', -1, 64))
				b.WriteByte(']')
			}
			b.WriteByte(']')
		}
		b.WriteByte(']')
	}
	b.WriteByte(']')
}
