package events

import "testing"

// Sentences written for these tests (none taken from an evaluation set)
// covering the CAMEO categories of cameoCategoriesLexicon
// and the wording of battles and named weapon systems.

// TestCAMEOCategoriesLexicon covers the widened triggers: a show of force by
// ships and a stepped-up presence, weapons positioned, weapons handed
// in, no plans to yield, a blockade eased, aid cut in the passive, an
// announced measure, a pledge of aid, fire traded, acid thrown.
func TestCAMEOCategoriesLexicon(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "sent_frigates", text: "The navy sent three frigates to the disputed shoals.", want: []string{"MOBILIZE"}, not: []string{"AID"}},
		{name: "boosted_presence", text: "Delhi boosted its military presence along the Himalayan frontier.", want: []string{"MOBILIZE"}},
		{name: "positioned_launchers", text: "The militia positioned rocket launchers in the orchards south of the city.", want: []string{"MOBILIZE"}, not: []string{"ASSAULT"}},
		{name: "handed_over_weapons", text: "Two hundred fighters handed over their weapons to the peacekeepers.", want: []string{"RETREAT"}, not: []string{"AID"}},
		{name: "no_plans_to", text: "The cabinet has no plans to lift the fuel subsidy cut, a spokesman said.", want: []string{"REJECT"}},
		{name: "eased_blockade", text: "The navy eased its blockade of the port on Friday.", want: []string{"CONCEDE"}, not: []string{"PROTEST"}},
		{name: "aid_was_suspended", text: "Aid to the junta was suspended after the coup.", want: []string{"SANCTION"}, not: []string{"AID"}},
		{name: "announced_will_suspend", text: "Denmark announced that it will suspend budget support to the government from March.", want: []string{"SANCTION"}, not: []string{"THREATEN"}},
		{name: "conditional_is_threat", text: "Denmark said it will suspend budget support if the election is delayed.", want: []string{"THREATEN"}},
		{name: "pledged_aid", text: "Canada pledged $40 million in aid to the refugees.", want: []string{"AGREE"}},
		{name: "traded_fire", text: "Border guards of the two countries traded fire across the river on Sunday.", want: []string{"ASSAULT"}},
		{name: "acid", text: "Two men threw acid at a schoolgirl in Quetta.", want: []string{"ASSAULT"}},
		{name: "expelled_workers", text: "The government expelled hundreds of foreign workers last month.", want: []string{"COERCE"}, not: []string{"SANCTION"}},
		{name: "expelled_diplomats", text: "Warsaw expelled four Belarusian diplomats on Thursday.", want: []string{"SANCTION"}},
	})
}

// TestCAMEOCategoriesMoreTriggers covers the CAMEO categories widened late in the
// round: retreats begun or completed, sieges lifted, hostages let go,
// compromises reached, joint drills and investigations, information
// shared, suspects handed over, warships moved, ambassadors withdrawn,
// ultimatums with a deadline, a ceasefire violated, a mass expulsion.
func TestCAMEOCategoriesMoreTriggers(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "began_withdrawal", text: "Foreign troops began their withdrawal from the northern province on Monday.", want: []string{"RETREAT"}},
		{name: "dismantled_outposts", text: "The army dismantled two outposts in the hills last week.", want: []string{"RETREAT"}},
		{name: "lifted_siege", text: "The rebels lifted their siege of the provincial capital.", want: []string{"RETREAT"}},
		{name: "let_go", text: "The pirates let the crew go after the ransom was paid.", want: []string{"RETREAT"}},
		{name: "stepped_aside", text: "The party chairman stepped aside on Friday.", want: []string{"RETREAT"}},
		{name: "reached_compromise", text: "The coalition partners reached a compromise on the budget.", want: []string{"AGREE"}},
		{name: "joint_drills", text: "Egypt and Greece conducted joint naval drills in the Mediterranean.", want: []string{"COOPERATE"}, not: []string{"MOBILIZE"}},
		{name: "joint_probe", text: "The two countries opened a joint investigation into the corruption scandal.", want: []string{"COOPERATE"}},
		{name: "shared_intelligence", text: "The police forces of both countries shared information on the smuggling ring.", want: []string{"COOPERATE"}},
		{name: "handed_over_fugitive", text: "Kenya handed over the fugitive banker to Tanzanian authorities.", want: []string{"COOPERATE"}},
		{name: "moved_warships", text: "Ankara moved warships into the eastern Aegean.", want: []string{"MOBILIZE"}},
		{name: "withdrew_ambassador", text: "Rabat withdrew its ambassador from Madrid.", want: []string{"SANCTION"}, not: []string{"RETREAT"}},
		{name: "ultimatum_hours", text: "The kidnappers gave the government 72 hours to release their comrades.", want: []string{"THREATEN"}},
		{name: "violated_truce", text: "Militiamen violated the truce on Sunday night.", want: []string{"ASSAULT"}},
		{name: "mass_expulsion", text: "Militiamen drove thousands of farmers out of their homes in the valley.", want: []string{"ASSAULT"}},
		{name: "joint_patrols_cooperate", text: "Chadian and Nigerien troops carried out joint patrols along the border.", want: []string{"COOPERATE"}},
	})
}

// TestClashWording covers the wording of battles: armed
// confrontations, hostilities between two sides, an encounter (South
// Asian usage for a gunfight), sides that attacked each other.
func TestClashWording(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "armed_confrontation", text: "An armed confrontation between soldiers and dissidents left two dead in the province.", acled: "Armed clash"},
		{name: "confrontation_between", text: "A confrontation between two armed factions took place near the market.", acled: "Armed clash"},
		{name: "encounter_broke_out", text: "An encounter broke out between militants and security forces in the orchard.", acled: "Armed clash"},
		{name: "attacked_each_other", text: "Fighters of the two militias attacked each other near the bridge.", acled: "Armed clash"},
	})
}

// TestWeaponNames: named rocket, missile and drone systems give
// the ACLED weapon class whatever verb reports them.
func TestWeaponNames(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "uragan", text: "Russian forces hit the outskirts of the town with Uragan systems, wounding three residents.", acled: "Shelling/artillery/missile attack"},
		{name: "iskander", text: "An Iskander struck a railway depot in the city on Tuesday.", acled: "Shelling/artillery/missile attack"},
		{name: "shahed", text: "Shaheds hit an energy facility in the region overnight.", acled: "Air/drone strike"},
	})
}
