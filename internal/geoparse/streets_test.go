package geoparse

import "testing"

// TestStreetContext: names the words around make streets ("the corner of
// Madison and Wabash", "Tremont and Decatur streets", "the Spring/Main
// intersection") lie in the story's town, not in a town of that name.
func TestStreetContext(t *testing.T) {
	p := mustParser(t)
	checkResolved(t, p, []resolveCase{
		{text: "Police closed the corner of Madison and Wabash after a fire in Chicago, Illinois.",
			spans: []string{"Madison", "Wabash", "Chicago", "Illinois"}, name: "Madison", a1: "US.IL"},
		{text: "Police closed the corner of Madison and Wabash after a fire in Chicago, Illinois.",
			spans: []string{"Madison", "Wabash", "Chicago", "Illinois"}, name: "Wabash", a1: "US.IL"},
		{text: "The parade in Boston turned down Tremont and Decatur streets.",
			spans: []string{"Boston", "Tremont", "Decatur"}, name: "Decatur", a1: "US.MA"},
	})
	d := mustParser(t).newDoc("Traffic stopped at the Spring/Main intersection and on Elm Street.")
	m := mention{ti: 4, tj: 5}
	if !d.streetContext(&m) {
		t.Errorf("Spring of the Spring/Main intersection: no street context (tokens %q)", d.tokText(4))
	}
}
