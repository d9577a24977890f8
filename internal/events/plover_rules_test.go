package events

import (
	"slices"
	"testing"
)

// ploverCase is a sentence written for these tests with the PLOVER types
// its asserted events must have (exactly) and types that must not be
// coded.
type ploverCase struct {
	name, text string
	want, not  []string
}

func runPLOVERCases(t *testing.T, cases []ploverCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := types(mustCode(t, c.text, Options{}))
			want := slices.Clone(c.want)
			slices.Sort(want)
			if c.want != nil && !slices.Equal(got, want) {
				t.Errorf("types = %v, want %v", got, want)
				for _, e := range mustCode(t, c.text, Options{All: true, Explain: true}) {
					t.Logf("  %s aux=%+v %v", e.Type, e.Aux, e.Reasons)
				}
			}
			for _, n := range c.not {
				if slices.Contains(got, n) {
					t.Errorf("coded %s, which must not be (types %v)", n, got)
				}
			}
		})
	}
}

// TestCommissives: an actor's stated intent is coded by what it commits
// to: a hostile act is a THREATEN, a cooperative one an AGREE; a mere
// schedule ("will meet in July") and what is warded off ("to shield it
// from attacks") are neither.
func TestCommissives(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "will_impose_tariffs", text: "Washington will impose tariffs on Mexican steel if the talks fail.", want: []string{"THREATEN"}},
		{name: "would_retaliate_strike", text: "Iran said it would strike American bases in the region.", want: []string{"THREATEN"}},
		{name: "prepared_to_use_force", text: "The defence minister said Seoul was prepared to use force to defend the islands.", want: []string{"THREATEN"}, not: []string{"AGREE"}},
		{name: "ready_to_send_aid", text: "Japan is ready to send emergency aid to the flooded provinces.", want: []string{"AGREE"}},
		{name: "will_provide_aid", text: "The World Bank will provide a loan to Kenya for road repairs.", want: []string{"AGREE"}},
		{name: "plans_to_visit", text: "The Indian prime minister plans to visit Moscow next month.", want: []string{"AGREE"}},
		{name: "will_meet_schedule", text: "Foreign ministers of the bloc will meet in Lisbon in October.", want: []string{}},
		{name: "strike_threat_union", text: "The teachers' union said it would go on strike over unpaid salaries.", want: []string{"THREATEN"}},
		{name: "shield_from_attacks", text: "The navy moved its ships to the north, aiming to shield them from Ukrainian drone attacks.", not: []string{"THREATEN"}},
		{name: "urged_to_impose", text: "Activists urged the European Union to impose sanctions on the regime.", want: []string{"REQUEST"}, not: []string{"THREATEN"}},
	})
}

// TestPLOVERLexicon covers general verb classes: stopping aid or closing
// an embassy reduces relations (SANCTION), policy reversals and giving in
// to demands are concessions (CONCEDE), a declared ceasefire or reopened
// crossing is a RETREAT whose object is no event of its own, alerts and
// call-ups are MOBILIZE, sealing off and annexing are COERCE, striking a
// position is an ASSAULT, sealed and inked deals are AGREE, and Amnesty
// International is no amnesty.
func TestPLOVERLexicon(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "suspend_aid", text: "Sweden suspended development aid to the government in Kampala.", want: []string{"SANCTION"}, not: []string{"AID"}},
		{name: "close_embassy", text: "Lithuania closed its embassy in Minsk on Friday.", want: []string{"SANCTION"}},
		{name: "walk_out_talks", text: "The opposition delegation walked out of the talks in Geneva.", want: []string{"SANCTION"}},
		{name: "scrap_tax", text: "The government scrapped the fuel tax after weeks of pressure from truckers.", want: []string{"CONCEDE"}},
		{name: "gave_in", text: "The city council gave in to the residents and cancelled the landfill project.", want: []string{"CONCEDE"}},
		{name: "declared_ceasefire", text: "The rebels declared a unilateral ceasefire for the holidays.", want: []string{"RETREAT"}},
		{name: "halted_shelling", text: "Both armies halted the shelling of the river towns on Sunday.", want: []string{"RETREAT"}, not: []string{"ASSAULT"}},
		{name: "reopened_crossing", text: "Israel reopened the Kerem Shalom crossing to aid trucks.", want: []string{"RETREAT"}},
		{name: "call_up_reservists", text: "Armenia called up reservists after the border incident.", want: []string{"MOBILIZE"}},
		{name: "scrambled_jets", text: "Taiwan scrambled jets as Chinese aircraft approached the island.", want: []string{"MOBILIZE"}},
		{name: "sealed_off", text: "Soldiers sealed off the district and searched every house.", want: []string{"COERCE"}},
		{name: "annexed", text: "Moscow annexed four regions of Ukraine in 2022 after staged votes.", not: []string{"AGREE"}},
		{name: "struck_positions", text: "Turkish jets struck positions of the PKK in northern Iraq.", want: []string{"ASSAULT"}},
		{name: "inked_deal", text: "Indonesia and the Emirates inked a deal on investment in Jakarta.", want: []string{"AGREE"}},
		{name: "amnesty_international", text: "Amnesty International accused the police of torturing detainees.", want: []string{"ACCUSE", "ASSAULT"}, not: []string{"CONCEDE"}},
		{name: "amnesty_granted", text: "The president granted amnesty to hundreds of political prisoners.", want: []string{"CONCEDE"}},
	})
}

