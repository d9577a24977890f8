package events

// Explosive weapons named by what the codebook keys on.
//
//   - Missiles fired from the air ("air missiles", "air-to-surface
//     missiles") are an air strike, not artillery.
//   - Tank fire is shelling: the codebook's shelling/artillery/missile
//     attack covers fire from heavy weapons at a distance, tanks among
//     them ("a tank attack", "tanks shelled the positions").
//   - A suicide attack is a suicide bomb whatever the vehicle: a
//     "suicide vehicle-borne IED" (SVBIED) or "kamikaze" attackers are
//     suicide bombers, not a remote IED.
//   - A chemical weapon named as the target of a strike ("struck chemical
//     weapons facilities") is not one used: the strike keeps its own
//     weapon (dropChemTargets).
//   - Munitions said to contain a chemical agent ("shells that contained
//     chlorine") are a chemical weapon, even when the agent sits in a
//     clause of its own (chemPayload).

// suicideLexicon: the suicide attack under its other names.
const suicideLexicon = `
ASSAULT aerial air 0.95 n: air missile~; air-to-surface missile~; air-to-ground missile~; air-launched
ASSAULT heavy-weapons shell 0.9 n: tank attack~; tank shell~; tank shelling; tank round~; tanks _ fired|shelled|pounded|attacked|bombarded
ASSAULT suicide-attack suicide 0.98 n: suicide vehicle-borne; suicide vbied~; svbied~; suicide truck bomb~; suicide truck~; suicide car~; suicide bomb~; kamikaze~; kamikaze attacker~; kamikaze bomber~
`

// chemSiteWords name installations that hold or make chemical weapons.
var chemSiteWords = setOf(`facility facilities site sites stockpile stockpiles plant plants factory factories depot depots
arsenal arsenals programme program programs programmes storage production laboratory laboratories lab labs`)

// dropChemTargets drops a chemical-weapon trigger that names an
// installation ("chemical weapons facilities", "a chemical weapons
// stockpile"): the place struck or destroyed, not the weapon used.
func dropChemTargets(ts []tok, hs []hit) []hit {
	out := hs[:0]
	for _, h := range hs {
		if h.e.tag == "chem" {
			site := false
			for k := h.j; k < len(ts) && k < h.j+3; k++ {
				if chemSiteWords[ts[k].low] {
					site = true
					break
				}
				if ts[k].punct {
					break
				}
			}
			if site {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// payloadVerbs say what a munition carried.
var payloadVerbs = setOf(`contained containing contain contains filled laced loaded carrying carried`)

// chemAgents are the chemical agents a munition can carry.
var chemAgents = setOf(`chlorine sarin mustard gas gases toxic poisonous poison chemical chemicals nerve agent agents vx phosgene`)

// chemPayload reports a munition in the event's sentences said to carry
// a chemical agent: "rockets filled with sarin", "shells that contained
// poisonous gas".
func chemPayload(e *event) bool {
	for _, cd := range e.cands {
		for k := range cd.ts {
			// "carried out a chlorine attack" names the attack, not a load
			if !payloadVerbs[cd.ts[k].low] || k+1 < len(cd.ts) && cd.ts[k+1].low == "out" {
				continue
			}
			for m := k + 1; m < len(cd.ts) && m < k+4; m++ {
				if cd.ts[m].punct {
					break
				}
				if chemAgents[cd.ts[m].low] && !(m+1 < len(cd.ts) && chemSiteWords[cd.ts[m+1].low]) {
					return true
				}
			}
		}
	}
	return false
}
