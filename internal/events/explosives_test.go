package events

import "testing"

// TestSuicideNames: a suicide vehicle-borne IED and kamikaze attackers are
// suicide bombs; a plain car bomb is not.
func TestSuicideNames(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "svbied", text: "An SVBIED rammed into an army checkpoint on the highway, killing four.", acled: "Suicide bomb"},
		{name: "suicide_vehicle_borne", text: "Militants drove a suicide vehicle-borne bomb into the gate of the ministry on Monday.", acled: "Suicide bomb"},
		{name: "kamikazes", text: "Two kamikazes blew up near a crowded market in the north, killing three people.", acled: "Suicide bomb"},
		{name: "suicide_truck", text: "A suicide truck rammed the gate of the base and exploded, killing six soldiers.", acled: "Suicide bomb"},
		{name: "plain_car_bomb", text: "A parked car bomb went off beside a busy bus depot in the north, killing three people.", acled: "Remote explosive/landmine/IED"},
	})
}

// TestChemicalTargetsAndPayloads: chemical weapons named as the target of
// a strike are not the weapon; munitions said to contain a chemical agent
// are.
func TestChemicalTargetsAndPayloads(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "chem_facility_struck", text: "Warplanes struck two chemical weapons facilities near the capital on Monday.", acled: "Air/drone strike"},
		{name: "chem_stockpile_struck", text: "Warplanes bombed a chemical weapons stockpile outside the city overnight.", acled: "Air/drone strike"},
		{name: "shells_contained_chlorine", text: "Army gunners shelled the suburb overnight with rounds which, medics suspect, contained chlorine.", acled: "Chemical weapon"},
		{name: "carried_out_is_no_payload", text: "Jets bombed the bases of a group the ministry blamed for carrying out a chlorine strike on a town.", acled: "Air/drone strike"},
	})
	ts := tokenize("struck chemical weapons facilities", nil)
	hs := compiled().match(ts, nil)
	for _, h := range dropChemTargets(ts, hs) {
		if h.e.tag == "chem" {
			t.Errorf("chem trigger %q kept before a facility", h.e.src)
		}
	}
}

// TestHeavyWeaponNames: tank fire is shelling; missiles fired from the air
// are an air strike.
func TestHeavyWeaponNames(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "tank_attack", text: "Four soldiers died on Friday in a tank attack near the lake.", acled: "Shelling/artillery/missile attack"},
		{name: "air_missiles", text: "Air-to-surface missiles hit a fuel depot outside the port.", acled: "Air/drone strike"},
	})
}
