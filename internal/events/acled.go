package events

import "github.com/geowire/geowire/internal/model"

// The ACLED view of an event: ACLED's event type and sub-event type,
// spelled exactly as ACLED publishes them, decided from the PLOVER type,
// the cues the merged mentions carry (weapon, crowd, territory) and the
// sectors of the actors (ACLED separates an attack on civilians from a
// clash between armed groups by who is on the other side).

// ACLED event types.
const (
	ACLEDBattles    = "Battles"
	ACLEDExplosions = "Explosions/Remote violence"
	ACLEDViolence   = "Violence against civilians"
	ACLEDProtests   = "Protests"
	ACLEDRiots      = "Riots"
	ACLEDStrategic  = "Strategic developments"
)

// acledEventType maps each ACLED sub-event type to its event type.
var acledEventType = map[string]string{
	"Armed clash": ACLEDBattles, "Government regains territory": ACLEDBattles, "Non-state actor overtakes territory": ACLEDBattles,
	"Chemical weapon": ACLEDExplosions, "Air/drone strike": ACLEDExplosions, "Suicide bomb": ACLEDExplosions,
	"Shelling/artillery/missile attack": ACLEDExplosions, "Remote explosive/landmine/IED": ACLEDExplosions, "Grenade": ACLEDExplosions,
	"Sexual violence": ACLEDViolence, "Attack": ACLEDViolence, "Abduction/forced disappearance": ACLEDViolence,
	"Peaceful protest": ACLEDProtests, "Protest with intervention": ACLEDProtests, "Excessive force against protesters": ACLEDProtests,
	"Violent demonstration": ACLEDRiots, "Mob violence": ACLEDRiots,
	"Agreement": ACLEDStrategic, "Arrests": ACLEDStrategic, "Change to group/activity": ACLEDStrategic,
	"Disrupted weapons use": ACLEDStrategic, "Headquarters or base established": ACLEDStrategic,
	"Looting/property destruction": ACLEDStrategic, "Non-violent transfer of territory": ACLEDStrategic, "Other": ACLEDStrategic,
}

func armed(a *model.Actor) bool {
	if a == nil {
		return false
	}
	switch a.Sector {
	case model.SectorMilitary, model.SectorPolice, model.SectorRebels, model.SectorMilitia, model.SectorIntelligence:
		return true
	}
	return false
}

func state(a *model.Actor) bool {
	if a == nil {
		return false
	}
	switch a.Sector {
	case model.SectorMilitary, model.SectorPolice, model.SectorGovernment, model.SectorIntelligence:
		return true
	}
	return false
}

