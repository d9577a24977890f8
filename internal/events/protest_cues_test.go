package events

import "testing"

// TestProtestCrowdViolenceCues covers the codebook's violent demonstration
// beyond burning tyres: vandalism (graffiti, broken windows, damaged cars)
// and road blocks built of vehicles or other material; and violence that
// is only what a protest is about or commemorates, which leaves it
// peaceful.
func TestProtestCrowdViolenceCues(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "vehicles_block", text: "Farmers protesting milk prices in Rennes used tractors and manure trailers to block the ring road.", acled: "Violent demonstration"},
		{name: "blocked_with_logs", text: "Villagers protested in Kisumu over power cuts and blocked the highway with logs and stones.", acled: "Violent demonstration"},
		{name: "graffiti", text: "Students protested in Lyon against tuition fees and sprayed graffiti on the walls of the ministry.", acled: "Violent demonstration"},
		{name: "broke_windows", text: "Demonstrators marched through Valparaiso and broke the windows of a bank.", acled: "Violent demonstration"},
		{name: "fistfight", text: "Nurses demonstrated outside the health ministry in Quito. Two marchers and a counter-protester ended up in a fistfight.", acled: "Violent demonstration"},
		{name: "anniversary_of_riot", text: "Hundreds rallied in Denver on the anniversary of the 2020 riot to call for police reform.", acled: "Peaceful protest"},
		{name: "against_earlier_scuffle", text: "Parents rallied in Nakuru against the earlier scuffle between teachers at the school gate.", acled: "Peaceful protest"},
		{name: "blocked_road_plain", text: "Residents blocked a road in Machakos to protest against water shortages.", acled: "Peaceful protest"},
	})
}

// TestProtestInterventionCues covers the authorities stopping a protest
// (interrupted, foiled) and arrests reported in the sentences
// after a protest with no one else named as arresting: both are
// intervention. A prison sentence is no arrest.
func TestProtestInterventionCues(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "interrupted", text: "Police interrupted a demonstration by teachers demanding higher pay in Cusco.", acled: "Protest with intervention"},
		{name: "foiled", text: "Riot police foiled the rally of the dockworkers in Mombasa over unpaid bonuses.", acled: "Protest with intervention"},
		{name: "arrest_next_sentence", text: "Farmers demonstrated in Kassel against fuel prices. Two men were arrested.", acled: "Protest with intervention"},
		{name: "detained_two_later", text: "Nurses protested outside the hospital in Accra over unpaid wages. The rally lasted three hours. Three organisers were detained.", acled: "Protest with intervention"},
		{name: "prison_sentence_background", text: "Families protested in Jaffna over the closure of the ferry. The ferry operator had been given a two-year sentence for fraud.", acled: "Peaceful protest"},
		{name: "traffic_stopped_not_protest", text: "Drivers stopped traffic during the protest in Lima against fuel prices.", acled: "Peaceful protest"},
	})
}

// TestProtestGatheringToVoice covers a crowd that gathers, wherever, to
// voice a demand, and the named strikes of pupils and climate activists.
func TestProtestGatheringToVoice(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "gathered_far_purpose", text: "Pensioners gathered at the fountain in the old town of Plovdiv to voice their anger at the cut in heating allowances.", acled: "Peaceful protest", types: []string{"PROTEST"}},
		{name: "assembled_solidarity", text: "Several hundred residents assembled at the main square in solidarity with the striking miners.", acled: "Peaceful protest"},
		{name: "climate_strike", text: "Pupils in Ghent held a school strike for the climate on Friday.", acled: "Peaceful protest"},
		{name: "gathered_to_watch", text: "Fans gathered at the main square to watch the final.", acled: ""},
	})
}

// TestArmedVictimsMakeAClash covers violence with no recipient named
// whose dead or wounded are members of armed forces or groups: a battle
// in the codebook, unless they were captives put to death.
func TestArmedVictimsMakeAClash(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "policeman_shot", text: "Unidentified gunmen shot dead a policeman in Basra on Monday.", acled: "Armed clash"},
		{name: "soldiers_killed_passive", text: "Two soldiers were killed and three wounded in an attack near Djibo on Sunday.", acled: "Armed clash"},
		{name: "militiamen_killing", text: "Bandits stormed the village of Kauran Namoda, killing four militiamen.", acled: "Armed clash"},
		{name: "executed_captives", text: "Insurgents executed twelve captured soldiers near Palmyra on Friday.", acled: "Attack"},
		{name: "civilians_killed", text: "Gunmen killed three farmers in Benue on Monday.", acled: "Attack"},
		{name: "off_duty", text: "Gunmen killed an off-duty policeman at his home in Kano.", acled: "Attack"},
	})
}

