package gazetteer

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func mustOpen(tb testing.TB, path string) *os.File {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.Close() })
	return f
}

func TestScanGeoNames(t *testing.T) {
	var rows []gnRow
	err := scanGeoNames(mustOpen(t, "testdata/places.tsv"), "places.tsv", func(r gnRow) error {
		rows = append(rows, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("got %d rows, want 3", len(rows))
	}
	m := rows[0]
	if m.ID != 524901 || m.Name != "Moscow" || m.Code != "PPLC" || m.Country != "RU" || m.Admin1 != "48" || m.Population != 10381222 || len(m.Alt) != 3 {
		t.Errorf("Moscow row = %+v", m)
	}
	if rows[1].Admin2 != "057" || rows[1].Lon != -117.00017 {
		t.Errorf("Moscow, Idaho row = %+v", rows[1])
	}
}

func TestScanGeoNamesErrors(t *testing.T) {
	tests := []struct {
		name, file, want string
	}{
		{"truncated", "testdata/truncated.tsv", "truncated.tsv:2: "},
		{"bad latitude", "testdata/badlat.tsv", "badlat.tsv:2: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := scanGeoNames(mustOpen(t, tt.file), tt.file, func(gnRow) error { return nil })
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one naming %q", err, tt.want)
			}
			var re *RowError
			if !errors.Is(err, ErrMalformed) || !errors.As(err, &re) || re.Line != 2 {
				t.Fatalf("err = %#v, want a RowError at line 2 wrapping ErrMalformed", err)
			}
		})
	}
}

func TestScanAltNames(t *testing.T) {
	var names []string
	err := scanAltNames(mustOpen(t, "testdata/altnames.tsv"), "altnames.tsv", func(r altRow) error {
		if r.ID != 524901 {
			t.Errorf("id %d", r.ID)
		}
		names = append(names, r.Lang+":"+r.Name)
		return nil
	})
	if err != nil || len(names) != 3 || names[1] != "ru:Москва" {
		t.Fatalf("names %v, err %v", names, err)
	}
}

func TestScanAirports(t *testing.T) {
	var rows []airportRow
	err := scanAirports(mustOpen(t, "testdata/airports.csv"), "airports.csv", func(a airportRow) error {
		rows = append(rows, a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].GPS != "UIIB" || rows[0].Region != "RU-IRK" || len(rows[1].Keywords) != 2 {
		t.Fatalf("rows = %+v", rows)
	}
	if s := airfieldShortName(rows[0].Name); s != "belaya" {
		t.Errorf("short name %q", s)
	}
	err = scanAirports(mustOpen(t, "testdata/airports_bad.csv"), "airports_bad.csv", func(airportRow) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "airports_bad.csv:3: ") || !errors.Is(err, ErrMalformed) {
		t.Fatalf("err = %v, want airports_bad.csv:3", err)
	}
}

func FuzzParseGeoNamesRow(f *testing.F) {
	b, err := os.ReadFile("testdata/places.tsv")
	if err != nil {
		f.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		f.Add(l)
	}
	f.Add("1\tx\tx\t\t91\t0\tP\tPPL\tXX\t\t\t\t\t\t\t\t\t\t")
	f.Fuzz(func(t *testing.T, line string) {
		r, err := parseGeoNamesRow(line)
		if err != nil {
			return
		}
		if r.ID == 0 || r.Name == "" || r.Lat < -90 || r.Lat > 90 || r.Lon < -180 || r.Lon > 180 || r.Population < 0 {
			t.Fatalf("accepted a bad row: %+v", r)
		}
		_ = Fold(r.Name)
	})
}
