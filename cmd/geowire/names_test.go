package main

import (
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportAdmin1Names: the CSV export holds admin1 names, as ACLED's
// column does, not GeoNames codes.
func TestExportAdmin1Names(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	if code, _, errOut := geowire(t, "", "ingest", "--db", db, filepath.Join("..", "..", "examples", "articles")); code != 0 {
		t.Fatalf("ingest: %d %s", code, errOut)
	}
	code, out, errOut := geowire(t, "", "export", "--db", db, "--format", "csv")
	if code != 0 {
		t.Fatalf("export: %d %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("csv: %v, %d rows", err, len(rows))
	}
	col, claimsCol := -1, -1
	for i, h := range rows[0] {
		switch h {
		case "admin1":
			col = i
		case "claims":
			claimsCol = i
		}
	}
	withClaims := 0
	for _, r := range rows[1:] {
		if strings.Contains(r[claimsCol], "supported") || strings.Contains(r[claimsCol], "loose") || strings.Contains(r[claimsCol], "unverifiable") || strings.Contains(r[claimsCol], "contradicted") {
			withClaims++
		}
	}
	if withClaims == 0 {
		t.Error("no event's claims column names a verdict")
	}
	named := 0
	for _, r := range rows[1:] {
		if a := r[col]; a != "" {
			if strings.Contains(a, ".") && strings.ToUpper(a[:2]) == a[:2] {
				t.Errorf("admin1 %q is a code, not a name", a)
			}
			named++
		}
	}
	if named == 0 {
		t.Fatal("no admin1 names in the export")
	}
}