// acled returns the ACLED sub-event type of a merged event and why.
func acled(e *event, actor, recip *model.Actor, fatalities int) (string, string) {
	t := e.tags
	switch e.typ {
	case "PROTEST":
		switch {
		case t["mob"]:
			return "Mob violence", "a mob"
		case t["riot"] && !t["protest"] && !t["strike"] && !t["violent"] && !(recip != nil && (recip.Sector == model.SectorPolice || recip.Sector == model.SectorGovernment)):
			// the codebook: violence by rioters who are not demonstrating;
			// rioters who take on the police or officials are
			// demonstrating against the authorities
			return "Mob violence", "rioters with no demonstration named, not facing the police"
		case t["clash"] && !t["protest"] && !t["strike"] && !t["violent"] && !t["riot"] && !(recip != nil && (recip.Sector == model.SectorPolice || recip.Sector == model.SectorGovernment)) && !clashWithForces(e):
			// a clash the police broke up, with no demonstration named:
			// rioters fighting each other
			return "Mob violence", "a clash between groups that the police answered, no demonstration named"
		case t["riot"] || t["loot"] || t["violent"] || t["clash"]:
			return "Violent demonstration", "violence by the crowd"
		case crowdHurtPolice(e) || crowdAssault(e):
			return "Violent demonstration", "the crowd hurt the police or attacked people or property"
		case fatalities > 0 || t["kill"] || t["fire"] || t["beat"] || t["shell"] || t["force"] || (t["intervene"] || t["attack"]) && protestersHurt(e):
			return "Excessive force against protesters", "protesters killed, shot, beaten or hurt, or a brutal crackdown"
		case t["intervene"] || t["arrest"]:
			return "Protest with intervention", "dispersal or arrests"
		}
		return "Peaceful protest", "a protest without violence or intervention"
	case "ASSAULT":
		switch {
		case graveFound(e):
			return "Other", "a mass grave found: the codebook's other strategic development"
		case displacedBy(e, fatalities):
			return "Other", "people displaced by violence named as the cause"
		case t["chem"] || chemPayload(e):
			return "Chemical weapon", "a chemical agent"
		case t["suicide"]:
			return "Suicide bomb", "a suicide attack"
		case (t["regain"] || t["overtake"]) && occupation(actor):
			return "Peaceful protest", "a site occupied by unarmed people: a protest, not a change of territory"
		case (t["regain"] || t["overtake"]) && peacefulCapture(e):
			return "Non-violent transfer of territory", "territory taken without a fight, abandoned or after a withdrawal"
		case (t["regain"] || t["overtake"]) && !violent(e) && fatalities <= 0 && !forcefulCapture(e):
			return "Non-violent transfer of territory", "territory changed hands with no fighting reported"
		case t["regain"]:
			if actor != nil && !state(actor) && actor.Sector != "" && !stateAffiliate(e, actor) {
				return "Non-state actor overtakes territory", "territory taken by a non-state actor"
			}
			return "Government regains territory", "territory retaken"
		case t["overtake"]:
			if state(actor) || stateAffiliate(e, actor) {
				return "Government regains territory", "territory taken by state forces"
			}
			return "Non-state actor overtakes territory", "territory taken"
		case t["clash"] && !mobClash(e) && !partisanClash(e) && !t["abduct"] && !((t["ied"] || t["grenade"]) && armedSides(e) < 2):
			// a battle stays a battle whatever the weapons: air support,
			// grenades or artillery used by two sides fighting
			return "Armed clash", "two sides fighting"
		case t["air"] || t["drone"]:
			if t["disrupt"] {
				return "Disrupted weapons use", "an interception"
			}
			return "Air/drone strike", "an air or drone strike"
		case t["disrupt"] && !t["abduct"]:
			// a person seized after their car was intercepted is abducted
			return "Disrupted weapons use", "an interception"
		case t["shell"] && !specificBlast(e):
			return "Shelling/artillery/missile attack", "artillery, rockets or missiles"
		case t["grenade"]:
			return "Grenade", "a grenade"
		case t["ied"]:
			return "Remote explosive/landmine/IED", "a bomb, mine or IED"
		case t["sexual"]:
			return "Sexual violence", "sexual violence"
		case t["abduct"] && !t["kill"] && fatalities <= 0:
			return "Abduction/forced disappearance", "an abduction"
		case t["clash"]:
			if mobClash(e) || partisanClash(e) {
				return "Mob violence", "a clash between unarmed crowds"
			}
			return "Armed clash", "fighting between two sides"
		case t["loot"] && !t["kill"] && !t["fire"] && !t["beat"] && fatalities <= 0 && !(armed(recip) && t["attack"]) && !armedTarget(e):
			return "Looting/property destruction", "looting or destruction without violence against people"
		}
		if actor != nil && (actor.Sector == model.SectorCivilians || actor.Sector == model.SectorProtesters) && crowd(actor.Name) && !armed(recip) && !t["fire"] && !armedParty(e) {
			return "Mob violence", "violence by a crowd of civilians"
		}
		if actor != nil && !armed(actor) && crowdOf(e, actor) && !armed(recip) && !t["fire"] && !armedParty(e) {
			return "Mob violence", "violence by the supporters or members of a party or group"
		}
		if (actor == nil || actor.Sector == model.SectorCivilians) && !t["fire"] && !armedParty(e) && mobJustice(e) {
			return "Mob violence", "mob justice against a suspected wrongdoer"
		}
		if armed(recip) && !offDuty(e, recip) && !heldCaptive(e, recip) || armedTarget(e) || armed(actor) && stateCollective(recip) || recip == nil && armedVictims(e) && !unarmedActor(actor) {
			return "Armed clash", "violence against an armed actor: a battle, not an attack on civilians"
		}
		return "Attack", "violence against civilians or unarmed people"
	case "REQUEST", "ACCUSE", "REJECT", "SUPPORT":
		if e.typ == "SUPPORT" && signedPeace(e) {
			return "Agreement", "a peace agreement or ceasefire signed"
		}
		// ACLED codes a demonstration by what people do in public, not by
		// the word "protest": a group of people voicing a demand or a
		// grievance, with no official or armed actor behind it, is one
		if e.cands[0].trig.e != &speechAccuseEntry && publicDemand(e, actor) {
			return "Peaceful protest", "a group of people voicing a demand in public"
		}
	case "COERCE":
		switch {
		case propertySeized(e):
			return "Looting/property destruction", "property seized: no weapons"
		case t["disrupt"]:
			return "Disrupted weapons use", "weapons seized or defused"
		case (t["arrest"] || e.cands[0].trig.e.mode == "arrest") && actor != nil && (actor.Sector == model.SectorRebels || actor.Sector == model.SectorMilitia):
			return "Abduction/forced disappearance", "people seized by a non-state armed group: no arrest"
		case t["arrest"] || e.cands[0].trig.e.mode == "arrest":
			return "Arrests", "arrests"
		}
		return "Other", "a restriction imposed"
	case "AGREE":
		if t["agreement"] {
			return "Agreement", "a ceasefire, truce or peace agreement"
		}
		if peaceTalks(e) {
			return "Agreement", "an agreement between armed sides or about peace"
		}
	case "RETREAT":
		if t["transfer"] && state(actor) && relocation(e) {
			// state forces pulling out with no one named taking over: a
			// relocation, the codebook's change to group/activity (an
			// armed group leaving a town cedes it)
			return "Change to group/activity", "forces withdrawn, no one taking over"
		}
		if t["transfer"] {
			return "Non-violent transfer of territory", "a withdrawal"
		}
		// the codebook's agreements include prisoner releases and
		// exchanges and surrenders: each is a deal between the sides
		switch e.cands[0].trig.e.mode {
		case "release", "disarm", "ceasefire":
			return "Agreement", "a release, exchange or surrender"
		}
	case "CONSULT":
		// talks between armed sides, or about peace, are the codebook's
		// "peace talks"
		if peaceTalks(e) {
			return "Agreement", "talks between armed sides or about peace"
		}
	case "MOBILIZE":
		switch {
		case t["base"] && !baseDestination(e):
			return "Headquarters or base established", "a base established"
		case t["change"]:
			return "Change to group/activity", "a change in a group or its activity"
		}
		return "Change to group/activity", "a deployment"
	}
	return "", ""
}