// TestPLOVERHeadAndBackground: violence named as the setting of another
// act is no event; a date after "since" does not make an act historical;
// weapons deployed or supplied are not fired; hosting a visitor is a
// CONSULT; accepting demands and lifting a curfew (even in the passive)
// are concessions; encouraging is a request; aid handed over is AID.
func TestPLOVERHeadAndBackground(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "withdrew_after_invasion", text: "The last foreign troops withdrew from the province two years after the invasion.", want: []string{"RETREAT"}},
		{name: "truce_after_fighting", text: "The two militias declared a truce after weeks of fighting in the south.", want: []string{"RETREAT"}},
		{name: "asylum_fleeing_war", text: "Germany granted asylum to thousands of families fleeing the war.", want: []string{"AID"}},
		{name: "fighting_reported", text: "Heavy fighting broke out between the army and rebels near Goma on Monday.", want: []string{"ASSAULT"}},
		{name: "visit_since", text: "The Chinese premier arrived in Canberra, the first visit by a Chinese leader since 2017.", want: []string{"CONSULT"}},
		{name: "deployed_rockets", text: "The army deployed rocket launchers along the northern border.", want: []string{"MOBILIZE"}, not: []string{"ASSAULT"}},
		{name: "supplied_missiles", text: "Britain supplied anti-tank missiles to the Ukrainian army.", want: []string{"AID"}, not: []string{"ASSAULT"}},
		{name: "welcomed_president", text: "The emir welcomed the French president at the palace in Doha.", want: []string{"CONSULT"}},
		{name: "accepted_demands", text: "The government accepted the demands of the striking doctors.", want: []string{"CONCEDE"}},
		{name: "curfew_lifted", text: "The curfew was lifted in the capital on Sunday.", want: []string{"CONCEDE"}},
		{name: "encouraged", text: "The United Nations encouraged both sides to resume negotiations.", want: []string{"REQUEST"}},
		{name: "handed_over_aid", text: "Volunteers handed over food and medicine to the displaced families.", want: []string{"AID"}, not: []string{"RETREAT"}},
	})
}

// TestPLOVERVerbClasses covers further verb classes written from the
// codebook: snubbing and blocking a resolution are rejections, summoning
// an ambassador and holding someone responsible are accusations, a
// promise of retaliation is a threat, drills and standby orders are
// mobilisation, forced relocation is coercion, an import ban is a
// sanction, and reinstating workers is a concession.
func TestPLOVERVerbClasses(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "snubbed", text: "The junta snubbed the regional bloc's peace envoy.", want: []string{"REJECT"}},
		{name: "blocked_resolution", text: "Russia blocked a Security Council resolution on the crisis.", want: []string{"REJECT"}},
		{name: "summoned_ambassador", text: "Poland summoned the Belarusian ambassador over the border incident.", want: []string{"ACCUSE"}, not: []string{"REQUEST"}},
		{name: "held_responsible", text: "The opposition held the interior minister responsible for the deaths in custody.", want: []string{"ACCUSE"}},
		{name: "promised_retaliation", text: "Tehran promised retaliation for the strike on its consulate.", want: []string{"THREATEN"}, not: []string{"AGREE"}},
		{name: "conducted_drills", text: "The navy conducted drills near the disputed islands.", want: []string{"MOBILIZE"}},
		{name: "forcibly_relocated", text: "Authorities forcibly relocated hundreds of herders from the park.", want: []string{"COERCE"}},
		{name: "banned_imports", text: "Beijing banned imports of Taiwanese fruit last week.", want: []string{"SANCTION"}, not: []string{"COERCE"}},
		{name: "reinstated_workers", text: "The company reinstated the dismissed union leaders after the strike.", want: []string{"CONCEDE"}},
	})
}

