package events

import "testing"

// TestNegatedCompounds: "non-violent protesters" are not violent ones.
func TestNegatedCompounds(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "non_violent_protesters", text: "Non-violent demonstrators from the teachers union marched through the capital on Sunday.", acled: "Peaceful protest"},
		{name: "violent_protesters", text: "Violent protesters smashed shop windows in the capital on Sunday.", acled: "Violent demonstration"},
	})
}