// TestTerritoryTakenByForce covers wordings of a change of territory
// beyond "captured the town" (control established over an area, an area
// liberated or cleared), and the combat words that make it a battle
// rather than a peaceful transfer.
func TestTerritoryTakenByForce(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "established_control_after_offensive", text: "Government troops established control over the Wadi area after a week-long offensive.", acled: "Government regains territory"},
		{name: "captured_neighbourhood", text: "Government troops captured the hilltop above Kidal on Thursday after heavy fighting.", acled: "Government regains territory"},
		{name: "liberated_villages", text: "Soldiers liberated three villages from the militants near Gao, the army said.", acled: "Government regains territory"},
		{name: "rebels_control_after_clashes", text: "Following clashes, rebels of the M23 took full control of the border town of Bunagana.", acled: "Non-state actor overtakes territory"},
		{name: "handed_over_quietly", text: "The militia handed over control of the town of Bir Ali to the army without a fight.", acled: "Non-violent transfer of territory"},
	})
}

// TestTerritoryAttemptIsNoCapture covers an attempt to take a place that
// failed: the fighting is a clash, not a change of territory.
func TestTerritoryAttemptIsNoCapture(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "attempted_capture", text: "Rebels attempted to capture the river port of Mopti, but soldiers repelled the attack after hours of fighting.", acled: "Armed clash"},
		{name: "capturing_village", text: "Government troops advanced on Wednesday, capturing the bridge over the Niger at Ansongo.", acled: "Government regains territory"},
	})
}

// TestMovementAndPropertyDestruction covers movements of forces (a
// convoy arriving or crossing, a military patrol, equipment offloaded),
// which the codebook counts as a change to a group's activity; property
// burned with no one hurt (looting/property destruction); and an armed
// post attacked and burned, which stays a clash.
func TestMovementAndPropertyDestruction(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "convoy_crossed", text: "A Turkish army convoy of forty vehicles crossed into Idlib province on Monday.", acled: "Change to group/activity"},
		{name: "military_patrol", text: "A Russian military patrol passed through the outskirts of Qamishli on Tuesday.", acled: "Change to group/activity"},
		{name: "offloading_equipment", text: "A transport vessel began offloading armoured vehicles and troops at the naval base in Souda Bay.", acled: "Change to group/activity"},
		{name: "patrol_attacked", text: "Militants attacked a military patrol near Gao, killing two soldiers.", acled: "Armed clash", types: []string{"ASSAULT"}},
		{name: "burned_truck", text: "Suspected militants burned a fuel truck near Dori on Sunday. The driver escaped unhurt.", acled: "Looting/property destruction"},
		{name: "burned_station", text: "Gunmen burned a mobile phone mast outside Kaya overnight.", acled: "Looting/property destruction"},
		{name: "police_station_attacked_burned", text: "Insurgents attacked the police station in Garissa and burned the building.", acled: "Armed clash"},
		{name: "burned_effigy_protest", text: "Students staged a demonstration in Porto and burned a school report in protest.", acled: "Peaceful protest"},
	})
}

// TestProtestPassiveViolenceCues covers crowd violence said in the
// passive or as an escalation: objects thrown at the police, a protest
// turning (very) violent, barriers pulled or torn down.
func TestProtestPassiveViolenceCues(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "bottles_thrown", text: "Police said bricks were thrown at officers during the protest against the incinerator in Lille.", acled: "Violent demonstration"},
		{name: "turned_very_violent", text: "A student march against tuition fees in Santiago turned very violent on Saturday.", acled: "Violent demonstration"},
		{name: "pulled_down_fence", text: "Demonstrators tore down the metal barriers outside the electoral commission in Kinshasa during a rally.", acled: "Violent demonstration"},
		{name: "peaceful_march", text: "Thousands marched peacefully through Bern to demand climate action.", acled: "Peaceful protest"},
	})
}

// TestMobViolenceByPartisans covers violence by the supporters or
// members of a party or community, which the codebook counts as mob
// violence; staff of a state service act for it.
func TestMobViolenceByPartisans(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "party_supporters", text: "Activists of the Shiv Sena beat up a shopkeeper in Thane.", acled: "Mob violence"},
		{name: "prison_employees", text: "Employees of the state prison service beat up inmates in a detention centre in Samara on Monday.", acled: "Attack"},
		{name: "party_gunmen_fire", text: "Supporters of the ruling party opened fire on a rival's convoy in Dhaka, wounding two.", acled: "Attack"},
	})
}

