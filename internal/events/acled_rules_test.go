package events

import (
	"slices"
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/model"
)

// acledCase is a sentence written for these tests with the ACLED
// sub-event type of its first event that has one ("" for none) and,
// optionally, PLOVER types that must be among the asserted events.
type acledCase struct {
	name, text, acled string
	types             []string
}

func firstACLED(t *testing.T, text string) (string, []string) {
	t.Helper()
	evs := mustCode(t, text, Options{})
	for _, e := range evs {
		if e.ACLEDSubEventType != "" {
			return e.ACLEDSubEventType, types(evs)
		}
	}
	return "", types(evs)
}

func runACLEDCases(t *testing.T, cases []acledCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ts := firstACLED(t, c.text)
			if got != c.acled {
				t.Errorf("ACLED = %q, want %q (types %v)", got, c.acled, ts)
				for _, e := range mustCode(t, c.text, Options{All: true, Explain: true}) {
					t.Logf("  %s %s aux=%+v %v", e.Type, e.ACLEDSubEventType, e.Aux, e.Reasons)
				}
			}
			for _, typ := range c.types {
				if !slices.Contains(ts, typ) {
					t.Errorf("no %s among %v", typ, ts)
				}
			}
		})
	}
}

// TestACLEDViolenceRules covers how the codebook separates the kinds of
// political violence: a battle stays a battle whatever its weapons, an
// abduction that ends in a killing is an attack, destruction of property
// with no one hurt is looting/property destruction, and people held by a
// rebel group are abducted, not arrested.
func TestACLEDViolenceRules(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "abducted_then_killed", text: "Gunmen abducted a village chief near Kidal and killed him the next day.", acled: "Attack"},
		{name: "abducted_only", text: "Gunmen abducted a village chief near Kidal on Sunday.", acled: "Abduction/forced disappearance"},
		{name: "clash_with_air_support", text: "Government troops clashed with rebels outside the town, backed by airstrikes.", acled: "Armed clash"},
		{name: "clash_with_artillery", text: "Soldiers and insurgents fought for hours, exchanging artillery fire across the river.", acled: "Armed clash"},
		{name: "one_sided_shelling", text: "Artillery shelled a residential district of the city overnight.", acled: "Shelling/artillery/missile attack"},
		{name: "arson_attack_on_shops", text: "Unknown people carried out an arson attack on three shops in the market.", acled: "Looting/property destruction"},
		{name: "houses_set_on_fire", text: "Assailants set several houses on fire in the village on Tuesday.", acled: "Looting/property destruction"},
		{name: "person_set_on_fire", text: "A mob set a man on fire after accusing him of theft.", acled: "Mob violence"},
		{name: "rebels_detain", text: "Rebels detained two aid workers at a checkpoint on the highway.", acled: "Abduction/forced disappearance"},
		{name: "police_detain", text: "Police detained two journalists at a checkpoint on the highway.", acled: "Arrests"},
		{name: "mine_attack", text: "A resistance group carried out a mine attack on a military truck near the village.", acled: "Remote explosive/landmine/IED"},
		{name: "mine_stepped_on", text: "A farmer stepped on a mine while working in his field.", acled: "Remote explosive/landmine/IED"},
	})
}

// TestACLEDTerritoryRules: a change of territory with no fighting is a
// non-violent transfer; a capture by force is not; a site occupied by
// unarmed people is a protest.
func TestACLEDTerritoryRules(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "took_control_no_fight", text: "The army took control of the town after the militia left it.", acled: "Non-violent transfer of territory"},
		{name: "captured_by_rebels", text: "Rebels captured the town of Bunagana on Monday.", acled: "Non-state actor overtakes territory"},
		{name: "regained_after_fighting", text: "The army regained control of the district after heavy fighting with insurgents.", acled: "Government regains territory"},
		{name: "farmers_occupy_land", text: "Landless farmers occupied an estate to press their claim to the land.", acled: "Peaceful protest"},
	})
}

// TestACLEDAgreementRules: the codebook's agreements include releases and
// exchanges of prisoners, surrenders and talks between armed sides.
func TestACLEDAgreementRules(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "prisoner_swap", text: "The two sides exchanged prisoners at the border crossing on Friday.", acled: "Agreement", types: []string{"RETREAT"}},
		{name: "surrender", text: "Forty militants surrendered to the army with their weapons.", acled: "Agreement", types: []string{"RETREAT"}},
		{name: "talks_with_rebels", text: "Government negotiators held talks with the rebels in Nairobi.", acled: "Agreement", types: []string{"CONSULT"}},
		{name: "trade_talks", text: "The two ministers held talks on trade in Geneva.", acled: "", types: []string{"CONSULT"}},
	})
}

