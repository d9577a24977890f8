package eval

import (
	"encoding/json"
	"io"
	"math"
	"sort"
)

// GeoToponym is a toponym of a gold or predicted geoparsing document.
// Offsets are code points; Lat and Lon are nil where unknown.
type GeoToponym struct {
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Name      string   `json:"name,omitempty"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	GeonameID any      `json:"geonameid,omitempty"`
	Type      string   `json:"type,omitempty"`
}

// GeoDoc is one line of a geoparsing JSONL file.
type GeoDoc struct {
	ID       string       `json:"-"`
	Text     string       `json:"text,omitempty"`
	Toponyms []GeoToponym `json:"toponyms"`
}

type rawGeoDoc struct {
	ID       json.RawMessage `json:"id"`
	Text     string          `json:"text"`
	Toponyms []GeoToponym    `json:"toponyms"`
}

func (r rawGeoDoc) doc() GeoDoc {
	return GeoDoc{ID: idString(r.ID), Text: r.Text, Toponyms: r.Toponyms}
}

// LoadGeoJSONL reads a JSONL file of documents keyed by id, in file order.
func LoadGeoJSONL(path string) ([]GeoDoc, error) {
	var docs []GeoDoc
	err := loadJSONL(path, func(r rawGeoDoc) { docs = append(docs, r.doc()) })
	return docs, err
}

// ReadGeoJSONL reads JSONL documents from r; name is used in errors.
func ReadGeoJSONL(r io.Reader, name string) ([]GeoDoc, error) {
	var docs []GeoDoc
	err := readJSONL(r, name, func(r rawGeoDoc) { docs = append(docs, r.doc()) })
	return docs, err
}

// idString renders a JSON id as Python's str() would for strings and
// integers.
func idString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(trimSpace(raw))
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r' || b[len(b)-1] == '\n') {
		b = b[:len(b)-1]
	}
	return b
}

// GeoScore holds the figures of shared/eval/geo/score.py.
type GeoScore struct {
	Docs           int      `json:"docs"`
	GoldToponyms   int      `json:"gold_toponyms"`
	Predicted      int      `json:"predicted"`
	Precision      float64  `json:"precision"`
	Recall         float64  `json:"recall"`
	F1             float64  `json:"f1"`
	GoldWithCoords int      `json:"gold_with_coords"`
	Matched        int      `json:"matched"`
	Acc161Matched  float64  `json:"acc161_matched"`
	Acc161All      float64  `json:"acc161_all"`
	AUC            float64  `json:"auc"`
	MeanKm         *float64 `json:"mean_km"`
	MedianKm       *float64 `json:"median_km"`
}

const earthHalfCircumferenceKm = 20039.0

// notPlaces are GeoWebNews annotation types that are not places.
var notPlaces = map[string]bool{"Homonym": true, "Language": true}

// HaversineKm is score.py's great-circle distance (mean radius 6371.0088 km).
func HaversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Pow(math.Sin(dp/2), 2) + math.Cos(p1)*math.Cos(p2)*math.Pow(math.Sin(dl/2), 2)
	return 2 * 6371.0088 * math.Asin(math.Min(1, math.Sqrt(a)))
}

// ScoreGeo computes score.py's figures. Gold documents are keyed by id; a
// later duplicate id replaces an earlier one, as in score.py's dict.
func ScoreGeo(gold, pred []GeoDoc) GeoScore {
	goldBy, order := map[string][]GeoToponym{}, []string{}
	for _, d := range gold {
		if _, ok := goldBy[d.ID]; !ok {
			order = append(order, d.ID)
		}
		goldBy[d.ID] = d.Toponyms
	}
	predBy := map[string][]GeoToponym{}
	for _, d := range pred {
		predBy[d.ID] = d.Toponyms
	}
	var tp, nPred, nGold, nGeo int
	var errs []float64
	for _, id := range order {
		var gts, ignored []GeoToponym
		for _, g := range goldBy[id] {
			if notPlaces[g.Type] {
				ignored = append(ignored, g)
			} else {
				gts = append(gts, g)
			}
		}
		var pts []GeoToponym
		for _, p := range predBy[id] {
			skip := false
			for _, g := range ignored {
				if p.Start < g.End && g.Start < p.End {
					skip = true
					break
				}
			}
			if !skip {
				pts = append(pts, p)
			}
		}
		nGold += len(gts)
		nPred += len(pts)
		spans := map[[2]int]bool{}
		for _, p := range pts {
			spans[[2]int{p.Start, p.End}] = true
		}
		for _, g := range gts {
			if spans[[2]int{g.Start, g.End}] {
				tp++
			}
		}
		for _, g := range gts {
			if g.Lat == nil || g.Lon == nil {
				continue
			}
			nGeo++
			for _, p := range pts {
				if p.Start < g.End && g.Start < p.End && p.Lat != nil && p.Lon != nil {
					errs = append(errs, HaversineKm(*g.Lat, *g.Lon, *p.Lat, *p.Lon))
					break
				}
			}
		}
	}
	s := GeoScore{Docs: len(order), GoldToponyms: nGold, Predicted: nPred, GoldWithCoords: nGeo, Matched: len(errs), AUC: 1}
	var p, r, f float64
	if nPred > 0 {
		p = float64(tp) / float64(nPred)
	}
	if nGold > 0 {
		r = float64(tp) / float64(nGold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	s.Precision, s.Recall, s.F1 = Round4(p), Round4(r), Round4(f)
	within := 0
	for _, e := range errs {
		if e <= 161 {
			within++
		}
	}
	if len(errs) > 0 {
		s.Acc161Matched = Round4(float64(within) / float64(len(errs)))
		auc := 0.0
		for _, e := range errs {
			auc += math.Log1p(e) / math.Log1p(earthHalfCircumferenceKm)
		}
		s.AUC = Round4(auc / float64(len(errs)))
		m := roundN(mean(errs), 1)
		med := roundN(median(errs), 1)
		s.MeanKm, s.MedianKm = &m, &med
	}
	if nGeo > 0 {
		s.Acc161All = Round4(float64(within) / float64(nGeo))
	}
	return s
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
