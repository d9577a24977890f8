package geoparse

import "testing"

// A seat without a population in GeoNames, written before a division
// word ("X district", "X LGA"), is a place: the unit named after it.
func TestDivisionWordNamesSeat(t *testing.T) {
	p := mustParser(t)
	cases := []struct {
		text    string
		present []string
	}{
		{"Gunmen shot a tribal elder in Mukayras district, Al Bayda, on Sunday.", []string{"Mukayras", "Al Bayda"}},
		{"Insurgents raided a market in Mafa LGA (Borno) at dawn.", []string{"Mafa", "Borno"}},
		{"A roadside bomb wounded two men in Chaparhar district, Nangarhar.", []string{"Chaparhar", "Nangarhar"}},
		{"Residents of Rahabah sub-district fled the shelling.", []string{"Rahabah"}},
	}
	for _, tc := range cases {
		checkPlaces(t, p, tc.text, tc.present, nil)
	}
	// a capitalised head word is part of a longer name, not a division word
	checkPlaces(t, p, "The Mafa District Council met on Monday.", nil, []string{"Mafa"})
}
