package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/config"
	"github.com/geowire/geowire/internal/gazetteer"
)

func runArgs(t *testing.T, getenv config.Getenv, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb, getenv)
	return code, out.String(), errb.String()
}

func TestGazetteerUsage(t *testing.T) {
	env := func(k string) string { return map[string]string{"GEOWIRE_DATA_DIR": t.TempDir()}[k] }
	if code, _, stderr := runArgs(t, env, "gazetteer", "--help"); code != 0 || !strings.Contains(stderr, "where LAT LON") {
		t.Fatalf("help: %d %s", code, stderr)
	}
	if code, _, _ := runArgs(t, env, "gazetteer", "frobnicate"); code != 2 {
		t.Fatalf("unknown subcommand: exit %d", code)
	}
	if code, _, stderr := runArgs(t, env, "gazetteer", "where", "91", "0"); code != 2 || !strings.Contains(stderr, "latitude") {
		t.Fatalf("bad latitude: %d %s", code, stderr)
	}
	if code, _, _ := runArgs(t, env, "gazetteer", "import"); code != 2 {
		t.Fatalf("import without --geonames: exit %d", code)
	}
}

func TestGazetteerLookupWhere(t *testing.T) {
	dir, err := config.DataDir(os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(gazetteer.Path(dir)); err != nil {
		if _, err := exec.LookPath("npm"); err != nil {
			t.Skip("no gazetteer and no npm: run `geowire gazetteer build`")
		}
	}
	env := func(k string) string { return map[string]string{"GEOWIRE_DATA_DIR": dir}[k] }
	code, stdout, stderr := runArgs(t, env, "gazetteer", "lookup", "Belaya Air Base", "--json")
	if code != 0 {
		t.Fatalf("lookup: exit %d: %s", code, stderr)
	}
	var res struct {
		Candidates []struct {
			ID, Code, Admin1 string
		}
	}
	if err := json.Unmarshal([]byte(stdout), &res); err != nil || len(res.Candidates) == 0 ||
		res.Candidates[0].Code != "UIIB" || res.Candidates[0].Admin1 != "RU.20" {
		t.Fatalf("lookup JSON %v: %s", err, stdout)
	}
	code, stdout, stderr = runArgs(t, env, "gazetteer", "where", "44.6", "33.52")
	if code != 0 || !strings.Contains(stdout, "disputed: Crimea") {
		t.Fatalf("where Sevastopol: exit %d: %s%s", code, stdout, stderr)
	}
}