// stateCollective reports a recipient named as a state as a whole ("the
// government", "the regime", "the junta"): the target of an armed group's
// violence so named is the state's forces, not an official.
func stateCollective(a *model.Actor) bool {
	if a == nil || a.Sector != model.SectorGovernment {
		return false
	}
	f := fieldsOf(lower(a.Name))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "government", "regime", "junta":
		return true
	}
	return false
}

// protestersHurt reports protesters counted as injured in the protest's
// sentences ("injuring 20 demonstrators").
func protestersHurt(e *event) bool {
	for _, cd := range e.cands {
		if cd.typ != "PROTEST" {
			continue
		}
		for _, n := range cd.counts {
			if n.what == "injured" && n.value > 0 {
				return true
			}
		}
		// "scores of marchers were hurt when officers charged with
		// batons": injuries in the sentence of the crackdown
		if cd.tags["intervene"] {
			hurt, weapon := false, false
			for k := range cd.ts {
				hurt = hurt || injuryWords[cd.ts[k].low]
				weapon = weapon || forceWeapons[cd.ts[k].low]
			}
			if hurt && weapon || protestersInjured(cd.ts) {
				return true
			}
		}
	}
	return false
}

// forceWeapons are the means of a crackdown that hurts: rubber bullets,
// pellets, batons.
var forceWeapons = setOf(`rubber bullets bullet pellets pellet batons baton clubs truncheons`)

