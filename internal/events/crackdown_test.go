package events

import "testing"

// TestCrackdownDeaths: deaths in a crackdown are excessive force against
// protesters.
func TestCrackdownDeaths(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "die_in_crackdown", text: "Two students died in the crackdown on the campus protest.", acled: "Excessive force against protesters"},
	})
}
