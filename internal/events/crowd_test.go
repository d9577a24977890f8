package events

import "testing"

// Sentences written for these tests (none taken from an evaluation set)
// covering crowd violence.

// TestClashAnswered: a clash between groups that the police broke
// up, with no demonstration named, is mob violence; a crowd clashing
// with the police is a violent demonstration.
func TestClashAnswered(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "tear_gas_on_clash", text: "Police fired tear gas to break up a clash between two rival groups in the market.", acled: "Mob violence"},
		{name: "intervened_after_clash", text: "Police intervened after a clash between supporters of two rival candidates in the town.", acled: "Mob violence"},
		{name: "students_clash_police", text: "Students clashed with police during a march against the fee rise.", acled: "Violent demonstration"},
		{name: "clash_security_forces", text: "Demonstrators clashed with security forces outside the parliament, and police fired tear gas.", acled: "Violent demonstration"},
	})
}
