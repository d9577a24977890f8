package events

import "testing"

// TestWeaponsSeizedByKind: firearms named by kind and weapon stashes
// seized or found are a disrupted weapons use, ahead of the arrests that
// come with them; destroying cleared mines is part of the clearance; a
// mine named as what was defused is not a mine attack.
func TestWeaponsSeizedByKind(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "revolvers_with_arrests", text: "Customs officers arrested two traders and seized six shotguns hidden in their truck.", acled: "Disrupted weapons use"},
		{name: "carbines_recovered_passive", text: "Two carbines were recovered from the car during the search.", acled: "Disrupted weapons use"},
		{name: "stash_found", text: "Soldiers found a stash of grenades hidden in an abandoned school.", acled: "Disrupted weapons use"},
		{name: "stash_without_verb", text: "Soldiers came across a large stash of rifles in a cave near the border.", acled: "Disrupted weapons use"},
		{name: "police_defused_landmines", text: "Police defused two landmines near the school on Monday.", acled: "Disrupted weapons use"},
		{name: "mines_cleared_and_destroyed", text: "Over the summer, army engineers removed 900 mines from the orchards and destroyed them.", acled: "Disrupted weapons use"},
		{name: "defused_landmines", text: "Deminers from the engineering corps defused about forty anti-tank mines on the farm road, an official said.", acled: "Disrupted weapons use"},
		{name: "arrest_only", text: "Police arrested four suspects at a market on Monday.", acled: "Arrests"},
		{name: "landmine_attack", text: "A landmine killed two farmers near the village on Monday.", acled: "Remote explosive/landmine/IED"},
	})
}

// TestDisposedMineIsNoMineAttack: landmines named as what was defused do
// not make the sentence's violence a mine attack.
func TestDisposedMineIsNoMineAttack(t *testing.T) {
	text := "Troops buried three comrades killed in an ambush, then defused several landmines along the road."
	evs := mustCode(t, text, Options{})
	disrupted := false
	for _, e := range evs {
		if e.ACLEDSubEventType == "Remote explosive/landmine/IED" {
			t.Errorf("defused landmines coded as a mine attack: %s", e.Type)
		}
		disrupted = disrupted || e.ACLEDSubEventType == "Disrupted weapons use"
	}
	if !disrupted {
		t.Errorf("no disrupted weapons use among %v", types(evs))
	}
}

// TestInterceptionWithAbduction: people seized after their vehicle was
// intercepted are abducted; the interception is no disrupted weapons use.
func TestInterceptionWithAbduction(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "abducted_after_interception", text: "A navy patrol intercepted a fishing boat and masked marines abducted its two crew members.", acled: "Abduction/forced disappearance"},
		{name: "missile_intercepted", text: "Air defences intercepted two missiles over the city on Monday.", acled: "Disrupted weapons use"},
	})
}
