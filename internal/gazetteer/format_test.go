package gazetteer

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// buildSmall writes a gazetteer made from the fixture rows and one square
// country, without npm or Natural Earth.
func buildSmall(tb testing.TB) string {
	tb.Helper()
	b := newBuilder(nil)
	sq := [][][]Point{{{{30, 45}, {40, 45}, {40, 55}, {30, 55}, {30, 45}}}}
	c := b.add(&bEntry{id: "country:XA", kind: KindCountry, fclass: "A", fcode: "PCLI", name: "Squareland",
		cc: "XA", code: "XA", pop: 1000000, layer: layerCountry, polys: sq})
	c.key(c.name, MatchName)
	c.key("Squarish", MatchDemonym)
	b.country["XA"] = c
	err := scanGeoNames(mustOpen(tb, "testdata/places.tsv"), "places.tsv", func(r gnRow) error {
		b.addGeoName(r, nil)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	err = scanAirports(mustOpen(tb, "testdata/airports.csv"), "airports.csv", func(a airportRow) error {
		b.addAirport(a)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	b.finish()
	path := filepath.Join(tb.TempDir(), FileName)
	if _, err := b.write(path); err != nil {
		tb.Fatal(err)
	}
	return path
}

func TestRoundTrip(t *testing.T) {
	g, err := Open(buildSmall(t))
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	cs := g.Lookup("moscow")
	if len(cs) != 2 || cs[0].GeonameID != 524901 || cs[1].GeonameID != 5601538 {
		t.Fatalf("Lookup(moscow) = %v", cs)
	}
	if got := g.Lookup("Москва"); len(got) != 1 || got[0].Match != MatchAlternate {
		t.Fatalf("Lookup(Москва) = %v", got)
	}
	if got := g.Lookup("Usolye Sibirskoye"); len(got) != 1 || got[0].Admin1Code != "RU.20" {
		t.Fatalf("Lookup(Usolye Sibirskoye) = %v", got)
	}
	if e := g.Get("ourairports:34948"); e == nil || e.Code != "UIIB" || e.FeatureCode != "AIRB" {
		t.Fatalf("Get(ourairports:34948) = %+v", e)
	}
	if e := g.Get("524901"); e == nil || e.Name != "Moscow" || len(e.AlternateNames()) != 3 {
		t.Fatalf("Get(524901) = %+v", e)
	}
	if g.Demonym("squarish") != "XA" {
		t.Fatal("demonym")
	}
	if w := g.WhereIs(50, 35); w.Country == nil || w.Country.Code != "XA" {
		t.Fatalf("WhereIs(50, 35) = %+v", w)
	}
	if w := g.WhereIs(50, 29.9); w.Country != nil {
		t.Fatalf("WhereIs(50, 29.9) = %+v", w)
	}
	// 50°N 35°E is 5° of longitude from the square's sides: about 358 km.
	d, err := g.DistanceToBorderKm(50, 35, "XA")
	if err != nil || math.Abs(d-358) > 5 {
		t.Fatalf("distance = %v, %v", d, err)
	}
	if _, err := g.DistanceToBorderKm(0, 0, "ZZ"); !errors.Is(err, ErrUnknownCountry) {
		t.Fatalf("unknown country: %v", err)
	}
}

func TestOpenBadFiles(t *testing.T) {
	good, err := os.ReadFile(buildSmall(t))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	flipped := append([]byte(nil), good...)
	flipped[len(flipped)/2] ^= 0xff
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not a gazetteer", []byte(strings.Repeat("x", 200))},
		{"truncated", good[:len(good)-100]},
		{"flipped byte", flipped},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_")+".bin")
			if err := os.WriteFile(p, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Open(p)
			if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), p) {
				t.Fatalf("Open = %v, want ErrCorrupt naming %s", err, p)
			}
		})
	}
	if _, err := Open(filepath.Join(dir, "missing.bin")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("Open(missing) = %v", err)
	}
}

// A build that fails on bad input leaves no gazetteer behind.
func TestBuildFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	npm := filepath.Join(dir, "npm")
	if err := os.MkdirAll(npm, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, p := range Packages {
		if err := os.WriteFile(filepath.Join(npm, p.Tarball()), []byte("not a tarball"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err := Build(context.Background(), BuildOptions{DataDir: dir})
	if err == nil || !strings.Contains(err.Error(), PkgAdmin.Tarball()) {
		t.Fatalf("Build = %v, want an error naming %s", err, PkgAdmin.Tarball())
	}
	left, _ := filepath.Glob(filepath.Join(dir, "gazetteer*"))
	if len(left) != 0 {
		t.Fatalf("left behind: %v", left)
	}
}
