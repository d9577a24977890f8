package gazetteer

import (
	"archive/zip"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestLoadDump(t *testing.T) {
	b := newBuilder(nil)
	if err := b.loadDump("testdata/places.tsv", "testdata/altnames.tsv"); err != nil {
		t.Fatal(err)
	}
	m := b.byGID[524901]
	if m == nil || !slices.Contains(m.alts, "Москва") || slices.Contains(m.alts, "https://en.wikipedia.org/wiki/Moscow") {
		t.Fatalf("Moscow = %+v", m)
	}
	if len(b.entries) != 3 {
		t.Fatalf("%d entries", len(b.entries))
	}
}

func TestLoadDumpZip(t *testing.T) {
	zpath := filepath.Join(t.TempDir(), "allCountries.zip")
	f, err := os.Create(zpath)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	w, _ := zw.Create("allCountries.txt")
	data, _ := os.ReadFile("testdata/places.tsv")
	w.Write(data)
	zw.Close()
	f.Close()
	b := newBuilder(nil)
	if err := b.loadDump(zpath, ""); err != nil {
		t.Fatal(err)
	}
	if b.byGID[2014022] == nil {
		t.Fatal("Usolye-Sibirskoye missing")
	}
}

func TestLoadDumpTruncated(t *testing.T) {
	b := newBuilder(nil)
	err := b.loadDump("testdata/truncated.tsv", "")
	if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), "testdata/truncated.tsv:2") {
		t.Fatalf("err = %v", err)
	}
}
