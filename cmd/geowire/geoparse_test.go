package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/config"
	"github.com/geowire/geowire/internal/gazetteer"
)

func geoEnv(t *testing.T) config.Getenv {
	t.Helper()
	dir, err := config.DataDir(os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(gazetteer.Path(dir)); err != nil {
		if _, err := exec.LookPath("npm"); err != nil {
			t.Skip("no gazetteer and no npm: run `geowire gazetteer build`")
		}
	}
	return func(k string) string { return map[string]string{"GEOWIRE_DATA_DIR": dir}[k] }
}

func runStdin(t *testing.T, getenv config.Getenv, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb, getenv)
	return code, out.String(), errb.String()
}

func TestGeoparseCommand(t *testing.T) {
	env := geoEnv(t)
	in := `{"id": "a", "text": "Šakalienė met officials in Kyiv and Bangor, Maine."}` + "\n\n" + `{"id": 7, "text": ""}` + "\n"
	code, stdout, stderr := runStdin(t, env, in, "geoparse")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), stdout)
	}
	var doc struct {
		ID       string
		Toponyms []struct {
			Start, End  int
			Name        string
			GeonameID   *int64 `json:"geonameid"`
			GazetteerID string `json:"gazetteer_id"`
			CountryCode string `json:"country_code"`
		}
	}
	if err := json.Unmarshal([]byte(lines[0]), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.ID != "a" || len(doc.Toponyms) != 3 {
		t.Fatalf("doc = %+v", doc)
	}
	if k := doc.Toponyms[0]; k.Name != "Kyiv" || k.Start != 27 || k.End != 31 || k.GeonameID == nil || *k.GeonameID != 703448 {
		t.Errorf("Kyiv = %+v (offsets in code points: 27..31)", k)
	}
	if !strings.HasPrefix(lines[1], `{"id":7,"toponyms":[]`) {
		t.Errorf("empty text line = %s", lines[1])
	}

	// gold spans
	code, stdout, stderr = runStdin(t, env, `{"id":"g","text":"Near Belaya Air Base.","toponyms":[{"start":5,"end":20}]}`, "geoparse", "--gold-spans")
	if code != 0 || !strings.Contains(stdout, `"gazetteer_id":"ourairports:34948"`) || !strings.Contains(stdout, `"geonameid":null`) {
		t.Errorf("gold spans: exit %d: %s %s", code, stdout, stderr)
	}

	// a bad line is named
	code, _, stderr = runStdin(t, env, `{"id":"a","text":"Kyiv"}`+"\nnot json\n", "geoparse")
	if code != 1 || !strings.Contains(stderr, "stdin:2") {
		t.Errorf("bad line: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runStdin(t, env, `{"id":"a"}`, "geoparse")
	if code != 1 || !strings.Contains(stderr, `no "text"`) {
		t.Errorf("no text: exit %d, stderr %q", code, stderr)
	}
}

func TestEvalGeoparseCommand(t *testing.T) {
	env := geoEnv(t)
	set := filepath.Join(t.TempDir(), "tiny")
	if err := os.MkdirAll(set, 0o755); err != nil {
		t.Fatal(err)
	}
	gold := `{"id":"1","text":"Troops left Kyiv for Lviv.","toponyms":[{"start":12,"end":16,"name":"Kyiv","lat":50.45,"lon":30.52},{"start":21,"end":25,"name":"Lviv","lat":49.84,"lon":24.02}]}` + "\n"
	if err := os.WriteFile(filepath.Join(set, "dev.jsonl"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runStdin(t, env, "", "eval", "geoparse", set)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"acc161_all", "tiny  e2e", "tiny  gold"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("table lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Count(stdout, "1.0  1.0  1.0  1.0             1.0") != 2 {
		t.Errorf("expected perfect scores on the tiny set:\n%s", stdout)
	}
}