// injuryWords say people were hurt.
var injuryWords = setOf(`injured injuring injuries wounded wounding hurt hospitalised hospitalized`)

// suspectWords name the usual victims of mob justice.
var suspectWords = setOf(`thief thieves robber robbers burglar burglars criminal criminals kidnapper kidnappers witch
witches sorcerer sorcerers wizard wizards rapist rapists rustler rustlers pickpocket pickpockets`)

// mobJustice reports violence against a suspected wrongdoer ("a suspected
// thief was beaten to death"): the codebook's mob justice.
func mobJustice(e *event) bool {
	for _, cd := range e.cands {
		for k := range cd.ts {
			if suspectWords[cd.ts[k].low] {
				return true
			}
		}
	}
	return false
}

// crowd reports whether an actor's name is a group of people, not one.
func crowd(name string) bool {
	for _, w := range fieldsOf(lower(name)) {
		switch w {
		case "villagers", "residents", "people", "locals", "youths", "mob", "crowd", "protesters", "demonstrators", "rioters",
			"men", "families", "relatives", "supporters", "students", "traders", "farmers", "herders", "community", "members",
			"workers", "employees", "teachers", "nurses", "doctors", "drivers", "activists", "citizens", "women", "parents",
			"pensioners", "retirees", "fishermen", "vendors", "miners", "lawyers", "journalists", "staff", "unionists",
			"union", "unions", "association", "associations", "movement", "movements", "collective", "collectives", "federation",
			"confederation", "committee", "committees", "groups", "organisations", "organizations", "ngos", "syndicate",
			"syndicates", "guild", "coalition", "alliance", "platform", "network", "personnel", "inhabitants", "neighbours",
			"neighbors", "victims", "survivors", "mothers", "widows", "veterans", "youth", "peasants", "truckers",
			"motorcyclists", "shopkeepers", "merchants", "medics", "physicians", "professors", "lecturers", "academics",
			"pupils", "graduates", "unemployed", "tenants", "displaced", "refugees", "migrants", "christians", "muslims",
			"worshippers", "believers", "clergy", "feminists", "indigenous", "dozens", "hundreds", "thousands", "group",
			"followers", "sympathisers", "sympathizers", "partisans", "militants'", "cooperative", "cooperatives":
			return true
		}
	}
	return false
}

// anyArmed reports whether an event's sentences name an armed actor.
func anyArmed(e *event) bool { return armedSides(e) > 0 }

// armedSides counts the distinct armed actors an event's sentences name.
func armedSides(e *event) int {
	seen := map[string]bool{}
	for _, cd := range e.cands {
		for _, m := range cd.ms {
			switch m.sector {
			case model.SectorMilitary, model.SectorPolice, model.SectorRebels, model.SectorMilitia, model.SectorIntelligence:
				seen[lower(m.name)] = true
			}
		}
	}
	return len(seen)
}

func civilianTarget(a *model.Actor) bool {
	return a != nil && (a.Sector == model.SectorCivilians || a.Sector == model.SectorMedia || a.Sector == model.SectorProtesters)
}

// militaryTargets are places and units only armed actors hold.
var militaryTargets = setOf(`position positions base bases camp camps checkpoint checkpoints convoy convoys patrol patrols
outpost outposts barracks garrison garrisons post posts trench trenches stronghold strongholds hideout hideouts`)

