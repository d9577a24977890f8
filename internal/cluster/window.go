package cluster

import (
	"math"
	"time"

	"github.com/geowire/geowire/internal/model"
)

// Clusterable reports whether e can join a cluster: it is reported as
// having happened and has a type, a location and a date. Other events stay
// out of clusters.
func Clusterable(e model.Event) bool {
	if !e.Aux.Asserted() || e.Type == "" || e.Location == nil {
		return false
	}
	_, err := parseDate(e.Date)
	return err == nil
}

// Window returns where and when to look for stored events that may report
// the same event as e: a bounding box [minLon, minLat, maxLon, maxLat] and
// an inclusive date range (YYYY-MM-DD), for store.EventFilter's BBox, From
// and To (with Types(e) as its Types).
//
// The box reaches opts.RegionKm from e's location in every direction,
// because a report that names only the region matches e by admin1 however
// far its point lies; it is clamped at the poles and at ±180° (candidates
// across the antimeridian are missed). The range covers the week on either
// side of e's date and the whole of its month up to that date, where a
// report dated only to the month sits (its first day); for a month-dated e,
// the whole month. Without a location the box is the world; without a
// date, from and to are "" (no bound): see Clusterable.
func Window(e model.Event, opts Options) (bbox [4]float64, from, to string) {
	opts = opts.withDefaults()
	bbox = [4]float64{-180, -90, 180, 90}
	if l := e.Location; l != nil {
		dLat := opts.RegionKm / (earthRadiusKm * math.Pi / 180)
		minLat, maxLat := max(l.Lat-dLat, -90), min(l.Lat+dLat, 90)
		bbox[1], bbox[3] = minLat, maxLat
		// The widest longitude span is at the latitude furthest from the
		// equator.
		c := math.Cos(max(math.Abs(minLat), math.Abs(maxLat)) * math.Pi / 180)
		if c > 1e-6 {
			if dLon := dLat / c; dLon < 180 {
				bbox[0], bbox[2] = max(l.Lon-dLon, -180), min(l.Lon+dLon, 180)
			}
		}
	}
	d, err := parseDate(e.Date)
	if err != nil {
		return bbox, "", ""
	}
	week := time.Duration(opts.WeekWindow) * 24 * time.Hour
	first := time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
	start, end := d.Add(-week), d.Add(week)
	start = minTime(start, first)
	if precision(e.DatePrecision) == 3 {
		end = maxTime(end, first.AddDate(0, 1, -1))
	}
	return bbox, start.Format(time.DateOnly), end.Format(time.DateOnly)
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
