package claims

import (
	"math"
	"strings"

	"github.com/geowire/geowire/internal/gazetteer"
	"github.com/geowire/geowire/internal/model"
)

// isCountry reports whether a resolved place is a country or territory.
func isCountry(p *model.Place) bool {
	return strings.HasPrefix(p.GazetteerID, "country:") || strings.HasPrefix(p.FeatureCode, "PCL") || p.FeatureCode == "TERR"
}

// areaCodes are GeoNames feature codes of places that are areas, not points.
var areaCodes = map[string]bool{
	"RGN": true, "RGNE": true, "CONT": true, "SEA": true, "OCN": true, "GULF": true, "BAY": true,
	"STRT": true, "PEN": true, "ISLS": true, "DSRT": true, "MTS": true, "ZN": true, "DISP": true,
	"PLN": true, "PLAT": true, "BSN": true, "STM": true,
}

// isArea reports whether a resolved place is an area (a country, a
// division, a region, a sea) rather than a point (a town, an airfield).
func isArea(p *model.Place) bool {
	if isCountry(p) || areaCodes[p.FeatureCode] || strings.HasPrefix(p.FeatureCode, "ADM") {
		return true
	}
	for _, pre := range []string{"region:", "admin1:", "admin2:", "ne:"} {
		if strings.HasPrefix(p.GazetteerID, pre) {
			return true
		}
	}
	return false
}

// isAirfield reports whether a resolved place is an airport or air base.
func isAirfield(p *model.Place) bool {
	return strings.HasPrefix(p.GazetteerID, "ourairports:") || strings.HasPrefix(p.FeatureCode, "AIR")
}

// isSettlement reports whether a resolved place is a populated place.
func isSettlement(p *model.Place) bool { return strings.HasPrefix(p.FeatureCode, "PPL") }

// placeOfEntry makes a model.Place for a gazetteer entry the text names
// only indirectly (a demonym: "the Ukrainian border"), spanning span.
func placeOfEntry(e *gazetteer.Entry, span model.Span, adjective bool) model.Place {
	p := model.Place{
		Start: span.Start, End: span.End, Name: e.Name, GazetteerID: e.ID,
		Lat: e.Lat, Lon: e.Lon, FeatureCode: e.FeatureCode, CountryCode: e.CountryCode,
		Admin1: e.Admin1Code, Confidence: 1, Adjective: adjective,
	}
	if e.GeonameID != 0 {
		id := int64(e.GeonameID)
		p.GeonameID = &id
	}
	return p
}

// cityRadiusKm estimates a settlement's radius from its population (a disc
// at 3,000 people per km², capped at 25 km): the slack allowed when a claim
// may measure to the edge of a town rather than its centre.
func cityRadiusKm(e *gazetteer.Entry) float64 {
	if e == nil || e.Kind != gazetteer.KindPlace || e.Population <= 0 {
		return 0
	}
	r := math.Sqrt(float64(e.Population) / 3000 / 3.141592653589793)
	return min(r, 25)
}

// isAdmin1 reports whether a resolved place is a first-order division.
func isAdmin1(p *model.Place) bool {
	return p.FeatureCode == "ADM1" || strings.HasPrefix(p.GazetteerID, "admin1:")
}
