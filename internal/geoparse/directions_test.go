package geoparse

import "testing"

// TestDirectionalNames: "North Argentina", a name the gazetteer lacks, is
// the country when the story's town lies in another part of it;
// "Southwest Florida", which it knows only as an airport's short name, is
// the state.
func TestDirectionalNames(t *testing.T) {
	p := mustParser(t)
	checkResolved(t, p, []resolveCase{
		{text: "Miners dig for gold in North Argentina, officials in Buenos Aires said.",
			spans: []string{"North Argentina", "Buenos Aires"}, name: "North Argentina", id: "country:AR"},
		{text: "Schools across Southwest Florida closed as the storm neared Fort Myers.",
			spans: []string{"Southwest Florida", "Fort Myers"}, name: "Southwest Florida", a1: "US.FL", fc: "ADM1"},
	})
}
