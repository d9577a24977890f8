package events

import "testing"

// TestTerritoryWithoutFight: a capture made without a fight, of a
// deserted place or after a withdrawal is a non-violent transfer;
// territory handed over is one too.
func TestTerritoryWithoutFight(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "without_clashes", text: "Rebels took control of the border post without a fight on Tuesday.", acled: "Non-violent transfer of territory"},
		{name: "deserted_site", text: "Jihadist fighters occupied an abandoned police station in the hills on Monday.", acled: "Non-violent transfer of territory"},
		{name: "after_withdrawal", text: "Insurgents captured the town after the withdrawal of government troops.", acled: "Non-violent transfer of territory"},
		{name: "territory_handed_over", text: "Two border villages were handed over by the militia to the police on Monday.", acled: "Non-violent transfer of territory"},
		{name: "captured_by_force", text: "Insurgents captured the town after heavy fighting with government troops.", acled: "Non-state actor overtakes territory"},
	})
}

// TestStateAffiliates: fighters allied to state forces, or named
// pro-government, take territory for the government side.
func TestStateAffiliates(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "army_and_allied_fighters", text: "The national army and allied tribal fighters captured three villages near the river after heavy fighting.", acled: "Government regains territory"},
		{name: "pro_government_militia", text: "Pro-government militias recaptured the district from the insurgents after fierce clashes.", acled: "Government regains territory"},
		{name: "rebels_alone", text: "Rebel fighters captured a strategic village in the west after heavy fighting.", acled: "Non-state actor overtakes territory"},
		{name: "advanced_against", text: "Advancing against the separatists, the marines took control of the port town.", acled: "Government regains territory"},
	})
}

// TestBasesEstablished: barracks set up are a base established; a place
// described as under someone's control in a relative clause is no change
// of hands.
func TestBasesEstablished(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "barracks", text: "The navy built two new barracks on the island this week.", acled: "Headquarters or base established"},
		{name: "set_up_barracks", text: "Soldiers set up two new barracks near the border.", acled: "Headquarters or base established"},
		{name: "base_near_held_town", text: "Engineers of the peacekeeping mission set up a camp beside the airstrip, which is under the control of the militia.", acled: "Headquarters or base established"},
	})
}

// TestOccupiedBeforePlaceNoun: "occupied" right before a place noun is an
// adjective; the abduction reported is the event.
func TestOccupiedBeforePlaceNoun(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "kidnapped_in_occupied_city", text: "Masked agents kidnapped a student leader on Monday in Crimea occupied zone, his lawyer said.", acled: "Abduction/forced disappearance"},
		{name: "occupied_the_town", text: "Rebels occupied the town on Monday after a long battle with the army.", acled: "Non-state actor overtakes territory"},
	})
}
