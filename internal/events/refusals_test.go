package events

import "testing"

// Sentences written for these tests (none taken from an evaluation set)
// covering concessions ruled out, refusals in other words, a
// protest word that only modifies a noun, a modal refusal of a refusal,
// conditional threats to relations and talks.

func TestRefusalsAndConditionalThreats(t *testing.T) {
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