// armedTarget reports whether the object of an attack is a military
// place or unit ("attacked an army position"), not a place it happened
// at ("shot a civilian at a checkpoint") nor a civilian one ("a
// humanitarian convoy").
func armedTarget(e *event) bool {
	for _, cd := range e.cands {
		for _, h := range cd.hits {
			if h.e.tag != "attack" && h.e.tag != "clash" {
				continue
			}
			for k := h.j; k < len(cd.ts) && k < h.j+4; k++ {
				w := cd.ts[k].low
				if clauseBreak(&cd.ts[k]) || w == "at" || w == "near" || w == "in" || w == "humanitarian" || w == "passenger" || w == "civilian" || w == "aid" {
					break
				}
				if militaryTargets[w] {
					return true
				}
				// "a police station", "the gendarmerie headquarters"
				if (w == "police" || w == "gendarmerie") && k+1 < len(cd.ts) && (cd.ts[k+1].low == "station" || cd.ts[k+1].low == "headquarters") {
					return true
				}
			}
		}
	}
	return false
}

// offDuty reports a recipient named as off duty or retired: a member of
// the forces attacked as a civilian.
func offDuty(e *event, a *model.Actor) bool {
	if a == nil || a.Span == nil {
		return false
	}
	for _, cd := range e.cands {
		for k := range cd.ts {
			if cd.ts[k].rs >= a.Span.Start {
				for m := max(k-3, 0); m < k; m++ {
					switch cd.ts[m].low {
					case "off-duty", "retired", "former", "ex":
						return true
					}
				}
				break
			}
		}
	}
	return false
}

// mobClash reports a clash between unarmed crowds: a crowd or civilians
// on one side, no armed actor named and no firearms.
func mobClash(e *event) bool {
	if armedParty(e) || e.tags["fire"] || e.tags["shell"] {
		return false
	}
	civ := false
	for _, cd := range e.cands {
		for _, m := range cd.ms {
			if m.sector == model.SectorCivilians || m.sector == model.SectorProtesters {
				civ = true
			}
		}
		for k := range cd.ts {
			switch cd.ts[k].low {
			case "armed", "gun", "guns", "gunfire", "firearms", "shot", "shots", "fire", "bullets", "rifles":
				return false
			}
		}
	}
	return civ
}

// publicDemand reports a demand, complaint or rejection voiced by a
// group of people (workers, residents, activists, members of a union),
// asserted, in a sentence that names no state or armed actor as its
// source.
func publicDemand(e *event, actor *model.Actor) bool {
	if e.aux.Negated || e.aux.Hypothetical || e.aux.Future || e.aux.Historical {
		return false
	}
	if actor != nil {
		switch actor.Sector {
		case model.SectorProtesters:
			return true
		case model.SectorCivilians, "":
			// "residents", "a women's collective": a group of people, not
			// one speaker
			if crowd(actor.Name) {
				return true
			}
		default:
			return false
		}
	}
	// "members of the dockworkers' union demanded …", "residents of Tunis
	// urged …": the group stands in the subject before the trigger, with
	// no official or armed actor there
	cd := e.cands[0]
	start := cd.trig.i
	for start > 0 && !clauseBreak(&cd.ts[start-1]) {
		start--
	}
	for _, m := range cd.ms {
		if m.i >= start && m.j <= cd.trig.i && m.sector != "" && m.sector != model.SectorCivilians && m.sector != model.SectorProtesters {
			return false
		}
	}
	for k := start; k < cd.trig.i; k++ {
		if crowd(cd.ts[k].low) {
			return true
		}
	}
	return false
}

// occupation reports a site taken by unarmed people (residents, workers,
// protesters): a form of protest, not a change of territory, which ACLED
// keeps for armed actors.
func occupation(a *model.Actor) bool {
	return a != nil && (a.Sector == model.SectorCivilians || a.Sector == model.SectorProtesters)
}

