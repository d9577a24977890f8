package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/model"
)

func TestAnalyze(t *testing.T) {
	in := "Drones Hit Base\n\nPublished June 4, 2025\n\n“We hit 41 aircraft in one night,” said Defense Minister Rustem Umerov. More than 4,000 kilometers (2,485 miles) away, the base burned on Sunday.\n"
	code, out, errOut := geowire(t, in, "analyze", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	for _, k := range []string{"article", "sentences", "entities", "quotes", "quantities", "dates"} {
		if _, ok := got[k]; !ok {
			t.Errorf("no %q in output", k)
		}
	}
	var r struct {
		Article    model.Document   `json:"article"`
		Quotes     []model.Quote    `json:"quotes"`
		Quantities []model.Quantity `json:"quantities"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Quotes) != 1 || r.Quotes[0].Speaker != "Rustem Umerov" {
		t.Errorf("quotes = %+v", r.Quotes)
	}
	rs := []rune(r.Article.Text)
	for _, q := range r.Quantities {
		if string(rs[q.Span.Start:q.Span.End]) != q.Text {
			t.Errorf("quantity %q: span %v covers %q", q.Text, q.Span, string(rs[q.Span.Start:q.Span.End]))
		}
	}
}

func TestAnalyzeErrors(t *testing.T) {
	if code, _, errOut := geowire(t, "", "analyze", "--help"); code != 0 || !strings.Contains(errOut, "code points") {
		t.Errorf("--help: code %d, stderr %q", code, errOut)
	}
	if code, _, _ := geowire(t, ""); code != 2 {
		t.Errorf("no command: code %d", code)
	}
	if code, _, _ := geowire(t, "", "analyze"); code != 2 {
		t.Errorf("no FILE: code %d, want 2", code)
	}
	if code, _, errOut := geowire(t, "", "analyze", filepath.Join(t.TempDir(), "missing.txt")); code != 1 || errOut == "" {
		t.Errorf("missing file: code %d, stderr %q", code, errOut)
	}
	bin := filepath.Join(t.TempDir(), "bin")
	if err := os.WriteFile(bin, []byte{0, 1, 2, 0, 0, 0, 0xff, 0xfe, 0, 0, 0, 0, 0, 0, 0, 0}, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, _ := geowire(t, "", "analyze", bin)
	if code2, _, _ := geowire(t, "", "extract", bin); code != code2 {
		t.Errorf("binary input: analyze exit %d, extract exit %d: want the same", code, code2)
	}
}

func TestAnalyzeAllStages(t *testing.T) {
	code, out, errOut := geowire(t, "Russian missiles struck a fuel depot in Odesa on Saturday, killing two workers, the governor said.", "analyze", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	for _, k := range []string{"article", "sentences", "entities", "quotes", "quantities", "dates", "places", "events", "claims"} {
		if _, ok := got[k]; !ok {
			t.Errorf("analyze output lacks %q", k)
		}
	}
	var places []model.Place
	if err := json.Unmarshal(got["places"], &places); err != nil {
		t.Fatal(err)
	}
	odesa := false
	for _, p := range places {
		odesa = odesa || (p.Name == "Odesa" && p.CountryCode == "UA")
	}
	if !odesa {
		t.Errorf("places = %s: want Odesa, UA", got["places"])
	}
	var events []struct{ Type string }
	if err := json.Unmarshal(got["events"], &events); err != nil || len(events) == 0 || events[0].Type != "ASSAULT" {
		t.Errorf("events = %s", got["events"])
	}
}
