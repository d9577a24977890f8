package events

import "strings"

// Weapons named by ACLED's sub-event types. The codebook names the
// weapon as reported: a grenade thrown is a grenade, a bomb planted a
// remote explosive, a suicide vest a suicide bomb. "Explosions", a word
// for any blast, adds nothing when the weapon is named, and a weapon
// "suspected" to be chemical is still coded by it: ACLED codes suspected
// chemical attacks as chemical weapons.

// specificBlast reports an event whose shelling cue is only a generic
// word for blasts ("explosions", "a series of explosions") while it also
// names a grenade, an IED or a suicide attack: the named weapon wins.
func specificBlast(e *event) bool {
	t := e.tags
	if !t["grenade"] && !t["ied"] && !t["suicide"] {
		return false
	}
	for _, cd := range e.cands {
		for _, h := range cd.hits {
			if h.e.tag == "shell" && !genericBlast[cd.ts[h.i].low] {
				return false
			}
		}
	}
	return true
}

// genericBlast are the words a shelling trigger may open with that name
// any blast, not artillery.
var genericBlast = setOf(`explosions series several`)

// suspectedWeapon reports "suspected" used as an adjective of the
// trigger's weapon or attack ("a suspected chemical attack", "attacked
// with suspected poisonous gas"): the weapon is suspected, not the act
// alleged.
func suspectedWeapon(ts []tok, k int, h hit) bool {
	if ts[k].low != "suspected" || k == 0 || h.e.typ != "ASSAULT" || h.i-k > 2 {
		return false
	}
	switch ts[k-1].low {
	case "a", "an", "the", "with", "by", "of", "in":
		return true
	}
	return false
}

// forcesCompound reports a head noun at k that names armed men by the
// force before it: "security personnel", "police officers", "army
// officers", "border guards". Alone, "personnel" or "officers" may be
// medical staff or officials.
func forcesCompound(ts []tok, k int) bool {
	if k == 0 {
		return false
	}
	switch ts[k].low {
	case "personnel", "officers", "officer", "guards", "guard", "forces", "agents":
	default:
		return false
	}
	switch ts[k-1].low {
	case "security", "military", "army", "police", "border", "defence", "defense", "paramilitary":
		return true
	}
	return false
}

// accidentLexicon: explosives going off in the hands of those who carry
// or make them are, in the codebook, a disrupted weapons use (accidental
// detonation), not an attack.
const accidentLexicon = `
ASSAULT explosives disrupt 0.9: accidentally|prematurely _ detonated|exploded|activated|triggered|detonating|exploding; accidentally|prematurely went off; accidental|premature explosion~|detonation~|blast~; own bomb~|explosive~|device~ _ exploded|detonated|went off; while _ making|assembling|handling|planting _ bomb~|explosive~|device~|ied~
`

// militaryStrike are the words before "strike" that make it a military
// strike, never a labour one: "an air strike by government forces" is no
// strike by workers.
var militaryStrike = setOf(`air drone missile military rocket artillery punitive pre-emptive preemptive retaliatory precision
surgical naval aerial nuclear first counter`)

// dropMilitaryStrikes drops PROTEST strike triggers that open on a
// "strike" with a military modifier before it.
func dropMilitaryStrikes(ts []tok, hs []hit) []hit {
	out := hs[:0]
	for _, h := range hs {
		if h.e.typ == "PROTEST" && h.e.tag == "strike" && h.i > 0 && strings.HasPrefix(ts[h.i].low, "strike") && militaryStrike[ts[h.i-1].low] {
			continue
		}
		out = append(out, h)
	}
	return out
}

// jetsLexicon: missiles or bombs fired "by" jets or warplanes are an air
// strike, whatever the munition.
const jetsLexicon = `
ASSAULT aerial air 0.9 n: by _ jets|warplanes|bombers|helicopters|aircraft
`
