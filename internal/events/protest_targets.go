package events

import "github.com/geowire/geowire/internal/model"

// Protests met by the state, written from the PLOVER and ACLED
// documentation and tested on sentences of our own
// (protest_targets_test.go): tear gas fired at a crowd; police violence a
// protest answers; arrests during a protest; protesters named only as the
// target of state violence (PLOVER codes the assault or arrest); clashes
// a protest followed.

// grievanceWords in a sentence present its violence as what a protest
// answers: "in response to", "outrage over", "demanding justice for".
var grievanceWords = setOf(`response reaction outrage anger denounce denouncing denounced condemn condemning condemned
justice mourn mourning commemorate commemorating memory anniversary`)

// grievanceCue reports a sentence that presents its violence as a
// grievance.
func grievanceCue(ts []tok) bool {
	for k := range ts {
		if grievanceWords[ts[k].low] {
			return true
		}
	}
	return false
}

// participantNouns name the people of a protest, not its act.
var participantNouns = setOf(`protesters protester protestors protestor demonstrators demonstrator marchers marcher
strikers striker participants crowd crowds picketers`)

// targetedCrowd returns the PLOVER type of an event merged as a protest
// whose protest mentions are only its participants named as the target
// of violence or arrests folded into it, with no protest act of its own
// and no violence by the crowd: ASSAULT when violence was used, else
// COERCE; "" otherwise.
func targetedCrowd(e *event) (string, string) {
	if e.typ != "PROTEST" {
		return "", ""
	}
	typ, mode := "", ""
	for _, cd := range e.cands {
		switch cd.typ {
		case "PROTEST":
			for _, h := range cd.hits {
				if h.e.typ == "PROTEST" && (h.e.tag == "intervene" || h.e.tag == "force") {
					continue
				}
				if h.j-h.i == 1 && participantNouns[cd.ts[h.i].low] {
					continue
				}
				return "", "" // a protest act, or the crowd's violence
			}
		case "ASSAULT":
			if cd.actor != nil && cd.actor.Sector == model.SectorProtesters {
				return "", ""
			}
			typ, mode = "ASSAULT", cd.mode
		case "COERCE":
			if typ == "" {
				typ, mode = "COERCE", cd.trig.e.mode
			}
		}
	}
	return typ, mode
}

// nonLethalWords name the means of dispersal a "fired … at" can carry.
var nonLethalWords = setOf(`tear teargas tear-gas water pepper smoke warning flares canisters`)

// nonLethalIn reports a firing trigger whose span names a non-lethal
// means ("fired tear gas at", "fired water cannon on") in a sentence
// that names a crowd or protest.
func nonLethalIn(ts []tok, h hit) bool {
	nonLethal := false
	for k := h.i; k < h.j && k < len(ts); k++ {
		if nonLethalWords[ts[k].low] {
			nonLethal = true
		}
	}
	if !nonLethal {
		return false
	}
	// only where a crowd is dispersed: elsewhere the act stays an assault
	for k := range ts {
		if protesterWords[ts[k].low] {
			return true
		}
	}
	return false
}

// explicitTarget reports a mention whose recipient or clause names the
// protesters ("evicted the protesters from the square").
func explicitTarget(cd *cand) bool {
	if cd.recip != nil && cd.recip.Sector == model.SectorProtesters {
		return true
	}
	for _, h := range cd.hits {
		if targetsProtesters(cd.ts, h) {
			return true
		}
	}
	return false
}

// arrestAtProtest reports an arrest reported after the protest in its
// sentence with nothing making it the protest's grievance between them
// ("during the protest, five people were arrested", not "protested
// against the arrest of …").
func arrestAtProtest(cd, pc *cand) bool {
	if cd.trig.i < pc.trig.j || grievanceCue(cd.ts) {
		return false
	}
	for k := pc.trig.j; k < cd.trig.i; k++ {
		if topicCues[cd.ts[k].low] {
			return false
		}
	}
	return true
}

// causeWords right before a clash make it the cause a protest followed,
// not the protest turning violent: "their demands followed clashes".
var causeWords = setOf(`followed following after since over because amid`)

// causeBefore reports a mention whose first trigger follows a cause word
// within three tokens: what comes after it in the clause ("clashes that
// left houses destroyed") is the same cause.
func causeBefore(cd *cand) bool {
	if len(cd.hits) == 0 {
		return false
	}
	first := cd.hits[0]
	for _, h := range cd.hits[1:] {
		if h.i < first.i {
			first = h
		}
	}
	for k := first.i - 1; k >= 0 && k >= first.i-3; k-- {
		if causeWords[cd.ts[k].low] {
			return true
		}
	}
	return false
}
