package events

import "testing"

// TestNamedWeaponWins: a generic word for blasts does not turn a named
// grenade or IED into shelling; artillery named stays shelling; a
// suspected chemical weapon is coded as one.
func TestNamedWeaponWins(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "grenade_explosions", text: "Unknown assailants set off a pair of grenade explosions near a bus stop on Sunday.", acled: "Grenade"},
		{name: "ied_then_explosions", text: "Three policemen died when an IED went off under their pickup. The explosions also damaged a nearby school.", acled: "Remote explosive/landmine/IED"},
		{name: "explosions_with_artillery", text: "Several explosions were heard in the city as artillery pounded the outskirts.", acled: "Shelling/artillery/missile attack"},
		{name: "suspected_gas", text: "Residents of the suburb were attacked with suspected chlorine gas late on Saturday, doctors said.", acled: "Chemical weapon"},
		{name: "suspected_chemical_attack", text: "Medics said at least 40 people died after a suspected chemical attack on the enclave.", acled: "Chemical weapon"},
	})
	// a person suspected of an attack is still alleged
	evs := mustCode(t, "Police arrested a man suspected of bombing the station.", Options{All: true})
	for _, e := range evs {
		if e.Type == "ASSAULT" && !e.Aux.Alleged && !e.Aux.Hypothetical {
			t.Errorf("suspected of bombing: ASSAULT asserted as fact, aux %+v", e.Aux)
		}
	}
}

// TestAccidentalDetonation: explosives that go off in their carriers'
// hands are a disrupted weapons use; a bomb set off against a target is
// not.
func TestAccidentalDetonation(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "accidentally_detonated", text: "Two militants were killed when their explosives accidentally detonated near a market.", acled: "Disrupted weapons use"},
		{name: "accidentally_activated", text: "Two terrorists accidentally activated their devices near the hospital on Wednesday.", acled: "Disrupted weapons use"},
		{name: "premature_while_making", text: "Three insurgents died in a premature explosion while making a bomb in their hideout.", acled: "Disrupted weapons use"},
		{name: "roadside_bomb_attack", text: "A roadside bomb exploded near a police convoy, killing three officers.", acled: "Remote explosive/landmine/IED"},
	})
}

// TestForcesCompoundVictims: "security personnel" and "police officers"
// killed are armed victims (a battle); an off-duty officer is not.
func TestForcesCompoundVictims(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "security_personnel", text: "Nineteen security personnel were killed overnight in a wave of militant attacks in the eastern provinces.", acled: "Armed clash"},
		{name: "off_duty_officer", text: "Masked men shot dead an off-duty police officer outside his home on Tuesday.", acled: "Attack"},
	})
	ts := tokenize("two medical personnel and three police officers", nil)
	if forcesCompound(ts, 2) || !forcesCompound(ts, 6) {
		t.Errorf("forcesCompound: medical personnel %v, police officers %v", forcesCompound(ts, 2), forcesCompound(ts, 6))
	}
}

// TestMilitaryStrikeAndJets: an air strike is no labour strike; missiles
// fired by jets are an air strike; a strike by workers stays a strike.
func TestMilitaryStrikeAndJets(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "drone_strike_by", text: "A drone strike by the army killed 14 militiamen in the desert.", acled: "Air/drone strike"},
		{name: "missiles_by_jets", text: "Two guided missiles fired by Saudi jets struck a fuel depot outside the port.", acled: "Air/drone strike"},
		{name: "strike_by_workers", text: "A strike by dock workers shut the port on Monday.", acled: "Peaceful protest"},
		{name: "army_intervened_in", text: "A drone strike killed 11 recruits, the deadliest incident since foreign troops intervened in the conflict.", acled: "Air/drone strike"},
		{name: "police_intervened_protest", text: "Several hundred nurses marched on the health ministry until officers intervened in the rally with batons.", acled: "Protest with intervention"},
	})
}