// violenceTags are the cues of force used against people or positions.
var violenceTags = []string{"clash", "attack", "kill", "fire", "shell", "air", "drone", "ied", "grenade", "suicide", "chem", "beat", "abduct", "sexual"}

// violent reports whether an event's mentions carry any cue of force.
func violent(e *event) bool {
	for _, t := range violenceTags {
		if e.tags[t] {
			return true
		}
	}
	return false
}

// personTarget reports a recipient that is a person or group of people,
// not property.
func personTarget(a *model.Actor) bool {
	return a != nil && a.Sector != "" && a.Sector != model.SectorBusiness
}

// captureVerbs take territory by force: "captured", "overran", "stormed";
// "took control", "regained control" and "entered" say nothing of how.
var captureVerbs = setOf(`capture captured captures capturing recapture recaptured recapturing overran overrun overrunning
seize seized seizing liberate liberated liberating liberation retake retook retaken retaking fell fall falls stormed storm
clear cleared clearing freed`)

// forcefulCapture reports a territorial change whose verb implies force.
func forcefulCapture(e *event) bool {
	for _, cd := range e.cands {
		for _, h := range cd.hits {
			if (h.e.tag == "regain" || h.e.tag == "overtake") && (captureVerbs[cd.ts[h.i].low] || expulsionVerbs[cd.ts[h.i].low]) {
				return true
			}
		}
		for k := range cd.ts {
			if combatWords[cd.ts[k].low] {
				return true
			}
			// "as government forces advanced against the militants": an
			// offensive
			if advanceWords[cd.ts[k].low] && k+1 < len(cd.ts) && cd.ts[k+1].low == "against" {
				return true
			}
		}
	}
	return false
}

// advanceWords move forces forward; "advanced against" names an offensive.
var advanceWords = setOf(`advance advanced advances advancing push pushed pushing`)

// combatWords in the sentence of a change of territory say it was won by
// fighting: "a military victory", "after an offensive", "following
// clashes", "after eliminating the last fighters".
var combatWords = setOf(`victory offensive counteroffensive counter-offensive eliminating eliminated routed routing defeated
defeating fighting clashes battle battles onslaught operation operations`)

// peaceWords name what talks between the sides of a conflict are about.
var peaceWords = setOf(`peace ceasefire cease-fire truce armistice hostilities disarmament demobilisation demobilization
reconciliation surrender prisoners hostages evacuation corridor`)

// peaceTalks reports talks or an agreement between armed sides, or about
// peace: an armed actor among the participants, or a peace word.
func peaceTalks(e *event) bool {
	for _, cd := range e.cands {
		if cd.actor != nil && (cd.actor.Sector == model.SectorRebels || cd.actor.Sector == model.SectorMilitia) ||
			cd.recip != nil && (cd.recip.Sector == model.SectorRebels || cd.recip.Sector == model.SectorMilitia) {
			return true
		}
		for k := range cd.ts {
			if peaceWords[cd.ts[k].low] {
				return true
			}
		}
	}
	return false
}

// armedRoles name members of armed forces or groups among the dead and
// wounded.
var armedRoles = setOf(`soldier soldiers troops trooper troopers serviceman servicemen policeman policemen gendarme gendarmes
militiaman militiamen militia fighter fighters militant militants rebel rebels insurgent insurgents combatant combatants
jihadist jihadists vigilante vigilantes guerrilla guerrillas guerrillas paramilitary paramilitaries gunman gunmen
commando commandos gangster gangsters cultist cultists bandit bandits terrorist terrorists separatist separatists
pirate pirates`)

// captiveWords say the dead were held or executed, not fighting.
var captiveWords = setOf(`massacred executed beheaded captured captive captives prisoners detained abducted kidnapped`)

