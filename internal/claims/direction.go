package claims

import (
	"fmt"
	"math"

	"github.com/geowire/geowire/internal/model"
)

// compass maps a direction word to its bearing in degrees clockwise from
// true north.
var compass = map[string]float64{
	"north": 0, "northeast": 45, "east": 90, "southeast": 135,
	"south": 180, "southwest": 225, "west": 270, "northwest": 315,
}

// sectorNames are the eight compass sectors, 45° wide, from north.
var sectorNames = [8]string{"north", "northeast", "east", "southeast", "south", "southwest", "west", "northwest"}

// Direction tolerances. A stated direction names a 45° sector; a bearing
// within DirectionSupportedDeg of its centre (the sector and half of each
// neighbour) supports it, one within DirectionLooseDeg is loose, anything
// further contradicts it.
const (
	DirectionSupportedDeg = 45.0
	DirectionLooseDeg     = 67.5
)

// compassAt reads a direction at token i: "north", "north-east",
// "northeast", "north east". It returns the word, its bearing and the
// index after it.
func compassAt(toks []tok, i int) (string, float64, int, bool) {
	if i >= len(toks) {
		return "", 0, i, false
	}
	w := toks[i].low
	if w == "north" || w == "south" {
		k := i + 1
		if k < len(toks) && isDash(toks[k]) && !toks[k].space {
			k++
		}
		if k < len(toks) && (toks[k].low == "east" || toks[k].low == "west") && k > i {
			name := w + toks[k].low
			return name, compass[name], k + 1, true
		}
	}
	if b, ok := compass[w]; ok {
		return w, b, i + 1, true
	}
	return "", 0, i, false
}

// initialBearing is the initial bearing in degrees (0–360, clockwise from
// north) of the great circle from point 1 to point 2. On the ellipsoid the
// bearing differs by well under a degree, far inside the tolerances above.
func initialBearing(lat1, lon1, lat2, lon2 float64) float64 {
	φ1, φ2 := lat1*math.Pi/180, lat2*math.Pi/180
	Δλ := (lon2 - lon1) * math.Pi / 180
	y := math.Sin(Δλ) * math.Cos(φ2)
	x := math.Cos(φ1)*math.Sin(φ2) - math.Sin(φ1)*math.Cos(φ2)*math.Cos(Δλ)
	b := math.Atan2(y, x) * 180 / math.Pi
	return math.Mod(b+360, 360)
}

// sectorOf names the eight-point compass sector of a bearing.
func sectorOf(b float64) string {
	return sectorNames[int(math.Mod(b+22.5, 360)/45)%8]
}

// angleDiff is the absolute difference of two bearings, 0–180.
func angleDiff(a, b float64) float64 {
	d := math.Abs(math.Mod(a-b, 360))
	if d > 180 {
		d = 360 - d
	}
	return d
}

// checkBearing judges a stated direction of subject from anchor.
func (c *checker) checkBearing(cl *model.Claim, f *found, subj, anc *model.Place) {
	d := geodesic(subj, anc)
	b := initialBearing(anc.Lat, anc.Lon, subj.Lat, subj.Lon)
	cl.Stated["direction"] = f.dir
	cl.Stated["bearing_deg"] = f.bearing
	cl.Measured["bearing_deg"] = round1(b)
	cl.Measured["direction"] = sectorOf(b)
	if _, ok := cl.Measured["distance_km"]; !ok {
		cl.Measured["distance_km"] = round1(d)
	}
	if d < 1 {
		cl.Verdict, cl.Reason = model.VerdictUnverifiable, "the two places are less than 1 km apart: no direction to measure"
		return
	}
	diff := angleDiff(b, f.bearing)
	cl.Measured["off_by_deg"] = round1(diff)
	what := fmt.Sprintf("%s lies %s of %s (bearing %.0f°)", subj.Name, sectorOf(b), anc.Name, b)
	switch {
	case diff <= DirectionSupportedDeg:
		cl.Verdict, cl.Reason = model.VerdictSupported, what
	case diff <= DirectionLooseDeg:
		cl.Verdict, cl.Reason = model.VerdictLoose, fmt.Sprintf("%s, %.0f° off %s", what, diff, f.dir)
	default:
		cl.Verdict, cl.Reason = model.VerdictContradicted, fmt.Sprintf("%s, not %s (%.0f° off)", what, f.dir, diff)
	}
}
