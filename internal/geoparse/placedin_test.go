package geoparse

import "testing"

// TestPlacedIn: a building or a business the gazetteer lacks, followed by
// "in" and a town, lies in that town, not at the story's main place; "in
// the Canadian capital" places it in the capital.
func TestPlacedIn(t *testing.T) {
	p := mustParser(t)
	checkResolved(t, p, []resolveCase{
		{text: "Bob Diaz of Harbor Tire Shop in Spokane won the award. The ceremony was held in Boise, Idaho, and Boise officials attended.",
			spans: []string{"Harbor Tire Shop", "Spokane", "Boise", "Idaho"}, name: "Harbor Tire Shop", a1: "US.WA"},
		{text: "Diplomats left the Chinese Consulate in the Canadian capital on Monday, officials in Toronto said.",
			spans: []string{"Chinese Consulate", "Toronto"}, name: "Chinese Consulate", id: "geonames:6094817"},
	})
}
