package events

import "testing"

// TestDisplacementByViolence: a flight whose cause is violence is an other
// strategic development; a killing with a toll that people fled after
// stays the killing.
func TestDisplacementByViolence(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "because_of_attacks", text: "Herding families fled the grazing lands in large numbers due to repeated bandit attacks this month.", acled: "Other"},
		{name: "after_capture", text: "Farming households fled the valley after insurgents took over the market town.", acled: "Other"},
		{name: "after_killing_with_toll", text: "People fled their homes after gunmen attacked the village, killing five.", acled: "Attack"},
		{name: "attack_alone", text: "Militants attacked the village on Monday, burning homes and killing five.", acled: "Attack"},
	})
}
