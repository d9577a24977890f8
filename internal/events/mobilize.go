package events

// MOBILIZE is a show or build-up of armed force (CAMEO 15: raise the
// alert, mobilise or increase police or armed forces). Adding to the
// forces one already has ("strengthened its forces", "bolstered its
// military presence") and training fighters of one's own are build-ups;
// a civilian mission sent somewhere (inspectors, observers, an envoy,
// doctors) is no show of force, and inspectors or investigators sent to
// a site investigate (CAMEO 09, PLOVER ACCUSE). A unit or force formed
// is ACLED's change to a group; fortifying positions is a build-up; and
// reinforcements sent to an existing post or observation point move
// forces there (a change in activity), they establish no base.

// mobilizeLexicon holds the build-up wording the main lexicon lacks.
const mobilizeLexicon = `
MOBILIZE troops - 0.85: strengthen~|strengthened|bolster~|bolstered|boost~|boosted|augment~|augmented|expand~|expanded|reinforced _ forces|troops|garrison~|contingent~|deployment~; strengthen~|strengthened|bolster~|bolstered|boost~|boosted|augment~|augmented|expand~|expanded|increase~|increased|double~|doubled|triple~|tripled _ military|naval|troop|police presence; increase~|increased|double~|doubled|triple~|tripled _ troops|garrison~|contingent~
MOBILIZE troops - 0.8: trained|train~|training _ _ hackers|fighters|militants|commandos|snipers|guerrillas|insurgents|cadres|militiamen; trained|train~|training _ _ suicide bombers; trained|train~|training _ _ child soldiers
MOBILIZE troops - 0.85: fortify~; fortified; fortifying; fortification~
MOBILIZE troops change 0.8: group~|force~|forces|unit~|brigade~|battalion~|militia~|division~|regiment~|command~|corps _ _ was|were|been formed|created|established; group~|force~|forces|unit~|brigade~|battalion~|militia~|division~|regiment~|command~|corps _ _ was|were|been set up
ACCUSE investigate - 0.85: dispatched|dispatch~|sent|send~|deployed|deploy~ _ inspectors|investigators|fact-finding|forensic
`

// civilianMission are the people a government or agency sends who are
// no armed force.
var civilianMission = setOf(`inspectors observers monitors envoy envoys delegation delegations diplomats experts
doctors medics nurses rescuers rescue relief humanitarian aid mediators negotiators officials team teams journalists
investigators mission emissary emissaries representatives`)

// dropCivilianDispatch drops a bare dispatch or deployment trigger
// ("dispatched", "deployed") whose object, within four words of the
// clause, is a civilian mission: "sent a team of doctors", "dispatched
// observers to the border".
func dropCivilianDispatch(ts []tok, hs []hit) []hit {
	out := hs[:0]
	for _, h := range hs {
		if h.e.typ == "MOBILIZE" && h.j == h.i+1 && dispatchVerbs[ts[h.i].low] && civilianObject(ts, h.j) {
			continue
		}
		out = append(out, h)
	}
	return out
}

var dispatchVerbs = setOf(`dispatch dispatches dispatched dispatching deploy deploys deployed deploying deployment`)

func civilianObject(ts []tok, from int) bool {
	for k := from; k < len(ts) && k < from+4; k++ {
		if clauseBreak(&ts[k]) {
			return false
		}
		if civilianMission[ts[k].low] {
			return true
		}
		if forceWords[ts[k].low] {
			return false
		}
	}
	return false
}

// baseDestination reports an event whose only base cue is the place
// forces are sent to ("deployed reinforcements to observation points"),
// not a base set up.
func baseDestination(e *event) bool {
	found := false
	for _, cd := range e.cands {
		for _, h := range cd.hits {
			if h.e.tag != "base" {
				continue
			}
			if h.i == 0 {
				return false
			}
			switch cd.ts[h.i-1].low {
			case "to", "toward", "towards", "at", "into":
				found = true
			default:
				return false
			}
		}
	}
	return found
}