// TestExcessiveForceCues covers a protest violently dispersed, excessive
// force named, and people hurt by rubber bullets or batons in the
// crackdown's sentence; tear gas with no one hurt stays intervention.
func TestExcessiveForceCues(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "violently_dispersed", text: "Police violently dispersed a protest by teachers in Rabat on Sunday.", acled: "Excessive force against protesters"},
		{name: "excessive_force", text: "Rights groups said riot police used excessive force at a sit-in by nurses in Tunis.", acled: "Excessive force against protesters"},
		{name: "rubber_bullets_injured", text: "Twenty marchers were hurt in Conakry when gendarmes fired rubber bullets to disperse a rally against the new constitution.", acled: "Excessive force against protesters"},
		{name: "tear_gas_only", text: "Gendarmes fired tear gas to disperse a rally against the new constitution in Conakry.", acled: "Protest with intervention"},
	})
}

// TestWithdrawalWithoutTaker covers state forces pulling out with no one named
// taking over, a relocation (change to group/activity), against a
// withdrawal that hands a place to another side (non-violent transfer).
func TestWithdrawalWithoutTaker(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "withdrew_from_base", text: "French forces withdrew from their base in Gossi on Tuesday.", acled: "Change to group/activity"},
		{name: "army_pulled_back", text: "The army pulled back from the outskirts of Tripoli overnight.", acled: "Change to group/activity"},
		{name: "rebels_withdrew_town", text: "The rebels withdrew from the town of Uvira on Monday.", acled: "Non-violent transfer of territory"},
		{name: "withdrew_then_taken", text: "The army withdrew from the town of Ber, which rebels then seized without a fight.", acled: "Non-violent transfer of territory"},
		{name: "handed_over", text: "The army withdrew from Zawiya and handed over control of the town to the police.", acled: "Non-violent transfer of territory"},
	})
}

// TestDisruptedWeaponsClearance covers mines and bombs destroyed, cleared
// or blown up in a controlled explosion: weapons disrupted, not used.
func TestDisruptedWeaponsClearance(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "destroyed_mines", text: "Army engineers destroyed a cache of landmines found in a farmhouse near Tessalit.", acled: "Disrupted weapons use"},
		{name: "cleared_minefield", text: "Deminers cleared a minefield on the road to Marib on Monday.", acled: "Disrupted weapons use"},
		{name: "controlled_explosion", text: "Police carried out a controlled explosion of a suspicious package in Derry.", acled: "Disrupted weapons use"},
		{name: "ied_exploded", text: "An IED exploded near a police vehicle in Mogadishu, wounding two officers.", acled: "Remote explosive/landmine/IED"},
	})
}

// TestFireExchangedIsAClash covers fire traded both ways (exchanged
// shelling, fired back, returned fire): a battle whatever the weapons.
func TestFireExchangedIsAClash(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "exchanged_shelling", text: "Government and rebel gunners exchanged shells across the lake near Goma on Sunday.", acled: "Armed clash"},
		{name: "fired_back", text: "Rebels fired mortars at a gendarmerie camp near Bambari and the gendarmes fired back.", acled: "Armed clash"},
		{name: "mortar_one_way", text: "Rebels fired mortars at a gendarmerie camp near Bambari on Monday.", acled: "Shelling/artillery/missile attack"},
	})
}

// TestProtestBlockadeMaterials covers more of the codebook's destructive
// acts by a crowd: wood or tyres burned on a road, tyres slashed, trucks
// parked to block an entrance, passing vehicles attacked.
func TestProtestBlockadeMaterials(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "burned_wood", text: "Villagers angry about power cuts marched to the district office in Tamale and burned wood across the approach road.", acled: "Violent demonstration"},
		{name: "setting_tyres_on_fire", text: "Market women protested the new levy in Kumasi, setting tyres on fire at two junctions.", acled: "Violent demonstration"},
		{name: "parked_trucks", text: "Striking miners parked heavy lorries to block the gate of the smelter in Kitwe during the protest.", acled: "Violent demonstration"},
		{name: "stoned_buses", text: "Students rallied against fee hikes in Kampala and stoned buses on the main avenue.", acled: "Violent demonstration"},
	})
}

// TestProtestBannersAndClosures covers banners or placards displayed in
// public and a road closed to voice a demand: peaceful protests with no
// protest word.
func TestProtestBannersAndClosures(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "displayed_banners", text: "Tenants' association members displayed banners outside the housing department in Leipzig calling for a rent freeze.", acled: "Peaceful protest"},
		{name: "carried_placards", text: "Dozens of nurses carried placards outside the regional hospital in Bari over staff shortages.", acled: "Peaceful protest"},
		{name: "closed_road_to_demand", text: "Villagers closed the road to the quarry near Gafsa to demand jobs at the site.", acled: "Peaceful protest"},
		{name: "closed_road_police", text: "Police closed the road near the border crossing after a landslide.", acled: ""},
	})
}
