package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"strings"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

func rows(n int) iter.Seq2[store.EventRow, error] {
	return func(yield func(store.EventRow, error) bool) {
		pub := time.Date(2025, 6, 4, 9, 30, 0, 0, time.UTC)
		for i := range n {
			f := i
			gid := int64(703448)
			r := store.EventRow{
				Event: model.Event{
					ID: fmt.Sprintf("ev%d", i), DocumentID: "doc_1", Type: model.EventAssault, Mode: "aerial",
					ACLEDEventType: "Explosions/Remote violence", ACLEDSubEventType: "Air/drone strike",
					Actor:     &model.Actor{Name: "=HYPERLINK(\"http://evil\")", Sector: model.SectorMilitary},
					Recipient: &model.Actor{Name: "Civilians", Sector: model.SectorCivilians},
					Location:  &model.EventLocation{Name: "Kyiv", Lat: 50.45, Lon: 30.52, GeonameID: &gid, CountryCode: "UA", Admin1: "UA.12", Precision: 1},
					Date:      "2025-06-01", DatePrecision: 1, Fatalities: &f, Confidence: 0.75,
					Aux:      model.Aux{Alleged: true},
					Evidence: map[string]model.Evidence{"trigger": {Start: 10, End: 15}, "actor": {Start: 0, End: 7}},
				},
				Ref: store.EventRef{ClusterID: "c1", Document: store.DocumentRef{ID: "doc_1", Source: "Test Wire", URL: "https://example.org/1", Title: "A <b>title</b>", Published: &pub}},
			}
			if i == 1 {
				r.Event.Location = nil
			}
			if !yield(r, nil) {
				return
			}
		}
	}
}

func TestGeoJSON(t *testing.T) {
	var b bytes.Buffer
	n, err := Write(context.Background(), &b, GeoJSON, rows(3), Options{})
	if err != nil || n != 3 {
		t.Fatalf("Write = %d, %v", n, err)
	}
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Type     string `json:"type"`
			ID       string `json:"id"`
			Geometry *struct {
				Type        string    `json:"type"`
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(b.Bytes(), &fc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b.String())
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 3 {
		t.Fatalf("collection: %+v", fc)
	}
	f := fc.Features[0]
	if f.Type != "Feature" || f.Geometry == nil || f.Geometry.Type != "Point" || f.Geometry.Coordinates[0] != 30.52 || f.Geometry.Coordinates[1] != 50.45 {
		t.Fatalf("feature 0 geometry (want [lon, lat]): %+v", f.Geometry)
	}
	if fc.Features[1].Geometry != nil {
		t.Fatalf("an event without a place must have a null geometry")
	}
	p := f.Properties
	if p["type"] != "ASSAULT" || p["cluster"] != "c1" || p["tags"] != "alleged" || p["evidence"] != "actor:0-7;trigger:10-15" {
		t.Fatalf("properties: %v", p)
	}
	if src, _ := p["sources"].([]any); len(src) != 1 {
		t.Fatalf("sources: %v", p["sources"])
	}
	if strings.Contains(b.String(), "<b>") {
		t.Fatalf("HTML not escaped in JSON output")
	}
}

func TestCSV(t *testing.T) {
	var b bytes.Buffer
	if _, err := Write(context.Background(), &b, CSV, rows(2), Options{}); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(recs) != 3 {
		t.Fatalf("csv: %d records, %v", len(recs), err)
	}
	get := func(row int, col string) string { return recs[row][colIndex[col]] }
	for _, c := range []string{"event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"} {
		if _, ok := colIndex[c]; !ok || recs[0][colIndex[c]] != c {
			t.Fatalf("header lacks %s: %v", c, recs[0])
		}
	}
	tests := map[string]string{
		"event_date": "2025-06-01", "year": "2025", "disorder_type": "Political violence", "country": "Ukraine", "iso": "804",
		"admin1": "Kiev City", "admin1_code": "UA.12", "latitude": "50.4500", "longitude": "30.5200", "geo_precision": "1", "fatalities": "0",
		"civilian_targeting": "Civilian targeting", "interaction": "State forces-Civilians", "source": "Test Wire",
		"actor1": `'=HYPERLINK("http://evil")`, "plover_type": "ASSAULT", "timestamp": "1749029400",
	}
	for col, want := range tests {
		if got := get(1, col); got != want {
			t.Errorf("%s = %q, want %q", col, got, want)
		}
	}
	if get(2, "latitude") != "" {
		t.Errorf("event without place has latitude %q", get(2, "latitude"))
	}
}

func TestJSONL(t *testing.T) {
	var b bytes.Buffer
	if _, err := Write(context.Background(), &b, JSONL, rows(4), Options{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines", len(lines))
	}
	var r Record
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil || r.ID != "ev0" || r.Source.URL != "https://example.org/1" || r.Evidence["trigger"].End != 15 || r.Cluster != "c1" {
		t.Fatalf("line 0: %+v, %v", r, err)
	}
}

func TestErrors(t *testing.T) {
	if _, err := ParseFormat("xml"); !errors.Is(err, ErrFormat) {
		t.Fatalf("ParseFormat(xml) err = %v", err)
	}
	boom := errors.New("boom")
	failing := func(yield func(store.EventRow, error) bool) { yield(store.EventRow{}, boom) }
	if _, err := Write(context.Background(), &bytes.Buffer{}, CSV, failing, Options{}); !errors.Is(err, boom) {
		t.Fatalf("iterator error not returned: %v", err)
	}
}

func BenchmarkExport(b *testing.B) {
	for _, f := range []Format{GeoJSON, CSV, JSONL} {
		b.Run(string(f), func(b *testing.B) {
			for b.Loop() {
				if _, err := Write(context.Background(), discard{}, f, rows(1000), Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
