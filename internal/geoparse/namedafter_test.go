package geoparse

import "testing"

// TestNamedAfterPlace: a body, a company or a building the gazetteer
// lacks, named after a country, a division or a city, lies there rather
// than at the story's own town; a company named after its city tells
// where the story is set; an embassy lies in the city its name ends in,
// not in the country that owns it; a school abroad that borrows a
// city's name stays in the story's town.
func TestNamedAfterPlace(t *testing.T) {
	p := mustParser(t)
	checkResolved(t, p, []resolveCase{
		{text: "The Bank of Canada kept rates on hold, and traders in Denver shrugged.",
			spans: []string{"Bank of Canada", "Denver"}, name: "Bank of Canada", cc: "CA"},
		{text: "Researchers at Kansas State University and doctors in Denver reported the finding.",
			spans: []string{"Kansas State University", "Denver"}, name: "Kansas State University", a1: "US.KS"},
		{text: "The French pianist, raised in Cork, now studies at the Paris Conservatory Concert Hall.",
			spans: []string{"French", "Cork", "Paris Conservatory Concert Hall"}, name: "Paris Conservatory Concert Hall", cc: "FR"},
		{text: "American officials at the US Treasury Department met bankers in Zurich.",
			spans: []string{"American", "US Treasury Department", "Zurich"}, name: "US Treasury Department", cc: "US"},
		{text: "In Pennsylvania, the lane was renamed Lancaster in 1850. Workers of the Pittsburgh Water Company Pump House lived on Carson Street.",
			spans: []string{"Pennsylvania", "Lancaster", "Pittsburgh Water Company Pump House", "Carson Street"}, name: "Carson Street", id: "geonames:5206379"},
		{text: "Staff of the French Embassy Ottawa said visas would resume soon; Canadian officials agreed.",
			spans: []string{"French Embassy Ottawa", "Canadian"}, name: "French Embassy Ottawa", id: "geonames:6094817"},
		{text: "Pupils of the Leeds Grammar School visited the pyramids near Cairo, Egypt, with British teachers.",
			spans: []string{"Leeds Grammar School", "Cairo", "Egypt", "British"}, name: "Leeds Grammar School", cc: "EG"},
	})
}
