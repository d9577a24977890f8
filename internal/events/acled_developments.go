package events

import (
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// ACLED developments, written from the PLOVER and ACLED documentation and
// tested on sentences of our own (acled_developments_test.go): ACLED's
// "Other" for a report whose only development is a threat or an arrival;
// weapons recovered in bulk or found on a would-be attacker are a
// disrupted weapons use, property seized a looting, territory won back in
// other words a government regain, territory entered unopposed or after
// the other side fled a non-violent transfer, a peace agreement signed an
// agreement (threatsRefusalsTerritoryLexicon, acled.go).

// otherDevelopment gives ACLED's "Other" strategic development to a
// report whose events have no ACLED view of their own and which reports a
// threat or an arrival (of forces or officials, not a visit to
// victims): the codebook's
// significant non-violent developments that fit no other sub-event type.
func otherDevelopment(out []model.Event) {
	for i := range out {
		if out[i].ACLEDSubEventType != "" {
			return
		}
	}
	for i := range out {
		ev := &out[i]
		if !ev.Aux.Asserted() {
			continue
		}
		trig := lower(ev.Evidence["trigger"].Text)
		if ev.Type == "THREATEN" && !strings.HasPrefix(trig, "warn") || ev.Type == "CONSULT" && ev.Mode == "visit" && strings.HasPrefix(trig, "arriv") {
			ev.ACLEDSubEventType = "Other"
			ev.ACLEDEventType = acledEventType["Other"]
			if ev.Reasons != nil {
				ev.Reasons = append(ev.Reasons, "ACLED Strategic developments / Other: a threat or a visit, the report's only development")
			}
			return
		}
	}
}

// expulsionVerbs win territory by driving the other side out: force,
// though no fighting is named ("drove the militants out of the town").
var expulsionVerbs = setOf(`drove drive drives driving driven flushed flush flushing dislodged dislodge dislodging pushed
push ousted oust expelled expel routed rout cleared reclaimed reclaim`)

// signedPeace reports an agreement signed or ratified between the sides
// of a conflict: CAMEO codes the signing as SUPPORT (057), ACLED the
// agreement itself.
func signedPeace(e *event) bool {
	for _, cd := range e.cands {
		if !signVerbs[cd.ts[cd.trig.i].low] {
			continue
		}
		for k := cd.trig.j; k < len(cd.ts) && k < cd.trig.j+6; k++ {
			if clauseBreak(&cd.ts[k]) {
				break
			}
			if peaceWords[cd.ts[k].low] {
				return true
			}
		}
	}
	return false
}

var signVerbs = setOf(`sign signs signed signing ratify ratifies ratified ratifying`)

// seizedProperty are goods and holdings whose seizure ACLED codes as
// looting or property destruction; a weapon among them makes the
// seizure a disrupted weapons use.
var seizedProperty = setOf(`land lands property properties farm farms farmland house houses home homes cattle livestock goats
sheep camels goods crops harvest shops shop vehicles cars trucks motorcycles money cash belongings assets businesses`)

var seizedWeapons = setOf(`weapon weapons arms ammunition ammo explosive explosives rifle rifles gun guns firearm firearms
pistol pistols grenade grenades ied ieds bomb bombs device devices mine mines landmine landmines rocket rockets mortar
mortars munitions rounds ordnance detonators drugs`)

// propertySeized reports a seizure or confiscation whose object is
// property, not weapons: "confiscated the land of the farmers".
func propertySeized(e *event) bool {
	for _, cd := range e.cands {
		h := cd.trig
		if h.e == nil || h.e.mode != "confiscate" || h.e.tag != "disrupt" {
			continue
		}
		switch cd.ts[h.i].low {
		case "confiscate", "confiscated", "confiscates", "confiscating", "seize", "seized", "seizes", "seizing":
		default:
			continue
		}
		prop := false
		for k := h.i + 1; k < len(cd.ts) && k <= h.j+5; k++ {
			if clauseBreak(&cd.ts[k]) {
				break
			}
			w := cd.ts[k].low
			if seizedWeapons[w] {
				return false
			}
			if seizedProperty[w] {
				prop = true
			}
		}
		if prop {
			return true
		}
	}
	return false
}
