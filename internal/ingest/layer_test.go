package ingest

import (
	"go/build"
	"strings"
	"testing"
)

// TestLayer holds the data-flow rule: ingest is the first stage and imports
// no other geowire package (model aside) — never extract, the store or the
// pipeline.
func TestLayer(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range pkg.Imports {
		if strings.HasPrefix(imp, "github.com/geowire/geowire/") && imp != "github.com/geowire/geowire/internal/model" {
			t.Errorf("ingest imports %s", imp)
		}
	}
}
