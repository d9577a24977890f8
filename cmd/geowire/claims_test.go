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
	"github.com/geowire/geowire/internal/model"
)

// claimsRun runs geowire with the real data directory, skipping when the
// gazetteer is missing and cannot be built.
func claimsRun(t *testing.T, stdin string, args ...string) (int, string, string) {
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
	getenv := func(k string) string { return map[string]string{"GEOWIRE_DATA_DIR": dir}[k] }
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb, getenv)
	return code, out.String(), errb.String()
}

const claimsText = "Belgorod, 45 miles north of Kharkiv, was shelled again.\n\n" +
	"Odesa, about 200 km north of Kyiv, was quiet."

func TestClaimsCommand(t *testing.T) {
	code, stdout, stderr := claimsRun(t, claimsText, "claims", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Claims []model.Claim `json:"claims"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout)
	}
	verdicts := map[string]string{}
	for _, c := range got.Claims {
		verdicts[c.Kind+" "+c.Text] = c.Verdict
		if c.Kind == model.ClaimDistance && strings.HasPrefix(c.Text, "45 miles") {
			if d, _ := c.Measured["distance_km"].(float64); d < 68 || d > 77 || len(c.Places) < 2 {
				t.Errorf("Belgorod–Kharkiv: %v km, places %v", c.Measured["distance_km"], c.Places)
			}
		}
	}
	want := map[string]string{
		"distance 45 miles north of Kharkiv":  model.VerdictSupported,
		"direction north of Kharkiv":          model.VerdictSupported,
		"distance about 200 km north of Kyiv": model.VerdictContradicted,
		"direction north of Kyiv":             model.VerdictContradicted,
	}
	for k, v := range want {
		if verdicts[k] != v {
			t.Errorf("%s: %q, want %s (all: %v)", k, verdicts[k], v, verdicts)
		}
	}
	if code, _, _ := claimsRun(t, "", "claims"); code != 2 {
		t.Errorf("no FILE: exit %d, want 2", code)
	}
}

func TestAnalyzeClaims(t *testing.T) {
	code, stdout, stderr := claimsRun(t, claimsText, "analyze", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Places []model.Place `json:"places"`
		Claims []model.Claim `json:"claims"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if len(got.Claims) < 4 || len(got.Places) == 0 {
		t.Errorf("analyze: %d claims, %d places", len(got.Claims), len(got.Places))
	}
}
