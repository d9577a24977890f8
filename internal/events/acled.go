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
		case t["riot"] && !t["protest"] && !t["strike"] && !t["violent"] && (t["clash"] || t["beat"] || civilianTarget(recip) || recip != nil && recip.Sector == model.SectorMilitary):
			return "Mob violence", "rioters fighting others with no demonstration named"
		case t["riot"] || t["loot"] || t["violent"] || t["clash"]:
			return "Violent demonstration", "violence by the crowd"
		case fatalities > 0 || t["kill"] || t["fire"] || t["beat"] || t["shell"]:
			return "Excessive force against protesters", "protesters killed, shot or beaten"
		case t["intervene"] || t["arrest"] || t["attack"]:
			return "Protest with intervention", "dispersal or arrests"
		}
		return "Peaceful protest", "a protest without violence or intervention"
	case "ASSAULT":
		switch {
		case t["chem"]:
			return "Chemical weapon", "a chemical agent"
		case t["suicide"]:
			return "Suicide bomb", "a suicide attack"
		case t["air"] || t["drone"]:
			if t["disrupt"] {
				return "Disrupted weapons use", "an interception"
			}
			return "Air/drone strike", "an air or drone strike"
		case t["disrupt"]:
			return "Disrupted weapons use", "an interception"
		case t["shell"]:
			return "Shelling/artillery/missile attack", "artillery, rockets or missiles"
		case t["grenade"]:
			return "Grenade", "a grenade"
		case t["ied"]:
			return "Remote explosive/landmine/IED", "a bomb, mine or IED"
		case t["regain"]:
			if actor != nil && !state(actor) && actor.Sector != "" {
				return "Non-state actor overtakes territory", "territory taken by a non-state actor"
			}
			return "Government regains territory", "territory retaken"
		case t["overtake"]:
			if state(actor) {
				return "Government regains territory", "territory taken by state forces"
			}
			return "Non-state actor overtakes territory", "territory taken"
		case t["sexual"]:
			return "Sexual violence", "sexual violence"
		case t["abduct"]:
			return "Abduction/forced disappearance", "an abduction"
		case t["clash"]:
			if mobClash(e) {
				return "Mob violence", "a clash between unarmed crowds"
			}
			return "Armed clash", "fighting between two sides"
		case t["loot"] && !t["kill"] && !t["fire"] && !t["attack"] && !t["beat"]:
			return "Looting/property destruction", "looting or destruction without violence against people"
		}
		if actor != nil && (actor.Sector == model.SectorCivilians || actor.Sector == model.SectorProtesters) && crowd(actor.Name) && !armed(recip) && !t["fire"] && !anyArmed(e) {
			return "Mob violence", "violence by a crowd of civilians"
		}
		if armed(recip) && !offDuty(e, recip) || armedTarget(e) {
			return "Armed clash", "violence against an armed actor: a battle, not an attack on civilians"
		}
		return "Attack", "violence against civilians or unarmed people"
	case "REQUEST", "ACCUSE", "REJECT":
		// ACLED codes a demonstration by what people do in public, not by
		// the word "protest": a group of people voicing a demand or a
		// grievance, with no official or armed actor behind it, is one
		if publicDemand(e, actor) {
			return "Peaceful protest", "a group of people voicing a demand in public"
		}
	case "COERCE":
		switch {
		case t["disrupt"]:
			return "Disrupted weapons use", "weapons seized or defused"
		case t["arrest"] || e.cands[0].trig.e.mode == "arrest":
			return "Arrests", "arrests"
		}
		return "Other", "a restriction imposed"
	case "AGREE":
		if t["agreement"] {
			return "Agreement", "a ceasefire, truce or peace agreement"
		}
	case "RETREAT":
		if t["transfer"] {
			return "Non-violent transfer of territory", "a withdrawal"
		}
	case "MOBILIZE":
		switch {
		case t["base"]:
			return "Headquarters or base established", "a base established"
		case t["change"]:
			return "Change to group/activity", "a change in a group or its activity"
		}
		return "Change to group/activity", "a deployment"
	}
	return "", ""
}

// crowd reports whether an actor's name is a group of people, not one.
func crowd(name string) bool {
	for _, w := range fieldsOf(lower(name)) {
		switch w {
		case "villagers", "residents", "people", "locals", "youths", "mob", "crowd", "protesters", "demonstrators", "rioters",
			"men", "families", "relatives", "supporters", "students", "traders", "farmers", "herders", "community", "members",
			"workers", "employees", "teachers", "nurses", "doctors", "drivers", "activists", "citizens", "women", "parents",
			"pensioners", "retirees", "fishermen", "vendors", "miners", "lawyers", "journalists", "staff", "unionists":
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
	if anyArmed(e) || e.tags["fire"] || e.tags["shell"] {
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
	if actor == nil || e.aux.Negated || e.aux.Hypothetical || e.aux.Future || e.aux.Historical {
		return false
	}
	switch actor.Sector {
	case model.SectorProtesters:
		return true
	case model.SectorCivilians:
		return crowd(actor.Name)
	}
	return false
}
