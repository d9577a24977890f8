package geoparse

import "testing"

// TestWorldCityNamesake: a world capital named bare in an international
// story is the capital, not a small town of the same name in a state the
// story also names.
func TestWorldCityNamesake(t *testing.T) {
	p := mustParser(t)
	checkResolved(t, p, []resolveCase{
		{text: "The painter, born in Chile and trained at a college in Albany, New York, now lives in Madrid and shows in Japan and Norway.",
			spans: []string{"Chile", "Albany", "New York", "Madrid", "Japan", "Norway"}, name: "Madrid", cc: "ES"},
	})
}
