package events

import "testing"

// TestDiplomacyActs: a welcome given to a visitor is hosting, receiving
// observers is access, peacekeepers pulled out are a reduction of
// relations, shared know-how is cooperation, a court order to appear is
// a demand, and evacuating the wounded is humanitarian aid.
func TestDiplomacyActs(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "gave_welcome", text: "The emir gave a lavish welcome to Brazil's foreign minister in Doha on Wednesday.", want: []string{"CONSULT"}, not: []string{"SUPPORT"}},
		{name: "accepted_monitors", text: "Kyiv last week accepted a team of monitors from the United Nations.", want: []string{"RETREAT"}},
		{name: "admitted_inspectors", text: "Baghdad admitted weapons inspectors to the presidential sites.", want: []string{"RETREAT"}},
		{name: "peacekeepers_pulled_out", text: "Forty UN peacekeepers were pulled out of the enclave on Friday.", want: []string{"SANCTION"}, not: []string{"RETREAT"}},
		{name: "diplomats_expelled", text: "Four Russian diplomats were expelled from the country on Wednesday.", want: []string{"SANCTION"}},
		{name: "sharing_expertise", text: "Engineers from Pyongyang are said to be sharing missile expertise with the militia.", want: []string{"COOPERATE"}},
		{name: "shared_technology", text: "The two firms shared technology for the new reactor.", want: []string{"COOPERATE"}},
		{name: "ordered_to_appear", text: "A judge ordered the former minister to appear in court for questioning.", want: []string{"REQUEST"}},
		{name: "evacuated_sick_injured", text: "Medical teams evacuated the sick and injured out of the besieged valley on Thursday.", want: []string{"AID"}, not: []string{"COERCE"}},
		{name: "evacuated_civilians", text: "Red Cross teams evacuated hundreds of civilians from the eastern district.", want: []string{"AID"}},
		{name: "besieged_still_coerce", text: "Government troops besieged the rebel town for three weeks.", want: []string{"COERCE"}},
	})
}

// TestObstructTransport: blocking transport is an obstruction (CAMEO 144).
func TestObstructTransport(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "blocked_transport", text: "Strikers blocked transport into the capital on Tuesday.", want: []string{"PROTEST"}},
		{name: "blocked_road_still", text: "Villagers blocked the main road to demand electricity.", want: []string{"PROTEST"}},
	})
}
