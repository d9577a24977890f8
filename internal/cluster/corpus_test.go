package cluster

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// readCorpus reads the "articleBody" of every JSON file in dir.
func readCorpus(tb testing.TB, dir string) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var bodies []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var v struct {
			ArticleBody string `json:"articleBody"`
		}
		if json.Unmarshal(b, &v) == nil && len(v.ArticleBody) > 0 {
			bodies = append(bodies, v.ArticleBody)
		}
	}
	return bodies
}