// armedVictims reports casualty figures that count members of armed
// forces or groups ("two soldiers were killed", "killing three
// militiamen"): with no recipient named, violence against them is a
// battle, not an attack on civilians (the codebook's armed clash).
func armedVictims(e *event) bool {
	check := func(cd *cand) bool {
		for _, n := range cd.counts {
			if n.what != "killed" && n.what != "injured" {
				continue
			}
			armedHit, captive := false, false
			for k := n.i; k < n.j+3 && k < len(cd.ts); k++ {
				if k >= n.j && (cd.ts[k].punct || clauseBreak(&cd.ts[k])) {
					break
				}
				// captives put to death: an attack, not a battle
				captive = captive || captiveWords[cd.ts[k].low]
				if armedRoles[cd.ts[k].low] && !(k > 0 && (cd.ts[k-1].low == "off-duty" || cd.ts[k-1].low == "former" || cd.ts[k-1].low == "retired")) || forcesCompound(cd.ts, k) && !(k > 1 && (cd.ts[k-2].low == "off-duty" || cd.ts[k-2].low == "former" || cd.ts[k-2].low == "retired")) {
					armedHit = true
				}
				// "two members of a rival gang": members of an armed group
				if (cd.ts[k].low == "member" || cd.ts[k].low == "members") && memberOfArmed(cd.ts, k+1) {
					armedHit = true
				}
			}
			if armedHit && !captive {
				return true
			}
		}
		return false
	}
	for _, cd := range e.cands {
		if check(cd) {
			return true
		}
	}
	for _, cd := range e.extra {
		if check(cd) {
			return true
		}
	}
	return false
}

// unarmedActor reports an actor named as civilians or protesters.
func unarmedActor(a *model.Actor) bool {
	return a != nil && (a.Sector == model.SectorCivilians || a.Sector == model.SectorProtesters)
}

// heldCaptive reports armed people named as held when harmed: captured,
// captives, prisoners, detained. The codebook
// counts people in custody as unarmed: their killing is an attack.
func heldCaptive(e *event, a *model.Actor) bool {
	if a == nil || a.Span == nil {
		return false
	}
	for _, cd := range e.cands {
		for k := range cd.ts {
			if cd.ts[k].rs >= a.Span.Start {
				for m := max(k-3, 0); m < k; m++ {
					if captiveWords[cd.ts[m].low] {
						return true
					}
				}
				break
			}
		}
	}
	return false
}

// staffWords name people who act for an institution, not a crowd: "a
// group of", "employees of the prison service".
var staffWords = setOf(`group employees staff personnel workers`)

// crowdOf reports an actor named through its crowd: "supporters of the
// ruling party", "members of a rival faction", "workers of the union".
// The codebook counts violence by such unorganised partisans as mob
// violence, not as an act of the party or the state.
func crowdOf(e *event, a *model.Actor) bool {
	if f := fieldsOf(lower(a.Name)); len(f) > 2 && f[1] == "of" && crowd(f[0]) && !staffWords[f[0]] {
		return true // the name itself: "Supporters of the Congress"
	}
	if a.Span == nil {
		return false
	}
	for _, cd := range e.cands {
		for k := range cd.ts {
			if cd.ts[k].rs < a.Span.Start {
				continue
			}
			for m := k - 1; m >= 0 && m >= k-4; m-- {
				if cd.ts[m].low == "of" && m > 0 && crowd(cd.ts[m-1].low) && !staffWords[cd.ts[m-1].low] {
					return true
				}
			}
			break
		}
	}
	return false
}

// handoverWords name a side that takes over what is left.
var handoverWords = setOf(`handed hand hands handing ceded cede relinquished relinquish took taken take takes over control
abandoned abandon surrendered surrender controlled controlling seize seized seizing entered allowed replaced`)

// relocation reports a withdrawal that names no taker: every mention's
// sentence lacks a handover word ("withdrew from the base", not "handed
// the base over to the army").
func relocation(e *event) bool {
	for _, cd := range e.cands {
		for k := range cd.ts {
			if handoverWords[cd.ts[k].low] {
				return false
			}
		}
	}
	return true
}