// TestACLEDProtestRules: riot police present is not a riot, burning an
// effigy or a torchlight march is peaceful, a group voicing a demand in
// public is a protest, a flash mob is no mob violence, and clashes in an
// article about a protest make it violent.
func TestACLEDProtestRules(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "riot_police_present", text: "Hundreds of teachers protested outside the ministry as riot police stood by.", acled: "Peaceful protest"},
		{name: "anti_riot_units", text: "Nurses demonstrated in the capital while anti-riot units watched.", acled: "Peaceful protest"},
		{name: "effigy", text: "Students burned an effigy of the governor during a protest over fees.", acled: "Peaceful protest"},
		{name: "torchlight", text: "Nationalists held a torchlight march through the old town.", acled: "Peaceful protest"},
		{name: "flash_mob", text: "Activists staged a flash mob at the central station against the new law.", acled: "Peaceful protest"},
		{name: "union_demand", text: "Members of the dockworkers' union demanded higher wages outside the port authority.", acled: "Peaceful protest", types: []string{"REQUEST"}},
		{name: "residents_of_city", text: "Residents of Tunis urged the council to repair the water mains.", acled: "Peaceful protest", types: []string{"REQUEST"}},
		{name: "minister_demand", text: "The minister demanded an explanation from the ambassador.", acled: "", types: []string{"REQUEST"}},
		{name: "clashes_after_march", text: "Thousands marched through the capital against the election result. Clashes broke out near the parliament in the evening.", acled: "Violent demonstration"},
		{name: "turned_violent", text: "The protest turned violent when demonstrators hurled stones at shops.", acled: "Violent demonstration"},
		{name: "protest_about_attack", text: "Residents protested against the attack on a local clinic.", acled: "Peaceful protest"},
	})
}

// TestACLEDArmedSides: a state named as a whole ("the regime") and state
// forces or armed groups named by acronym are armed sides, so violence
// against them is a battle; rioters with no demonstration named are mob
// violence; "offensive remarks" and a man called Rob are no violence.
func TestACLEDArmedSides(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "attack_on_regime", text: "Unknown gunmen attacked the regime near a checkpoint in Daraa, killing two soldiers.", acled: "Armed clash"},
		{name: "attack_on_official", text: "Unknown gunmen attacked a government official near his home in Daraa.", acled: "Attack"},
		{name: "acronym_forces", text: "Al Shabaab militants attacked SNA soldiers in Lower Shabelle.", acled: "Armed clash"},
		{name: "acronym_militia", text: "JNIM militants attacked VDP members in the village on Monday.", acled: "Armed clash"},
		{name: "rioters_no_demo", text: "Rioters hurled stones at shops and set cars ablaze in the old town.", acled: "Mob violence"},
		{name: "rioters_and_police", text: "Rioters hurled stones at police in the old town.", acled: "Violent demonstration"},
		{name: "offensive_remarks_protest", text: "Students demonstrated outside the college over offensive remarks by a lecturer.", acled: "Peaceful protest"},
		{name: "rob_name", text: "Supporters of Senator Rob Walsh rallied in the town square.", acled: "Peaceful protest"},
	})
}

// TestACLEDTerritoryVerbs: forces driven out of a place and a town seized
// are changes of territory; an IED defused before an attack is disrupted
// weapons use.
func TestACLEDTerritoryVerbs(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "drove_out", text: "The army drove the militants out of the town after a week of fighting.", acled: "Government regains territory"},
		{name: "seized_town", text: "Jihadists seized the town of Djibo on Sunday.", acled: "Non-state actor overtakes territory"},
		{name: "drove_out_of_city_no_event", text: "The family drove out of the city before dawn.", acled: ""},
		{name: "foiled_ied_attack", text: "Soldiers defused an IED planted to attack a convoy near Gao.", acled: "Disrupted weapons use"},
	})
}

// TestPlaceInOrgName: a place name that runs on into an institution's
// name ("Simon Fraser University") is not where the event happened.
func TestPlaceInOrgName(t *testing.T) {
	text := "A professor at Simon Fraser University in Burnaby said so."
	ts := tokenize(text, nil)
	at := func(name string) *model.Place {
		i := strings.Index(text, name)
		return &model.Place{Name: name, Start: i, End: i + len(name)}
	}
	if !inOrgName(ts, at("Simon")) {
		t.Error("Simon (of Simon Fraser University) taken as a place")
	}
	if inOrgName(ts, at("Burnaby")) {
		t.Error("Burnaby rejected")
	}
}

