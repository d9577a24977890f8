package events

import "testing"

// Round 5: sentences written for these tests (none taken from an
// evaluation set) covering concessions ruled out, refusals in other words, a
// protest word that only modifies a noun, a modal refusal of a refusal,
// conditional threats to relations and talks, and the ACLED view of weapons
// recovered in bulk, would-be bombers caught, property seized, territory
// won back or entered unopposed, and peace agreements signed.

func TestRound5PLOVER(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "no_u_turn", text: "The finance minister said there would be no U-turn on the fuel levy.", want: []string{"REJECT"}, not: []string{"CONCEDE"}},
		{name: "no_concessions", text: "The interior minister said there will be no concessions to the kidnappers.", want: []string{"REJECT"}, not: []string{"CONCEDE"}},
		{name: "never_surrender", text: "The guerrilla commander said his men would never surrender.", want: []string{"REJECT"}, not: []string{"RETREAT"}},
		{name: "never_negotiate", text: "The governor said he would never negotiate with the bandits.", want: []string{"REJECT"}, not: []string{"CONSULT"}},
		{name: "made_concessions_stays", text: "The government made concessions to the striking dockworkers.", want: []string{"CONCEDE"}},
		{name: "stood_firm", text: "The cabinet stood firm against calls to scrap the new levy.", want: []string{"REJECT"}},
		{name: "stuck_to_decision", text: "The city council stuck to its decision not to reopen the market.", want: []string{"REJECT"}},
		{name: "unwilling", text: "The ruling party appeared unwilling to make any concessions to the opposition.", want: []string{"REJECT"}, not: []string{"CONCEDE"}},
		{name: "protest_leaders", text: "Police detained four protest leaders at a hotel in the port city.", want: []string{"COERCE"}, not: []string{"PROTEST"}},
		{name: "protest_organisers", text: "Soldiers arrested two protest organizers at dawn.", want: []string{"COERCE"}, not: []string{"PROTEST"}},
		{name: "protest_still_protest", text: "Hundreds of nurses joined the protest outside the health ministry.", want: []string{"PROTEST"}},
		{name: "will_not_accept", text: "The junta said it would not accept the verdict of the regional court.", want: []string{"REJECT"}, not: []string{"AGREE"}},
		{name: "would_not_veto_consents", text: "Moscow said it would not veto the draft resolution.", want: []string{"AGREE"}},
		{name: "reconsider_cooperation", text: "Ottawa said it would reconsider its military cooperation with Manila if the killings continue.", want: []string{"THREATEN"}, not: []string{"AGREE"}},
		{name: "pull_out_of_talks", text: "The rebel negotiator said they would pull out of the talks unless the air raids stopped.", want: []string{"THREATEN"}, not: []string{"AGREE", "RETREAT"}},
		{name: "not_hesitate", text: "The defence minister said the navy would not hesitate to sink intruding vessels.", want: []string{"THREATEN"}, not: []string{"AGREE"}},
		{name: "call_strike_if", text: "The transport union said it would call a nationwide strike if fuel prices rose again.", want: []string{"THREATEN"}},
		{name: "ties_would_suffer", text: "Seoul warned that ties would suffer if the textbook was approved.", want: []string{"THREATEN"}},
		{name: "out_of_the_question", text: "The premier said easing the blockade of the port was out of the question.", want: []string{"REJECT"}, not: []string{"CONCEDE", "RETREAT"}},
		{name: "not_on_the_table", text: "A pullout of the peacekeepers is not on the table, the envoy told reporters.", want: []string{"REJECT"}, not: []string{"RETREAT"}},
		{name: "there_is_no_u_turn", text: "The chancellor told parliament there is no U-turn on the wealth tax.", want: []string{"REJECT"}, not: []string{"CONCEDE"}},
		{name: "made_u_turn_stays", text: "The transport ministry made a U-turn on the toll increase.", want: []string{"CONCEDE"}},
		{name: "gap_stops_at_after", text: "The militia withdrew from the hilltop village after talks with elders.", want: []string{"RETREAT"}, not: []string{"SANCTION"}},
	})
}

func TestRound5ACLED(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "large_quantity", text: "Soldiers recovered a huge quantity of explosives from a farmhouse near the border.", acled: "Disrupted weapons use"},
		{name: "stash_of_rifles", text: "Police found a stash of rifles buried behind a mosque.", acled: "Disrupted weapons use"},
		{name: "ak47s", text: "Gendarmes seized three AK-47s at a checkpoint outside the town.", acled: "Disrupted weapons use"},
		{name: "caught_with_vest", text: "Troops caught a young man wearing a suicide vest near the market gate.", acled: "Disrupted weapons use"},
		{name: "arrested_carrying", text: "Police arrested two suspects carrying explosives in a minibus.", acled: "Disrupted weapons use"},
		{name: "detonated_vest_stays", text: "A suicide bomber detonated his vest at a wedding party, killing twelve guests.", acled: "Suicide bomb"},
		{name: "land_confiscated", text: "Soldiers confiscated the farmland of twenty families in the valley.", acled: "Looting/property destruction"},
		{name: "weapons_confiscated", text: "Police confiscated pistols and ammunition during the search.", acled: "Disrupted weapons use"},
		{name: "drove_out", text: "The army drove the insurgents out of the river town on Sunday.", acled: "Government regains territory"},
		{name: "reclaimed", text: "Government troops reclaimed the mountain pass from the separatists.", acled: "Government regains territory"},
		{name: "cleared_from", text: "Soldiers cleared the jihadists from the main highway.", acled: "Government regains territory"},
		{name: "entered_unopposed", text: "Rebel fighters entered the district capital unopposed.", acled: "Non-violent transfer of territory"},
		{name: "entered_after_fled", text: "The militia entered the village after the soldiers fled.", acled: "Non-violent transfer of territory"},
		{name: "handed_over_passive", text: "The base was handed over to the regional forces on Friday.", acled: "Non-violent transfer of territory"},
		{name: "plot_foiled", text: "A bombing at the bus station was foiled by intelligence officers.", acled: "Disrupted weapons use"},
		{name: "signed_peace", text: "The government and the rebel alliance signed a peace agreement in the capital.", acled: "Agreement"},
		{name: "signed_trade_none", text: "The two trade ministers signed a customs agreement.", acled: ""},
		{name: "protest_leaders_arrests", text: "Police detained four protest leaders at a hotel in the port city.", acled: "Arrests"},
	})
}

// TestRound5GapStops checks that a lexicon gap does not reach across an
// adjunct: "withdrew from the town after talks" is no walk-out.
func TestRound5GapStops(t *testing.T) {
	lx := compiled()
	ts := tokenize("The rebels withdrew from the town after talks.", nil)
	for _, h := range lx.match(ts, nil) {
		if h.e.typ == "SANCTION" {
			t.Errorf("SANCTION matched %q across the adjunct", h.e.src)
		}
	}
}
