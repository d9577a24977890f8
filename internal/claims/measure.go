package claims

import (
	"errors"
	"fmt"
	"math"

	"github.com/geowire/geowire/internal/gazetteer"
	"github.com/geowire/geowire/internal/model"
)

// geodesic is the WGS 84 distance in km between two places' points.
func geodesic(a, b *model.Place) float64 { return gazetteer.GeodesicKm(a.Lat, a.Lon, b.Lat, b.Lon) }

// measure returns the distance in km from the subject to what the claim
// measures from, a description of that, and the extra slack the anchor
// allows (a town's radius).
//
//   - a town, base or other point: the geodesic between the two points;
//   - a country named as a place ("200 km from Russia") or a territory:
//     the geodesic to the nearest point of its outline;
//   - one country's border: the same;
//   - two countries' border ("the Russia-Ukraine border"): for a subject in
//     one of them, the distance to the other's outline, whose nearest part
//     is their shared border; otherwise the farther of the two outlines;
//   - "the border" unnamed: the nearest foreign border (see rankBorders);
//   - an area (province, region): its representative point, said so.
func (c *checker) measure(cl *model.Claim, f *found, subj, anc *model.Place) (float64, string, float64, error) {
	a := &f.anchor
	switch a.kind {
	case anchorPlace:
		if isCountry(anc) {
			d, err := c.border(subj, anc.CountryCode)
			return d, "the nearest point of " + anc.Name, 0, err
		}
		e := c.g.Get(anc.GazetteerID)
		if isArea(anc) {
			return geodesic(subj, anc), anc.Name + " (its representative point: the text does not say which part)", 0, nil
		}
		return geodesic(subj, anc), anc.Name, cityRadiusKm(e), nil
	case anchorBorder, anchorTerritory:
		if len(a.countries) == 2 {
			return c.sharedBorder(subj, a.countries[0], a.countries[1])
		}
		d, err := c.border(subj, a.countries[0])
		return d, "the border of " + countryName(c.g, a.countries[0]), 0, err
	case anchorUnnamedBorder:
		ranks := c.rankBorders(subj, "")
		if len(ranks) == 0 {
			return 0, "", 0, errors.New("no border near the subject to measure to")
		}
		n := ranks[0]
		if e := c.g.Country(n.Code); e != nil {
			cl.Places = append(cl.Places, placeOfEntry(e, a.span, false))
		}
		cl.Measured["border_of"] = n.Code
		return n.Km, fmt.Sprintf("the nearest foreign border, %s's (the text does not say whose)", n.Name), 0, nil
	}
	return 0, "", 0, errors.New("nothing to measure from")
}

// border is the distance from the subject to a country's outline.
func (c *checker) border(subj *model.Place, code string) (float64, error) {
	d, err := c.g.DistanceToBorderKm(subj.Lat, subj.Lon, code)
	if err != nil {
		return 0, fmt.Errorf("no outline for country %q", code)
	}
	return d, nil
}

// sharedBorder measures to the border two countries share.
func (c *checker) sharedBorder(subj *model.Place, a, b string) (float64, string, float64, error) {
	what := fmt.Sprintf("the %s–%s border", countryName(c.g, a), countryName(c.g, b))
	da, err := c.border(subj, a)
	if err != nil {
		return 0, "", 0, err
	}
	db, err := c.border(subj, b)
	if err != nil {
		return 0, "", 0, err
	}
	home := ""
	if e := c.g.CountryAt(subj.Lat, subj.Lon); e != nil {
		home = e.CountryCode
	}
	switch home {
	case a:
		return db, what, 0, nil
	case b:
		return da, what, 0, nil
	}
	return math.Max(da, db), what, 0, nil
}
