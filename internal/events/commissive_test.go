package events

import "testing"

// Sentences written for these tests (none taken from an evaluation set)
// covering stated intents.

// TestCommissiveCues: a refusal to oppose consents, rallying others
// to back a plan is support, aid promised with a modal is an AGREE, and
// readiness to strike is a threat.
func TestCommissiveCues(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "would_not_veto", text: "Russia said it would not veto the resolution.", want: []string{"AGREE"}},
		{name: "not_stand_in_way", text: "Beijing said it will not stand in the way of the deal.", want: []string{"AGREE"}},
		{name: "will_not_resign", text: "The minister said he will not resign.", want: []string{"REJECT"}},
		{name: "urged_to_back", text: "The president urged his allies to back the peace plan.", want: []string{"SUPPORT"}},
		{name: "urged_to_disarm", text: "The president urged the rebels to lay down their arms.", want: []string{"REQUEST"}},
		{name: "would_send_aid", text: "Japan said it would send 10,000 tonnes of food aid to the region.", want: []string{"AGREE"}},
		{name: "sent_aid", text: "Japan sent 10,000 tonnes of food aid to the region.", want: []string{"AID"}},
		{name: "prepared_to_strike", text: "The general said the army was prepared to strike rebel camps across the border.", want: []string{"THREATEN"}},
		{name: "welcomed_visiting", text: "The emir welcomed the visiting French president in Doha.", want: []string{"CONSULT"}},
	})
}
