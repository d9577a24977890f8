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
		case t["riot"] || t["loot"]:
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
			if armed(actor) || armed(recip) || actor == nil && recip == nil || t["fire"] || t["shell"] {
				return "Armed clash", "fighting between armed groups"
			}
			return "Mob violence", "a clash between unarmed groups"
		case t["loot"] && !t["kill"] && !t["fire"] && !t["attack"] && !t["beat"]:
			return "Looting/property destruction", "looting or destruction without violence against people"
		}
		if actor != nil && (actor.Sector == model.SectorCivilians || actor.Sector == model.SectorProtesters) && crowd(actor.Name) && !armed(recip) && !t["fire"] {
			return "Mob violence", "violence by a crowd of civilians"
		}
		if armed(recip) && actor != nil {
			return "Armed clash", "violence between armed actors"
		}
		return "Attack", "violence against civilians or unarmed people"
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
			"men", "families", "relatives", "supporters", "students", "traders", "farmers", "herders", "community", "members":
			return true
		}
	}
	return false
}
