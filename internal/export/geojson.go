package export

import (
	"bufio"
	"encoding/json"

	"github.com/geowire/geowire/internal/store"
)

// geojsonWriter writes one RFC 7946 FeatureCollection: a Feature per
// event with a Point geometry ([lon, lat], WGS 84), or a null geometry for
// an event without a place.
type geojsonWriter struct {
	n       int
	enc     *json.Encoder
	sources *sourceCache
}

type feature struct {
	Type       string      `json:"type"`
	ID         string      `json:"id"`
	Geometry   *point      `json:"geometry"`
	Properties *Properties `json:"properties"`
}

type point struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

func (g *geojsonWriter) begin(w *bufio.Writer) error {
	g.enc = json.NewEncoder(w)
	_, err := w.WriteString(`{"type":"FeatureCollection","features":[` + "\n")
	return err
}

func (g *geojsonWriter) row(w *bufio.Writer, r *store.EventRow) error {
	if g.n > 0 {
		if err := w.WriteByte(','); err != nil {
			return err
		}
	}
	g.n++
	p := Flatten(r)
	srcs, err := g.sources.of(r)
	if err != nil {
		return err
	}
	p.Sources = srcs
	f := feature{Type: "Feature", ID: r.Event.ID, Properties: &p}
	if l := r.Event.Location; l != nil {
		f.Geometry = &point{Type: "Point", Coordinates: [2]float64{l.Lon, l.Lat}}
	}
	return g.enc.Encode(f)
}

func (g *geojsonWriter) end(w *bufio.Writer) error {
	_, err := w.WriteString("]}\n")
	return err
}
