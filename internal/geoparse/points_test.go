package geoparse

import "testing"

// TestCountryPoints: large countries are reported at GeoNames' point, which
// news corpora use, not at a polygon centre hundreds of km away; small
// shifts are left alone.
func TestCountryPoints(t *testing.T) {
	p := mustParser(t)
	ps := mustParse(t, p, "Trade between Canada, China and Japan grew, while France held steady.")
	for _, c := range []struct {
		name     string
		lat, lon float64
	}{{"Canada", 60.10867, -113.64258}, {"China", 35, 105}, {"Japan", 35.68536, 139.75309}} {
		pl := placeNamed(ps, c.name)
		if pl == nil {
			t.Errorf("no %s in %v", c.name, names(ps))
			continue
		}
		if km := haversineKm(pl.Lat, pl.Lon, c.lat, c.lon); km > 1 {
			t.Errorf("%s at %.2f,%.2f: %.0f km from GeoNames' point", c.name, pl.Lat, pl.Lon, km)
		}
	}
	fr := p.g.Country("FR")
	if lat, lon := pointOf(fr); lat != fr.Lat || lon != fr.Lon {
		t.Errorf("France moved to %.2f,%.2f although its point is near GeoNames'", lat, lon)
	}
	if lat, lon := pointOf(p.g.Country("CA")); lat != 60.10867 || lon != -113.64258 {
		t.Errorf("pointOf(Canada) = %.5f,%.5f", lat, lon)
	}
}

// TestAdmin1Points: a division with a GeoNames point here is reported
// there; one without keeps the gazetteer's point.
func TestAdmin1Points(t *testing.T) {
	p := mustParser(t)
	ps := mustParse(t, p, "Surfers left Hawaii for Newfoundland and Labrador.")
	for _, c := range []struct {
		name     string
		lat, lon float64
	}{{"Hawaii", 20.75028, -156.50028}, {"Newfoundland and Labrador", 52, -56}} {
		pl := placeNamed(ps, c.name)
		if pl == nil {
			t.Errorf("no %s in %v", c.name, names(ps))
			continue
		}
		if km := haversineKm(pl.Lat, pl.Lon, c.lat, c.lon); km > 1 {
			t.Errorf("%s at %.2f,%.2f: %.0f km from GeoNames' point", c.name, pl.Lat, pl.Lon, km)
		}
	}
	ab := p.g.Admin1("CA.01") // Alberta: no GeoNames point in the table
	if lat, lon := pointOf(ab); lat != ab.Lat || lon != ab.Lon {
		t.Errorf("Alberta moved to %.2f,%.2f", lat, lon)
	}
}
