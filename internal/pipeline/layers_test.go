package pipeline

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLayers holds the direction data flows in: stages never import the
// store, the pipeline, the API or a later stage; the model imports nothing
// of the project.
func TestLayers(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not available")
	}
	const mod = "github.com/geowire/geowire/internal/"
	deps := func(pkg string) map[string]bool {
		out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", mod+pkg).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pkg, err)
		}
		m := map[string]bool{}
		for _, l := range strings.Fields(string(out)) {
			if strings.HasPrefix(l, mod) && l != mod+pkg {
				m[strings.TrimPrefix(l, mod)] = true
			}
		}
		return m
	}
	upper := []string{"store", "store/sqlite", "store/postgres", "pipeline", "api", "export", "web"}
	// Each stage with the later stages it must not see.
	stages := map[string][]string{
		"ingest":    {"extract", "nlp", "geoparse", "events", "claims", "cluster"},
		"extract":   {"ingest", "nlp", "geoparse", "events", "claims", "cluster"},
		"nlp":       {"geoparse", "events", "claims", "cluster"},
		"gazetteer": {"extract", "nlp", "geoparse", "events", "claims", "cluster"},
		"geoparse":  {"events", "claims", "cluster"},
		"events":    {"claims", "cluster"},
		"claims":    {"events", "cluster"},
		"cluster":   {"extract", "nlp", "geoparse", "events", "claims"},
	}
	for stage, later := range stages {
		d := deps(stage)
		for _, bad := range append(later, upper...) {
			if d[bad] {
				t.Errorf("%s imports %s: data must flow one way", stage, bad)
			}
		}
	}
	if d := deps("model"); len(d) != 0 {
		t.Errorf("model imports project packages: %v", d)
	}
}
