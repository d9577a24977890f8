package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"

	"github.com/geowire/geowire/internal/api"
	"github.com/geowire/geowire/internal/export"
	"github.com/geowire/geowire/internal/store"
)

func init() {
	register(command{name: "export", summary: "write events as GeoJSON, ACLED-style CSV or JSONL", run: runExport})
}

const exportAbout = `
Writes every event matching the filters, streaming (constant memory however many):
  geojson  an RFC 7946 FeatureCollection, one Point Feature per event (opens in QGIS)
  csv      ACLED's columns where they map (event_date, event_type, actor1, country,
           admin1, location, latitude, longitude, geo_precision, notes, fatalities…),
           then geowire's own (plover_type, plover_mode, confidence, evidence, url…)
  jsonl    one complete event per line, with its cluster and source document
The filters are those of GET /api/v1/events.`

// exportFilters maps command flags to the API's query parameters, so that
// both validate alike.
var exportFilters = []struct{ flag, param, usage string }{
	{"from", "from", "events on or after `DATE` (YYYY-MM-DD)"},
	{"to", "to", "events on or before `DATE`"},
	{"bbox", "bbox", "bounding box `minLon,minLat,maxLon,maxLat`"},
	{"near", "near", "centre `lat,lon` of a radius search (with --radius-km)"},
	{"radius-km", "radius_km", "radius in `KM` around --near"},
	{"type", "type", "PLOVER `TYPES`, comma-separated"},
	{"mode", "mode", "PLOVER `MODES`, comma-separated"},
	{"actor", "actor", "actor or recipient name containing `TEXT`"},
	{"country", "country", "ISO alpha-2 `CODE` of the event's place"},
	{"admin1", "admin1", "GeoNames admin1 `CODE` (RU.20)"},
	{"source", "source", "source `NAME` of the documents"},
	{"q", "q", "`WORDS` the documents contain"},
	{"cluster", "cluster", "cluster `ID`"},
	{"sort", "sort", "`ORDER`: -date (newest first) or date"},
}

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export", "--format geojson|csv|jsonl [--db PATH] [filters] [--out FILE]", exportAbout)
	dbPath := fs.String("db", defaultDB(e), "SQLite database `PATH`")
	pgDSN := postgresFlag(fs)
	format := fs.String("format", "", "`FORMAT`: geojson, csv or jsonl (required)")
	out := fs.String("out", "", "write to `FILE` instead of standard output")
	all := fs.Bool("include-all", false, "also negated, hypothetical, future and historical events")
	vals := make([]*string, len(exportFilters))
	for i, f := range exportFilters {
		vals[i] = fs.String(f.flag, "", f.usage)
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, pos[0])
	}
	ff, err := export.ParseFormat(*format)
	if err != nil {
		return fmt.Errorf("%w: --format: %v", errUsage, err)
	}
	q := url.Values{}
	for i, f := range exportFilters {
		if v := strings.TrimSpace(*vals[i]); v != "" {
			q.Set(f.param, v)
		}
	}
	if *all {
		q.Set("include_all", "true")
	}
	filter, _, err := api.ParseEventQuery(q)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, strings.ReplaceAll(err.Error(), "api: bad request: ", ""))
	}
	db, err := openExistingStore(ctx, e, fs, *dbPath, *pgDSN, "")
	if err != nil {
		return err
	}
	defer db.Close()
	var w io.Writer = e.stdout
	var f *os.File
	if *out != "" {
		if f, err = os.Create(*out); err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	filter.Limit = 1000
	opt := export.Options{}
	if cr, ok := db.(store.ClaimsReader); ok {
		opt.Claims = cr.DocumentClaims
	}
	opt.ClusterSources = export.ClusterSourcesFrom(db)
	n, err := export.Write(ctx, w, ff, store.Events(ctx, db, filter), opt)
	if err != nil {
		return err
	}
	if f != nil {
		if err := f.Close(); err != nil {
			return err
		}
	}
	e.log.Debug("export done", "format", ff, "events", n)
	return nil
}
