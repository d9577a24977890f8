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
