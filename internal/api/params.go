package api

import (
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// eventParams are the query parameters of GET /api/v1/events.
var eventParams = []string{"from", "to", "bbox", "near", "radius_km", "type", "mode", "actor", "country", "admin1",
	"source", "q", "cluster", "document", "include_all", "sort", "cursor", "limit", "format"}

// ParseEventQuery turns the query of GET /api/v1/events into a filter and
// a format ("json" when not given). Unknown parameters and malformed
// values are errors wrapping errBadRequest.
func ParseEventQuery(q url.Values) (store.EventFilter, string, error) {
	var f store.EventFilter
	bad := func(format string, a ...any) (store.EventFilter, string, error) {
		return store.EventFilter{}, "", fmt.Errorf("%w: "+format, append([]any{errBadRequest}, a...)...)
	}
	for k, vs := range q {
		if !slices.Contains(eventParams, k) {
			return bad("unknown parameter %q (known: %s)", k, strings.Join(eventParams, ", "))
		}
		if len(vs) > 1 && k != "type" && k != "mode" {
			return bad("parameter %q given %d times", k, len(vs))
		}
		for _, v := range vs {
			if len(v) > 1000 {
				return bad("parameter %q is too long", k)
			}
		}
	}
	for _, k := range []string{"from", "to"} {
		v := q.Get(k)
		if v == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", v); err != nil {
			return bad("%s=%q: want a date YYYY-MM-DD", k, v)
		}
	}
	f.From, f.To = q.Get("from"), q.Get("to")
	if v := q.Get("bbox"); v != "" {
		b, err := floats(v, 4)
		if err != nil || b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90 || b[0] > b[2] || b[1] > b[3] {
			return bad("bbox=%q: want minLon,minLat,maxLon,maxLat in degrees", v)
		}
		f.BBox = &[4]float64{b[0], b[1], b[2], b[3]}
	}
	if v := q.Get("near"); v != "" {
		p, err := floats(v, 2)
		if err != nil || p[0] < -90 || p[0] > 90 || p[1] < -180 || p[1] > 180 {
			return bad("near=%q: want lat,lon in degrees", v)
		}
		r, err := strconv.ParseFloat(q.Get("radius_km"), 64)
		if err != nil || !(r > 0) || r > 20040 {
			return bad("radius_km=%q: near needs a radius in km, above 0 and at most 20040", q.Get("radius_km"))
		}
		f.Near = &store.Circle{Lat: p[0], Lon: p[1], RadiusKm: r}
	} else if q.Has("radius_km") {
		return bad("radius_km needs near=lat,lon")
	}
	for _, v := range list(q["type"]) {
		t := strings.ToUpper(v)
		if !slices.Contains(model.PLOVERTypes, t) {
			return bad("type=%q: not a PLOVER type (%s)", v, strings.Join(model.PLOVERTypes, ", "))
		}
		f.Types = append(f.Types, t)
	}
	f.Modes = list(q["mode"])
	f.Actor = strings.TrimSpace(q.Get("actor"))
	if v := q.Get("country"); v != "" {
		if len(v) != 2 || !isLetters(v) {
			return bad("country=%q: want an ISO 3166-1 alpha-2 code", v)
		}
		f.Country = strings.ToUpper(v)
	}
	f.Admin1 = q.Get("admin1")
	f.Source = q.Get("source")
	f.Text = strings.TrimSpace(q.Get("q"))
	f.ClusterID = q.Get("cluster")
	f.DocumentID = q.Get("document")
	if v := q.Get("include_all"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return bad("include_all=%q: want true or false", v)
		}
		f.IncludeAll = b
	}
	switch v := q.Get("sort"); v {
	case "", store.OrderNewest, store.OrderOldest:
		f.Order = v
	default:
		return bad("sort=%q: want %q (newest first) or %q", v, store.OrderNewest, store.OrderOldest)
	}
	f.After = q.Get("cursor")
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1000 {
			return bad("limit=%q: want 1 to 1000", v)
		}
		f.Limit = n
	}
	format := q.Get("format")
	switch format {
	case "":
		format = "json"
	case "json", "geojson", "csv", "jsonl":
	default:
		return bad("format=%q: want json, geojson, csv or jsonl", format)
	}
	return f, format, nil
}

// list splits comma-separated values and drops empty ones.
func list(vs []string) []string {
	var out []string
	for _, v := range vs {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

func floats(s string, n int) ([]float64, error) {
	parts := strings.Split(s, ",")
	if len(parts) != n {
		return nil, fmt.Errorf("want %d numbers", n)
	}
	out := make([]float64, n)
	for i, p := range parts {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("bad number %q", p)
		}
		out[i] = v
	}
	return out, nil
}

func isLetters(s string) bool {
	for _, c := range s {
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}
