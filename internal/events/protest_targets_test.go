package events

import "testing"

// Sentences written for these tests (none taken from an evaluation set)
// covering protests met by the state.

// TestGrievances: police violence that a protest answers is its
// grievance, not force against it; people killed as members of an
// armed group are a battle's dead; a shooting that names its victims is
// no verbal attack; aid frozen or blocked is a sanction.
func TestGrievances(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "response_to_killing", text: "Hundreds marched through the town. The march was a response to the killing of a student by police last week.", acled: "Peaceful protest"},
		{name: "outrage_over_beating", text: "Residents protested in the town in outrage over the beating of a trader by soldiers.", acled: "Peaceful protest"},
		{name: "rival_gang_members", text: "Gunmen shot dead two members of a rival gang in the township.", acled: "Armed clash", types: []string{"ASSAULT"}},
		{name: "bandits_killed", text: "Police killed three bandits in a shootout near the forest.", acled: "Armed clash"},
	})
	runPLOVERCases(t, []ploverCase{
		{name: "froze_donations", text: "The government froze foreign donations to the charity.", want: []string{"SANCTION"}},
		{name: "blocked_remittances", text: "The central bank blocked remittances to the northern region.", want: []string{"SANCTION"}},
		{name: "verbal_attack_kept", text: "The minister attacked the opposition over its handling of the budget.", want: []string{"ACCUSE"}},
	})
}

// TestTargetedCrowd: protesters named only as the target of state
// violence or arrests give, in PLOVER, the assault or the arrest; the
// ACLED view stays the protest's; tear gas fired at a crowd is no
// firearm.
func TestTargetedCrowd(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "arrested_protesters", text: "Police arrested 20 protesters outside the ministry on Tuesday.", want: []string{"COERCE"}},
		{name: "live_rounds", text: "Soldiers fired live rounds at demonstrators in the main square, wounding six.", want: []string{"ASSAULT"}},
		{name: "march_stays_protest", text: "Thousands of protesters marched to parliament and police fired tear gas at them.", want: []string{"PROTEST"}},
		{name: "clash_stays_protest", text: "Protesters clashed with police near the stadium.", want: []string{"PROTEST"}},
	})
	runACLEDCases(t, []acledCase{
		{name: "live_rounds_acled", text: "Soldiers fired live rounds at demonstrators in the main square, wounding six.", acled: "Excessive force against protesters"},
		{name: "tear_gas_intervention", text: "Thousands of protesters marched to parliament and police fired tear gas at them.", acled: "Protest with intervention"},
	})
}

// TestProtestInterventions: arrests reported after a protest in
// its sentence and protesters evicted are an intervention; arrests with
// no protest stay arrests; arrests a protest is about are not one.
func TestProtestInterventions(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "arrested_during_protest", text: "During the protest in the capital, five people were arrested.", acled: "Protest with intervention"},
		{name: "evicted_protesters", text: "Police evicted the protesters from the square on Monday.", acled: "Protest with intervention"},
		{name: "arrests_alone", text: "Five people were arrested in the capital on Monday.", acled: "Arrests"},
		{name: "protest_over_arrests", text: "Students protested in the capital against the arrest of their leaders.", acled: "Peaceful protest"},
	})
}

// TestProtestCauses: clashes a protest followed are its cause, not
// the protest turning violent; clashes that break out after it are.
func TestProtestCauses(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "protest_followed_clashes", text: "Villagers protested in Kasai on Monday. The protest followed clashes between two communities near the river.", acled: "Peaceful protest"},
		{name: "clashes_broke_out", text: "Villagers protested in Kasai on Monday. Clashes broke out with a rival group near the river.", acled: "Violent demonstration"},
		{name: "protest_sparked_by_beating", text: "Traders protested in the market, a protest sparked by the beating of a vendor by council guards.", acled: "Peaceful protest"},
	})
}
