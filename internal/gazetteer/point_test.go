package gazetteer

import (
	"math"
	"sort"
	"testing"
)

// geonamesCountryPoints are GeoNames' own points for some countries
// (allCountries.txt, PCLI rows): near each country's geographic centre.
var geonamesCountryPoints = map[string][2]float64{
	"RU": {60, 100}, "UA": {49, 32}, "CN": {35, 105}, "US": {39.76, -98.5}, "FR": {46, 2},
	"DE": {51.5, 10.5}, "IN": {22, 79}, "BR": {-10, -55}, "AU": {-25, 135}, "MN": {46, 105},
	"PL": {52, 20}, "LT": {56, 24}, "IL": {31.5, 34.75}, "IR": {32, 53}, "SY": {35, 38},
	"NO": {62, 10}, "KZ": {48, 68}, "BY": {53, 28}, "TR": {39, 35}, "EG": {27, 30},
	"AR": {-34, -64}, "CL": {-30, -71}, "ES": {40, -4}, "IT": {42.83333, 12.83333},
	"GB": {54.75844, -2.69531}, "CA": {60.10867, -113.64258}, "ID": {-5, 120},
}

// TestRepresentativePointRule measures the candidate rules for a country's
// point against GeoNames' points: the rule in representativePoint must do
// at least as well as Natural Earth's label point.
func TestRepresentativePointRule(t *testing.T) {
	if testing.Short() {
		t.Skip("reads Natural Earth")
	}
	fs, err := naturalEarthCountries()
	if err != nil {
		t.Fatal(err)
	}
	var label, centre []float64
	for i := range fs {
		f := &fs[i]
		ref, ok := geonamesCountryPoints[f.str("ISO_A2_EH")]
		typ := f.str("TYPE")
		if !ok || f.str("ISO_A2_EH") != f.str("ISO_A2") && !(f.str("ISO_A2") == "" && (typ == "Country" || typ == "Sovereign country")) {
			continue
		}
		lp := Point{Lon: numOr(f, "LABEL_X"), Lat: numOr(f, "LABEL_Y")}
		cp, _ := representativePoint(f.Polygons)
		dl := GeodesicKm(ref[0], ref[1], lp.Lat, lp.Lon)
		dc := GeodesicKm(ref[0], ref[1], cp.Lat, cp.Lon)
		label, centre = append(label, dl), append(centre, dc)
		t.Logf("%s: label point %.0f km, polygon centre %.0f km from GeoNames", f.str("ISO_A2_EH"), dl, dc)
	}
	ml, mc := median(label), median(centre)
	t.Logf("median distance to GeoNames' point over %d countries: label point %.0f km, polygon centre %.0f km (means %.0f, %.0f)",
		len(label), ml, mc, mean(label), mean(centre))
	if mc > ml*1.1 {
		t.Errorf("the polygon centre rule (%.0f km) is worse than the label point (%.0f km)", mc, ml)
	}
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return math.NaN()
	}
	return s[len(s)/2]
}

func mean(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t / float64(len(xs))
}

// TestCountryPoint checks the three branches of the country rule.
func TestCountryPoint(t *testing.T) {
	square := [][][]Point{{{{Lon: 0, Lat: 0}, {Lon: 10, Lat: 0}, {Lon: 10, Lat: 10}, {Lon: 0, Lat: 10}, {Lon: 0, Lat: 0}}}}
	centre := Point{Lon: 5, Lat: 5}
	cases := []struct {
		name     string
		factbook *Point
		want     Point
	}{
		{"no factbook point", nil, centre},
		{"near the centre", &Point{Lon: 6, Lat: 5}, centre},
		{"far and inside", &Point{Lon: 8, Lat: 8}, Point{Lon: 8, Lat: 8}},
		{"far and outside", &Point{Lon: 20, Lat: 5}, centre},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := countryPoint(centre, c.factbook, square); got != c.want {
				t.Errorf("countryPoint = %v, want %v", got, c.want)
			}
		})
	}
}

// TestCountryPointRule measures the built gazetteer's country points (the
// rule in countryPoint) against GeoNames' points: they must be within
// 161 km at least as often as the polygon centres, and closer on average.
func TestCountryPointRule(t *testing.T) {
	if testing.Short() {
		t.Skip("reads Natural Earth and the real gazetteer")
	}
	g := mustReal(t)
	fs, err := naturalEarthCountries()
	if err != nil {
		t.Fatal(err)
	}
	var rule, centre []float64
	for i := range fs {
		f := &fs[i]
		cc := f.str("ISO_A2_EH")
		ref, ok := geonamesCountryPoints[cc]
		if !ok || f.str("ISO_A2") != cc {
			continue
		}
		e := g.Get("country:" + cc)
		if e == nil {
			t.Fatalf("no country:%s", cc)
		}
		cp, _ := representativePoint(f.Polygons)
		dr := GeodesicKm(ref[0], ref[1], e.Lat, e.Lon)
		dc := GeodesicKm(ref[0], ref[1], cp.Lat, cp.Lon)
		rule, centre = append(rule, dr), append(centre, dc)
		t.Logf("%s: rule %.0f km, polygon centre %.0f km from GeoNames", cc, dr, dc)
	}
	within := func(xs []float64) (n int) {
		for _, x := range xs {
			if x <= 161 {
				n++
			}
		}
		return n
	}
	t.Logf("over %d countries: rule median %.0f km, mean %.0f, %d within 161 km; polygon centre median %.0f, mean %.0f, %d within 161 km",
		len(rule), median(rule), mean(rule), within(rule), median(centre), mean(centre), within(centre))
	if within(rule) < within(centre) || mean(rule) > mean(centre) {
		t.Errorf("the country rule does worse than the polygon centre")
	}
}