// TestACLEDGatheringsAndGroupChanges: people gathered outside a building
// and a memorandum handed in by a group are protests; armed groups
// collecting taxes or pledging allegiance change their activity.
func TestACLEDGatheringsAndGroupChanges(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "gathered_outside", text: "Residents gathered outside the governor's office on Monday.", acled: "Peaceful protest", types: []string{"PROTEST"}},
		{name: "memorandum", text: "Teachers submitted a memorandum to the district officer over unpaid salaries.", acled: "Peaceful protest", types: []string{"REQUEST"}},
		{name: "zakat", text: "Al Shabaab militants collected zakat from herders in the villages.", acled: "Change to group/activity"},
		{name: "allegiance", text: "A faction of the group pledged allegiance to the Islamic State.", acled: "Change to group/activity"},
	})
}

// TestACLEDAmbushAndScuffles: an ambush takes the sub-type of its target;
// a scuffle at a demonstration makes it violent, a brawl with no
// demonstration is mob violence.
func TestACLEDAmbushAndScuffles(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "ambush_bus", text: "Gunmen ambushed a passenger bus on the highway, killing three travellers.", acled: "Attack"},
		{name: "ambush_patrol", text: "Insurgents ambushed an army patrol near the border.", acled: "Armed clash"},
		{name: "scuffle_protest", text: "Protesters scuffled with police outside the parliament during the demonstration.", acled: "Violent demonstration"},
		{name: "brawl", text: "A brawl between two groups of youths left one man injured in the market.", acled: "Mob violence"},
	})
}

// TestACLEDBattleAndCruelty: repelling an attack or engaging an armed group
// is a battle; burning someone alive is an attack on a civilian; property
// bulldozed or crops uprooted is property destruction.
func TestACLEDBattleAndCruelty(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "repelled", text: "Soldiers repelled an attack by insurgents on their base overnight.", acled: "Armed clash"},
		{name: "engaged", text: "The army engaged militants in the forest near the village.", acled: "Armed clash"},
		{name: "burned_alive", text: "Assailants burned a farmer alive in his hut.", acled: "Attack"},
		{name: "bulldozed", text: "Authorities bulldozed three homes in the village on Tuesday.", acled: "Looting/property destruction"},
		{name: "uprooted", text: "Settlers uprooted olive trees on farmland near the village.", acled: "Looting/property destruction"},
	})
}

// TestACLEDForceAndWeapons: protesters injured by the police, or a
// brutal crackdown, is excessive force; chemical shells are a chemical
// weapon; an arms factory busted is disrupted weapons use.
func TestACLEDForceAndWeapons(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "protesters_injured", text: "Police used water cannon on the demonstrators, injuring 15 protesters in the capital.", acled: "Excessive force against protesters"},
		{name: "tear_gas_only", text: "Police fired tear gas to disperse the demonstrators in the capital.", acled: "Protest with intervention"},
		{name: "brutal_crackdown", text: "Students marched on the ministry and security forces responded with a brutal crackdown.", acled: "Excessive force against protesters"},
		{name: "chemical_shells", text: "Government forces fired chemical shells at the rebel-held town.", acled: "Chemical weapon"},
		{name: "arms_factory", text: "Police busted an arms factory in the hills.", acled: "Disrupted weapons use"},
	})
}

// TestACLEDMobJustice: violence against a suspected wrongdoer by no armed
// actor is mob justice.
func TestACLEDMobJustice(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "suspected_thief", text: "A suspected thief was beaten to death in the market on Friday.", acled: "Mob violence"},
		{name: "gunmen_shot_trader", text: "Gunmen shot dead a trader in the market on Friday.", acled: "Attack"},
	})
}

// TestACLEDGatheringWithDemand: a gathering, march or blockade voicing a
// demand ("to demand", "demanding") is one protest.
func TestACLEDGatheringWithDemand(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "gathered_demanding", text: "Farmers gathered in the main square of Oaxaca demanding higher prices.", acled: "Peaceful protest", types: []string{"PROTEST"}},
		{name: "blocked_to_demand", text: "Workers blocked the main federal state highway to demand unpaid wages.", acled: "Peaceful protest", types: []string{"PROTEST"}},
	})
}