// TestACLEDWeapons: rocket-propelled grenades and grenade launchers are
// fired from afar (shelling), a hand grenade is thrown (grenade); several
// explosions with no device named are a bombardment.
func TestACLEDWeapons(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "rpg", text: "Militants fired RPGs at a police station in the district.", acled: "Shelling/artillery/missile attack"},
		{name: "hand_grenade", text: "An unidentified man threw a hand grenade into a bar, wounding four.", acled: "Grenade"},
		{name: "explosions", text: "Several explosions hit the outskirts of Kharkiv overnight.", acled: "Shelling/artillery/missile attack"},
		{name: "one_explosion_device", text: "A roadside bomb exploded near a market, killing two.", acled: "Remote explosive/landmine/IED"},
	})
}

// TestStrikeDemandIsTheProtest: what a strike demands is the strike, not a
// REQUEST of its own.
func TestStrikeDemandIsTheProtest(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "hunger_strike_demand", text: "Dozens of detainees went on hunger strike to demand their release.", want: []string{"PROTEST"}},
	})
}

// TestPLOVERDefianceAndWithholding: flouting a ban is a rejection (not
// the ban again), ending a curfew a concession, cancelling aid a
// sanction, blocking supplies coercion.
func TestPLOVERDefianceAndWithholding(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "flouted_ban", text: "Thousands of opposition supporters flouted the ban on gatherings.", want: []string{"REJECT"}, not: []string{"COERCE"}},
		{name: "ended_curfew", text: "The governor ended the curfew in the northern districts.", want: []string{"CONCEDE"}, not: []string{"COERCE"}},
		{name: "cancelled_aid", text: "Denmark cancelled development aid to the government.", want: []string{"SANCTION"}, not: []string{"AID"}},
		{name: "blocked_supplies", text: "Soldiers blocked fuel supplies to the besieged town.", want: []string{"COERCE"}},
	})
}

// TestAllegedContent: an accusation of defiance is one ACCUSE; an
// accusation of violence also reports the alleged violence.
func TestAllegedContent(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "accused_of_violating", text: "The army accused the rebels of violating the ceasefire.", want: []string{"ACCUSE"}},
		{name: "accused_of_shelling", text: "The army accused the rebels of shelling a market.", want: []string{"ACCUSE", "ASSAULT"}},
	})
}

// TestRefusalsAndReassurances: an agreement withheld is a REJECT; a
// refusal of a hostile act ("will not attack") is a reassurance, an AGREE.
func TestRefusalsAndReassurances(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "refused_to_agree", text: "The opposition refused to agree to the new timetable.", want: []string{"REJECT"}, not: []string{"AGREE"}},
		{name: "failed_to_reach_agreement", text: "The two delegations failed to reach an agreement on the border.", want: []string{"REJECT"}},
		{name: "will_not_attack", text: "The defence minister said the army will not attack civilian areas.", want: []string{"AGREE"}, not: []string{"ASSAULT", "REJECT"}},
		{name: "will_not_attend", text: "The president said he will not attend the summit in Brasilia.", want: []string{"REJECT"}},
	})
}

// TestUnauthorisedStillHappened: "the march was not authorised" negates
// the permit, not the march.
func TestUnauthorisedStillHappened(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "not_authorised", text: "Hundreds joined the march, which was not authorised by the city.", want: []string{"PROTEST"}},
		{name: "fighting_not_resumed", text: "Fighting has not resumed in the tense region.", want: []string{}},
	})
}
