package geoparse

import "testing"

// TestStrayDivision: a name the gazetteer knows only as a tiny division
// of an island abroad, in a story set in a town, is a local name the
// gazetteer lacks: it takes the story's town.
func TestStrayDivision(t *testing.T) {
	p := mustParser(t)
	checkResolved(t, p, []resolveCase{
		{text: "Volunteers cleaned up Sister Island, a small park on the river in Des Moines, Iowa.",
			spans: []string{"Sister Island", "Des Moines", "Iowa"}, name: "Sister Island", a1: "US.IA"},
	})
}

// TestLonelyBeforeFocus: a bare word that is only a small town in a
// country nothing else points to is dropped as it is, not first moved to
// the story's town and then kept there.
func TestLonelyBeforeFocus(t *testing.T) {
	p := mustParser(t)
	checkPlaces(t, p, "Shoppers in Tulsa, Oklahoma lined up on Monday for the new Capri sneakers, the report said.",
		[]string{"Tulsa", "Oklahoma"}, []string{"Capri"})
	checkPlaces(t, p, "City commissioners in Lansing, Michigan met on Monday. Fans of Lido cheered as Lansing celebrated.",
		[]string{"Lansing", "Michigan"}, []string{"Lido"})
}
