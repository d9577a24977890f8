package gazetteer

import (
	"math"
	"sort"
)

// finish fills derived fields: admin1 names, priors, representative points,
// and the spatial index.
func (b *builder) finish() {
	for _, e := range b.entries {
		if e.a1 != "" {
			if a := b.admin1[e.a1]; a != nil {
				e.a1name = a.name
			} else {
				e.a1name = b.a1Names[e.a1]
			}
		}
		switch e.kind {
		case KindCountry:
			e.prior = log10p(e.pop) + 3
			if e.fcode == "TERR" {
				e.prior = log10p(e.pop) + 1
			}
		case KindAdmin1:
			e.prior = log10p(e.pop) - 0.3
		case KindAdmin2:
			e.prior = log10p(e.pop) - 0.5
		}
		if len(e.polys) > 0 && (e.kind == KindCountry || e.kind == KindAdmin1) && !e.gnPoint {
			// GeoNames puts a division's point near its geographic centre:
			// so does ours (see representativePoint).
			if p, ok := representativePoint(e.polys); ok {
				e.lat, e.lon = p.Lat, p.Lon
				if e.kind == KindCountry {
					p = countryPoint(p, e.factbook, e.polys)
					e.lat, e.lon = p.Lat, p.Lon
				}
			}
		}
	}
	for i, e := range b.entries {
		if len(e.polys) == 0 {
			continue
		}
		e.shapeFirst = uint32(len(b.sp.shapes))
		for _, p := range e.polys {
			if _, ok := b.sp.addShape(uint32(i), e.layer, p); ok {
				e.shapeN++
			}
		}
	}
	b.sp.buildGrid()
	// airfields without a region code: the admin1 holding them.
	for _, e := range b.entries {
		if e.kind == KindAirfield && e.a1 == "" {
			b.sp.query(e.lat, e.lon, func(s uint32) {
				sh := &b.sp.shapes[s]
				if sh.Layer == layerAdmin1 {
					if a := b.entries[sh.Owner]; a.cc == e.cc && a.a1 != "" {
						e.a1, e.a1name = a.a1, a.name
					}
				}
			})
		}
	}
}

// factbookMinKm is how far a country's Factbook point must lie from its
// polygon centre to replace it (see countryPoint).
const factbookMinKm = 250

// countryPoint is the rule for countries: the CIA World Factbook point
// (which GeoNames mostly uses) when it lies inside the country and more
// than factbookMinKm from the polygon centre, else the polygon centre.
// Where the two agree within that distance they differ by rounding and
// convention, and the centre is the closer to GeoNames for the countries
// whose GeoNames point is not the Factbook's (United States, Australia,
// Libya, DR Congo); where they disagree more, the country is concave,
// elongated or an archipelago (Russia, Chile, Indonesia, Malaysia, the
// Philippines, New Zealand, Canada) and the centroid of its largest
// polygon misrepresents it. Chosen by measurement among polygon centre,
// Factbook point, their midpoint and this rule at 150–300 km: see
// TestCountryPointRule and the package README.
func countryPoint(centre Point, factbook *Point, polys [][][]Point) Point {
	if factbook == nil || GeodesicKm(centre.Lat, centre.Lon, factbook.Lat, factbook.Lon) <= factbookMinKm {
		return centre
	}
	for _, p := range polys {
		if insideRings(p, *factbook) {
			return *factbook
		}
	}
	return centre
}

// representativePoint is the rule for countries, divisions and regions:
// the area centroid of the largest polygon, when it lies inside that
// polygon; else the midpoint of the widest inside span across the
// polygon's middle latitude. It was chosen by measuring the distance to
// GeoNames' own points (TestRepresentativePointRule).
func representativePoint(polys [][][]Point) (Point, bool) {
	best, bestA := -1, 0.0
	for i, p := range polys {
		if len(p) == 0 {
			continue
		}
		if a := math.Abs(ringArea(p[0])); a > bestA {
			best, bestA = i, a
		}
	}
	if best < 0 {
		return Point{}, false
	}
	p := polys[best]
	c, ok := centroid(p[0])
	if ok && insideRings(p, c) {
		return c, true
	}
	return innerPoint(p), true
}

// ringArea is the ring's area in squared degrees on the sinusoidal
// (equal-area) projection.
func ringArea(r []Point) float64 {
	if len(r) == 0 {
		return 0
	}
	lon0 := r[0].Lon
	a := 0.0
	for i := 0; i+1 < len(r); i++ {
		x0, y0 := sinusoidal(r[i], lon0)
		x1, y1 := sinusoidal(r[i+1], lon0)
		a += x0*y1 - x1*y0
	}
	return a / 2
}

func sinusoidal(p Point, lon0 float64) (float64, float64) {
	return (p.Lon - lon0) * math.Cos(p.Lat*math.Pi/180), p.Lat
}

// centroid is the area centroid of a ring on the sinusoidal projection
// centred on the ring's mean longitude.
func centroid(r []Point) (Point, bool) {
	if len(r) < 4 {
		return Point{}, false
	}
	lon0 := 0.0
	for _, p := range r {
		lon0 += p.Lon
	}
	lon0 /= float64(len(r))
	var a, cx, cy float64
	for i := 0; i+1 < len(r); i++ {
		x0, y0 := sinusoidal(r[i], lon0)
		x1, y1 := sinusoidal(r[i+1], lon0)
		c := x0*y1 - x1*y0
		a += c
		cx += (x0 + x1) * c
		cy += (y0 + y1) * c
	}
	if a == 0 {
		return Point{}, false
	}
	lat := cy / (3 * a)
	k := math.Cos(lat * math.Pi / 180)
	if k < 1e-9 {
		return Point{}, false
	}
	return Point{Lon: lon0 + cx/(3*a)/k, Lat: lat}, true
}

func insideRings(rings [][]Point, p Point) bool {
	in := false
	for _, r := range rings {
		for i := 0; i+1 < len(r); i++ {
			a, b := r[i], r[i+1]
			if (a.Lat > p.Lat) != (b.Lat > p.Lat) {
				x := a.Lon + (p.Lat-a.Lat)*(b.Lon-a.Lon)/(b.Lat-a.Lat)
				if x > p.Lon {
					in = !in
				}
			}
		}
	}
	return in
}

// innerPoint is the midpoint of the widest inside span along the latitude
// halfway between the polygon's extremes.
func innerPoint(rings [][]Point) Point {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range rings[0] {
		lo, hi = min(lo, p.Lat), max(hi, p.Lat)
	}
	y := (lo + hi) / 2
	var xs []float64
	for _, r := range rings {
		for i := 0; i+1 < len(r); i++ {
			a, b := r[i], r[i+1]
			if (a.Lat > y) != (b.Lat > y) {
				xs = append(xs, a.Lon+(y-a.Lat)*(b.Lon-a.Lon)/(b.Lat-a.Lat))
			}
		}
	}
	sort.Float64s(xs)
	best := Point{Lon: rings[0][0].Lon, Lat: rings[0][0].Lat}
	w := -1.0
	for i := 0; i+1 < len(xs); i += 2 {
		if xs[i+1]-xs[i] > w {
			w = xs[i+1] - xs[i]
			best = Point{Lon: (xs[i] + xs[i+1]) / 2, Lat: y}
		}
	}
	return best
}
