package events

import "testing"

// TestMobilizeBuildUp: adding to one's forces and training fighters are
// build-ups (MOBILIZE); sending a civilian mission is not, and sending
// inspectors to a site is an investigation (ACCUSE).
func TestMobilizeBuildUp(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "strengthened_forces", text: "Turkey has strengthened its forces along the Syrian border, the defence ministry said.", want: []string{"MOBILIZE"}},
		{name: "strengthened_forces_after_attacks", text: "Turkey has strengthened its forces along the border after a series of rocket attacks.", want: []string{"MOBILIZE"}, not: []string{"ASSAULT"}},
		{name: "bolstered_presence", text: "The army has bolstered its military presence in the north.", want: []string{"MOBILIZE"}},
		{name: "doubled_garrison", text: "The government doubled the garrison of the island after the incursion.", want: []string{"MOBILIZE"}},
		{name: "trained_hackers", text: "Iran has trained more than 200 hackers, a security report said.", want: []string{"MOBILIZE"}},
		{name: "trained_fighters", text: "The movement trained hundreds of fighters in camps across the border.", want: []string{"MOBILIZE"}},
		{name: "trained_foreign_troops_is_aid", text: "British instructors trained Ukrainian troops in tank warfare.", not: []string{"MOBILIZE"}},
		{name: "dispatched_observers", text: "The regional bloc dispatched observers to the disputed border region on Tuesday.", not: []string{"MOBILIZE"}},
		{name: "deployed_doctors", text: "The ministry deployed a team of doctors to the flooded district.", not: []string{"MOBILIZE"}},
		{name: "dispatched_inspectors", text: "The agency has dispatched inspectors to the reactor site to verify the shutdown.", want: []string{"ACCUSE"}, not: []string{"MOBILIZE"}},
		{name: "dispatched_troops_still", text: "The government dispatched troops to the restive province on Sunday.", want: []string{"MOBILIZE"}},
		{name: "deployed_police", text: "Authorities deployed police officers around the parliament ahead of the vote.", want: []string{"MOBILIZE"}},
	})
}

// TestGroupChangesAndBases: units formed and positions fortified are
// changes to a group's activity; reinforcements sent to an observation
// post establish no base, an outpost set up does.
func TestGroupChangesAndBases(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "units_created_passive", text: "Three mountain infantry units were created inside the northern command last month, the ministry announced.", acled: "Change to group/activity"},
		{name: "brigade_formed", text: "A new rapid reaction brigade was formed within the army on Monday.", acled: "Change to group/activity"},
		{name: "fortified_positions", text: "Insurgents dug trenches and fortified the hilltop village overnight.", acled: "Change to group/activity"},
		{name: "reinforcements_to_points", text: "Iran sent more reinforcements on Sunday to observation posts along the Iraqi frontier.", acled: "Change to group/activity"},
		{name: "post_set_up", text: "Marines have set up a forward outpost on a ridge above the valley.", acled: "Headquarters or base established"},
		{name: "base_established", text: "Russian troops established a permanent air base outside the coastal city last week.", acled: "Headquarters or base established"},
	})
}
