package geoparse

import "testing"

// A container written after a division word ("X district, Y", "X town
// (Y)") or after a comma inside brackets ("X (Y, Z)") chooses among X's
// homonyms the one inside it, against the pull of other names.
func TestContainerAfterDivisionWord(t *testing.T) {
	p := mustParser(t)
	checkResolved(t, p, []resolveCase{
		{text: "Traders from Pune and Nagpur blocked the highway in Aurangabad district, Bihar, after a power cut.",
			spans: []string{"Pune", "Nagpur", "Aurangabad", "Bihar"}, name: "Aurangabad", cc: "IN", a1: "IN.34"},
		{text: "As in Pune and Nagpur, shops were shut in Aurangabad town (Bihar) during the strike.",
			spans: []string{"Pune", "Nagpur", "Aurangabad", "Bihar"}, name: "Aurangabad", cc: "IN", a1: "IN.34"},
		{text: "After protests in Pune and Nagpur, students rallied in Aurangabad (Deo block, Bihar) on Tuesday.",
			spans: []string{"Pune", "Nagpur", "Aurangabad", "Bihar"}, name: "Aurangabad", cc: "IN", a1: "IN.34"},
	})
}

// The container after a division word or inside brackets is the division,
// not a city of the same name ("X district, Marib": the governorate).
func TestContainerAfterDivisionWordIsDivision(t *testing.T) {
	p := mustParser(t)
	checkResolved(t, p, []resolveCase{
		{text: "Tribesmen blocked the road to Rahabah district, Marib, for a week.",
			spans: []string{"Rahabah", "Marib"}, name: "Marib", cc: "YE", fc: "ADM1"},
		{text: "Clashes went on in Mukayras (Mukayras district, Al Bayda) all night.",
			spans: []string{"Mukayras", "Al Bayda"}, name: "Al Bayda", cc: "YE", fc: "ADM1"},
	})
}
