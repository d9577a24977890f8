package geoparse

import "testing"

// TestNamedContainer: the state or country written after a town ("Olympia,
// Washington") is the division that holds the town, not the capital or
// the country of the same name, even in a text that names the country's
// capital.
func TestNamedContainer(t *testing.T) {
	p := mustParser(t)
	checkResolved(t, p, []resolveCase{
		{text: "Apple growers near Olympia, Washington expect a large harvest this year.",
			spans: []string{"Olympia", "Washington"}, name: "Washington", a1: "US.WA", fc: "ADM1"},
		{text: "Flights from Tbilisi and from Savannah, Georgia were delayed by the storm.",
			spans: []string{"Tbilisi", "Savannah", "Georgia"}, name: "Georgia", a1: "US.GA", fc: "ADM1"},
	})
}
