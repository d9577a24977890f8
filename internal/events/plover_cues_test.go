package events

import "testing"

// TestSanctionReduceRelations covers CAMEO's reduce relations beyond
// cancelled aid: supplies or support cut, peacekeepers or monitors
// withdrawn, an agency forced out of a country, entry denied.
func TestSanctionReduceRelations(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "reduced_food_supplies", text: "The donors reduced food supplies to the northern districts after the harvest.", want: []string{"SANCTION"}, not: []string{"AID"}},
		{name: "cut_off_support", text: "Washington cut off support to the rebel group last month.", want: []string{"SANCTION"}},
		{name: "forced_out", text: "The junta forced the aid mission out of the country last week.", want: []string{"SANCTION"}},
		{name: "withdrew_monitors", text: "The OSCE withdrew its monitors from the region on Friday.", want: []string{"SANCTION"}},
		{name: "denied_entry", text: "Hungary denied entry to the opposition delegation on Monday.", want: []string{"SANCTION"}},
		{name: "delivered_supplies", text: "The Red Cross delivered food supplies to the camp near Goma.", not: []string{"SANCTION"}},
	})
}

// TestConcedeAllowAndDecide covers allowing an opponent to take part as a
// concession, and an authority's decision to concede, which is the act
// itself, not a promise.
func TestConcedeAllowAndDecide(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "allowed_to_hold_rally", text: "The government allowed the opposition party to hold a rally in the capital.", want: []string{"CONCEDE"}},
		{name: "court_decided_to_allow", text: "The electoral commission decided to allow the opposition leader to contest the mayoral vote.", want: []string{"CONCEDE"}, not: []string{"AGREE"}},
		{name: "decided_to_lift_curfew", text: "The military council decided to lift the state of emergency on Sunday.", want: []string{"CONCEDE"}},
		{name: "will_allow_is_promise", text: "The government said it will allow the opposition to contest the vote.", not: []string{"CONCEDE"}},
	})
}

// TestRequestReportedMust covers a demand in reported speech: a speaker
// saying another party must or should act requests it; "must have" is a
// conclusion, not a demand.
func TestRequestReportedMust(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "said_must_return", text: "Brazil said on Monday that Paraguay must hand back the impounded trucks.", want: []string{"REQUEST"}},
		{name: "said_should_ensure", text: "The aid agency said the two armies should ensure safe passage for civilians.", want: []string{"REQUEST"}},
		{name: "must_have_conclusion", text: "Investigators said the fire must have started in the kitchen.", not: []string{"REQUEST"}},
	})
}

// TestIntentOffersAndEvacuation covers a conditional offer to meet
// ("would meet him if …"), an AGREE, against a bare schedule ("will meet
// in July"); and a stated intent to evacuate settlements, a promised
// retreat (AGREE).
func TestIntentOffersAndEvacuation(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "would_meet_if", text: "Opposition leaders said they would meet President Ruto if invited.", want: []string{"AGREE"}},
		{name: "will_meet_schedule", text: "The foreign ministers of the G7 will meet in Tokyo in July.", not: []string{"AGREE"}},
		{name: "will_evacuate_settlements", text: "The army will evacuate its outposts in the valley next month, the defence ministry said.", want: []string{"AGREE"}},
	})
}

// TestViolenceAsBackground covers violence named only as the object of a
// statement or de-escalation ("blamed X for the bombing", "to end the
// fighting", "halt attacks") or as a modifier ("invasion forces"): no
// ASSAULT of its own.
func TestViolenceAsBackground(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "blamed_for_bombing", text: "Local leaders blamed the navy for the shelling of the fishing harbour in Mannar.", want: []string{"ACCUSE"}},
		{name: "halted_aid_to_end_fighting", text: "Sweden said on Monday it had suspended development funding to the province until the parties end the fighting.", want: []string{"SANCTION"}},
		{name: "withdrawal_of_invasion_forces", text: "The alliance began the withdrawal of its invasion forces from the island on Wednesday.", want: []string{"RETREAT"}},
		{name: "attack_still_coded", text: "Gunmen attacked a police post near Quetta on Monday.", want: []string{"ASSAULT"}},
	})
}

// TestUnrestAsBackground covers protest named only as the setting of a
// statement ("in response to recent unrest", "will no longer tolerate
// rallies"); a call for a strike and a mob's act after "after" stay.
func TestUnrestAsBackground(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "curfew_in_response_to_unrest", text: "The governor said on Sunday that she will extend the curfew in the port district in response to recent unrest.", not: []string{"PROTEST"}},
		{name: "tolerate_rallies", text: "The mayor warned that the city will no longer tolerate rallies in the central park.", not: []string{"PROTEST"}},
		{name: "protest_itself", text: "Thousands of teachers protested outside parliament in Nairobi on Monday.", want: []string{"PROTEST"}},
	})
}
