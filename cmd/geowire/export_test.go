package main

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/api/apitest"
)

func TestExportCommand(t *testing.T) {
	path, db := apitest.MustFixture(t, t.TempDir(), 10)
	db.Close()
	code, out, errOut := geowire(t, "", "export", "--db", path, "--format", "geojson", "--type", "ASSAULT,PROTEST")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Geometry struct {
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := json.Unmarshal([]byte(out), &fc); err != nil || fc.Type != "FeatureCollection" || len(fc.Features) < 4 {
		t.Fatalf("geojson: %v, %d features", err, len(fc.Features))
	}
	code, out, errOut = geowire(t, "", "export", "--db", path, "--format", "csv", "--country", "TR")
	if code != 0 {
		t.Fatalf("csv exit %d: %s", code, errOut)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 2 || recs[1][0] != apitest.EventProtest {
		t.Fatalf("csv: %v %v", recs, err)
	}
	outFile := t.TempDir() + "/events.jsonl"
	if code, _, errOut := geowire(t, "", "export", "--db", path, "--format", "jsonl", "--cluster", apitest.ClusterBelaya, "--out", outFile); code != 0 {
		t.Fatalf("jsonl exit %d: %s", code, errOut)
	}
	for _, bad := range [][]string{
		{"export", "--db", path},
		{"export", "--db", path, "--format", "xml"},
		{"export", "--db", path, "--format", "csv", "--bbox", "1,2"},
	} {
		if code, _, _ := geowire(t, "", bad...); code != 2 {
			t.Fatalf("%v: exit %d, want 2", bad, code)
		}
	}
}
