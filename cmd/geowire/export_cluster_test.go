package main

import (
	"encoding/json"
	"path/filepath"
	"testing"
)

// TestExportClusterSources: three outlets' reports of one strike become one
// cluster, and each exported event lists all three sources.
func TestExportClusterSources(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	if code, _, errOut := geowire(t, "", "ingest", "--db", db, filepath.Join("testdata", "cluster")); code != 0 {
		t.Fatalf("ingest: %d %s", code, errOut)
	}
	code, out, errOut := geowire(t, "", "export", "--db", db, "--format", "geojson", "--type", "ASSAULT")
	if code != 0 {
		t.Fatalf("export: %d %s", code, errOut)
	}
	var fc struct {
		Features []struct {
			Properties struct {
				Cluster string `json:"cluster"`
				Sources []struct {
					DocumentID string `json:"document_id"`
				} `json:"sources"`
			} `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal([]byte(out), &fc); err != nil {
		t.Fatalf("geojson: %v", err)
	}
	// The largest cluster holds one event from each report, and each of
	// its events lists the three sources.
	size := map[string]int{}
	for _, f := range fc.Features {
		size[f.Properties.Cluster]++
	}
	best := ""
	for c, n := range size {
		if c != "" && n > size[best] {
			best = c
		}
	}
	if size[best] != 3 {
		t.Fatalf("largest cluster has %d events, want 3 (one per report): %v", size[best], size)
	}
	for _, f := range fc.Features {
		if f.Properties.Cluster == best && len(f.Properties.Sources) != 3 {
			t.Fatalf("event lists %d sources, want the cluster's 3", len(f.Properties.Sources))
		}
	}
}
