package eval

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func f64(x float64) *float64 { return &x }

func TestScoreGeoKnown(t *testing.T) {
	gold := []GeoDoc{{ID: "1", Toponyms: []GeoToponym{
		{Start: 0, End: 4, Lat: f64(50.45), Lon: f64(30.52)},   // Kyiv
		{Start: 10, End: 16, Lat: f64(55.75), Lon: f64(37.62)}, // Moscow
		{Start: 20, End: 25},                  // no coordinates
		{Start: 30, End: 35, Type: "Homonym"}, // not a place
	}}}
	pred := []GeoDoc{{ID: "1", Toponyms: []GeoToponym{
		{Start: 0, End: 4, Lat: f64(50.45), Lon: f64(30.52)},    // exact
		{Start: 10, End: 14, Lat: f64(46.73), Lon: f64(-117.0)}, // overlaps Moscow, wrong (Idaho)
		{Start: 31, End: 33, Lat: f64(0), Lon: f64(0)},          // on the homonym: ignored
		{Start: 40, End: 45}, // false positive
	}}}
	s := ScoreGeo(gold, pred)
	if s.GoldToponyms != 3 || s.Predicted != 3 || s.Precision != 0.3333 || s.Recall != 0.3333 {
		t.Fatalf("recognition: %+v", s)
	}
	if s.GoldWithCoords != 2 || s.Matched != 2 || s.Acc161Matched != 0.5 || s.Acc161All != 0.5 {
		t.Fatalf("resolution: %+v", s)
	}
	if s.MedianKm == nil || *s.MedianKm < 4000 {
		t.Fatalf("median km: %+v", s)
	}
}

// TestGeoMatchesScorePy scores a perturbed copy of a real dev set (made in
// a temp dir) with score.py and with ScoreGeo.
func TestGeoMatchesScorePy(t *testing.T) {
	script := filepath.Join("..", "..", "..", "shared", "eval", "geo", "score.py")
	goldPath := filepath.Join("..", "..", "..", "shared", "eval", "geo", "geowebnews", "dev.jsonl")
	if _, err := os.Stat(goldPath); err != nil {
		t.Skipf("no %s: shared eval folder absent", goldPath)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	gold, err := LoadGeoJSONL(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var pred []GeoDoc
	predPath := filepath.Join(t.TempDir(), "pred.jsonl")
	f, err := os.Create(predPath)
	if err != nil {
		t.Fatal(err)
	}
	for di, d := range gold {
		if di%7 == 3 {
			continue // a document with no prediction
		}
		var ts []GeoToponym
		for i, g := range d.Toponyms {
			switch i % 5 {
			case 0: // dropped
				continue
			case 1: // shorter span, coordinates moved
				g.End = max(g.Start+1, g.End-1)
				if g.Lat != nil {
					g.Lat = f64(*g.Lat + float64(i%4))
				}
			case 2: // moved far
				if g.Lon != nil {
					g.Lon = f64(*g.Lon - 40)
				}
			case 3: // no coordinates
				g.Lat, g.Lon = nil, nil
			}
			g.Type = ""
			ts = append(ts, g)
		}
		ts = append(ts, GeoToponym{Start: 0, End: 3, Lat: f64(1), Lon: f64(2)})
		pd := GeoDoc{ID: d.ID, Toponyms: ts}
		pred = append(pred, pd)
		line, _ := json.Marshal(map[string]any{"id": d.ID, "toponyms": ts})
		f.Write(append(line, '\n'))
	}
	f.Close()
	out, err := exec.Command(py, script, goldPath, predPath, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	want, _ := json.Marshal(json.RawMessage(out))
	gotB, _ := json.Marshal(ScoreGeo(gold, pred))
	var w, g map[string]any
	json.Unmarshal(want, &w)
	json.Unmarshal(gotB, &g)
	for k, wv := range w {
		if g[k] != wv {
			t.Errorf("%s: ScoreGeo %v, score.py %v", k, g[k], wv)
		}
	}
}
