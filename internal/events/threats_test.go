package events

import "testing"

// Sentences written for these tests (none taken from an evaluation set)
// covering warnings and concessions.

// TestWarningsAndConcessions: a warning of the speaker's own act
// or with a condition is a threat, an analyst's warning is not; a rally
// allowed and a curfew suspended are concessions; troops sent to quell
// unrest do not make the unrest an event; supplies disrupted are
// withheld.
func TestWarningsAndConcessions(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "warned_would_boycott", text: "The opposition warned that it would boycott the meeting unless the reforms were passed.", want: []string{"THREATEN"}},
		{name: "allowed_rally", text: "The authorities allowed the opposition rally to go ahead in the capital.", want: []string{"CONCEDE"}},
		{name: "suspended_curfew", text: "The governor suspended the curfew in the city on Sunday.", want: []string{"CONCEDE"}},
		{name: "curfew_was_lifted", text: "The curfew was lifted on Friday in the old town.", want: []string{"CONCEDE"}},
		{name: "quell_unrest", text: "The government deployed troops to quell unrest in the south.", want: []string{"MOBILIZE"}},
		{name: "disrupted_supplies", text: "The militia disrupted fuel supplies to the besieged district.", want: []string{"COERCE"}, not: []string{"AID"}},
	})
}
