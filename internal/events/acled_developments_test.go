package events

import "testing"

// Sentences written for these tests (none taken from an evaluation set)
// covering the ACLED views of crowd violence, threats and arrivals, weapons
// recovered in bulk, would-be bombers caught, property seized, territory
// won back or entered unopposed, and peace agreements signed.

// TestACLEDCrowdAndOtherViews covers the ACLED views added: a crowd hurting the
// police, partisans fighting with sticks and stones, a threat or a visit
// as the report's only development, toxic substances, infrastructure
// blown up, a controlled detonation, sexual violence words.
func TestACLEDCrowdAndOtherViews(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "crowd_hurt_police", text: "Protesters injured three policemen during a demonstration in Lagos.", acled: "Violent demonstration"},
		{name: "partisans_clash", text: "Supporters of two rival parties clashed with sticks and stones in Dhaka.", acled: "Mob violence"},
		{name: "mob_police_after", text: "A mob beat a suspected thief to death in the market; police arrested three men.", acled: "Mob violence"},
		{name: "threat_only", text: "The militia threatened the residents of the village with reprisals.", acled: "Other"},
		{name: "arrival_only", text: "A delegation of foreign military officers arrived in the regional capital.", acled: "Other"},
		{name: "toxic_substance", text: "Dozens suffocated after a rocket carrying a toxic substance hit the suburb.", acled: "Chemical weapon"},
		{name: "blew_up_tower", text: "Insurgents blew up a telecommunication tower in the district.", acled: "Looting/property destruction"},
		{name: "desecrated_cemetery", text: "Unknown persons desecrated a cemetery in the town overnight.", acled: "Looting/property destruction"},
		{name: "wrecked_office", text: "A group of youths wrecked the office of the electoral commission.", acled: "Looting/property destruction"},
		{name: "safely_detonated", text: "The bomb disposal squad safely detonated the explosive device.", acled: "Disrupted weapons use"},
		{name: "defilement", text: "A teacher was arrested for the defilement of a pupil in the district.", acled: "Sexual violence"},
		{name: "groped", text: "A man groped a woman on a crowded bus in the capital.", acled: "Sexual violence"},
	})
}

// TestACLEDMoreViews covers air defences named without an interception,
// a visit to victims (no "Other"), a crowd's assault in a protest,
// violent wording of riots, weapons detected, bases vacated, captives,
// armed groups pushed back, "backed" as a modifier.
func TestACLEDMoreViews(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "air_defence_deployed", text: "The army deployed new air defence systems around the capital.", acled: "Change to group/activity"},
		{name: "air_defence_intercepted", text: "Air defences intercepted two drones over the city.", acled: "Disrupted weapons use"},
		{name: "visit_to_victims", text: "The governor visited the victims of the flood in the district hospital.", acled: ""},
		{name: "protesters_attacked_house", text: "Protesters attacked the house of the legislator with stones.", acled: "Violent demonstration"},
		{name: "hooliganism", text: "The student protest descended into hooliganism near the campus.", acled: "Violent demonstration"},
		{name: "breaking_windows", text: "Students protested by blocking the road and breaking car windows near the university.", acled: "Violent demonstration"},
		{name: "protesters_held_hostage", text: "Protesters held several officials hostage in the town hall.", acled: "Violent demonstration"},
		{name: "bomb_detected", text: "Police detected a bomb under a bridge on the highway.", acled: "Disrupted weapons use"},
		{name: "vacated_base", text: "French troops vacated their base in the northern town.", acled: "Change to group/activity"},
		{name: "held_captive", text: "Gunmen held two engineers captive for a week near the oil field.", acled: "Abduction/forced disappearance"},
		{name: "pushed_back", text: "Troops pushed back the militants after a two-hour gunfight near the village.", acled: "Armed clash"},
		{name: "backed_modifier", text: "Iran-backed militias shelled the airbase on Tuesday.", acled: "Shelling/artillery/missile attack", types: []string{"ASSAULT"}},
	})
}

func TestACLEDWeaponsPropertyTerritory(t *testing.T) {
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
