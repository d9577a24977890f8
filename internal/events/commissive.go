package events

// Promises and threats. PLOVER codes an actor's stated intent to act by
// what the act would be: an intent to cooperate, aid, meet or yield is an
// AGREE ("will send aid", "is ready to resume talks"), an intent to use
// force, sanctions or restrictions a THREATEN ("will impose tariffs if
// …", "would retaliate", "is prepared to use force"). The act itself has
// not happened and is not coded; the commitment has, and is.

// hostileType marks the types whose announced intent is a threat.
var hostileType = map[string]bool{"ASSAULT": true, "COERCE": true, "SANCTION": true, "MOBILIZE": true, "PROTEST": true}

// cooperativeType marks the types whose announced intent is a promise.
var cooperativeType = map[string]bool{"AID": true, "CONSULT": true, "SUPPORT": true, "COOPERATE": true,
	"RETREAT": true, "CONCEDE": true}

// intentWords are AGREE triggers that announce an act of the actor's own.
var intentWords = setOf(`ready prepared willing intend intends intended intending vow vows vowed vowing pledge pledges
pledged pledging promise promises promised promising commit commits committed determined`)

// threatWords in the complement of an intent make it a threat: "ready
// to use force", "prepared to retaliate".
var threatWords = setOf(`force retaliate retaliation retaliatory respond punish crush destroy war invade attack annihilate eliminate
wipe countermeasures counter-measures necessary fight battle weapons nuclear military troops defend strike hit bomb
shoot shell occupy seize blockade sanctions sanction`)

// commissives recodes, in place, the triggers of one sentence that state
// an actor's intent: a hostile act the actor commits to becomes a
// THREATEN, a cooperative one an AGREE, each asserted (the statement was
// made); an intent trigger ("ready to") whose act is hostile becomes a
// THREATEN.
func commissives(ts []tok, ms []mention, live []hit, types []string, auxs []aux) {
	for x, h := range live {
		a := auxs[x]
		// "will not attack": a refusal of a hostile act is a reassurance
		if types[x] == "REJECT" && refusalModal(ts, h) {
			// "will not attack" reassures; "would not veto the resolution",
			// "will not stand in the way" consents
			// "will not accept" is one refusal: the REJECT that shares
			// the modal's negation is no consent
			if y := nextTyped(ts, live, x); y >= 0 && (hostileType[types[y]] || types[y] == "REJECT") && !sharesNegation(live[x], live[y]) {
				types[x] = "AGREE"
			}
			continue
		}
		// "urged its allies to back the plan": rallying support on behalf
		// of another (CAMEO 053) is support
		if types[x] == "REQUEST" {
			if y := nextTyped(ts, live, x); y >= 0 && types[y] == "SUPPORT" && live[y].i > 0 && ts[live[y].i-1].low == "to" {
				types[x] = "SUPPORT"
				continue
			}
		}
		// "there will be no U-turn": a concession ruled out is a refusal
		if (types[x] == "CONCEDE" || types[x] == "RETREAT" || types[x] == "CONSULT") && refusedYield(ts, h) {
			types[x] = "REJECT"
			live[x].e = &rejectYieldEntry
			auxs[x] = aux{why: "a concession ruled out"}
			continue
		}
		// "refused to agree", "failed to reach an agreement": an agreement
		// withheld is a rejection
		if types[x] == "AGREE" && a.Negated && !a.Hypothetical && !a.Future && !a.Historical && h.e.tag != "agreement" {
			types[x] = "REJECT"
			auxs[x] = aux{why: "an agreement withheld"}
			continue
		}
		if types[x] == "AGREE" && intentWords[ts[h.i].low] {
			// the act the intent is about: the first trigger or threat
			// word of the complement
			end := min(h.j+8, len(ts))
			for y := x + 1; y < len(live); y++ {
				if live[y].i < end {
					end = live[y].i
					if hostileType[types[y]] && !clauseBetween(ts, h.j, live[y].i) {
						types[x] = "THREATEN"
					}
					break
				}
			}
			for k := h.j; k < end && types[x] == "AGREE"; k++ {
				if clauseBreak(&ts[k]) {
					break
				}
				if threatWords[ts[k].low] {
					types[x] = "THREATEN"
				}
			}
			continue
		}
		// "the court decided to allow …", "decided to lift the ban": an
		// authority's decision to yield or to cut ties is the act itself
		if (types[x] == "CONCEDE" || types[x] == "SANCTION") && a.Future && !a.Negated && (decidedTo(ts, h) || types[x] == "SANCTION" && announcedMeasure(ts, h)) {
			auxs[x] = aux{why: "a decision taken"}
			continue
		}
		if !a.commit || a.Negated || a.Historical || a.Alleged || !(a.Future || a.Hypothetical) || h.e.tag == "anaphor" {
			continue // "the strike" refers to an act; it states no intent
		}
		if !subjectBefore(ts, ms, h) || shieldedFrom(ts, h) {
			continue
		}
		if types[x] == "CONSULT" && !a.byTaker && !a.Hypothetical {
			continue // "the G7 will meet in July": a schedule, not a promise; "would meet him if …" is an offer
		}
		switch {
		case hostileType[types[x]]:
			types[x] = "THREATEN"
		case cooperativeType[types[x]]:
			types[x] = "AGREE"
		default:
			continue
		}
		auxs[x] = aux{why: "an actor's stated intent"}
	}
}

// shieldedFrom reports a trigger that names what is warded off ("to
// shield it from drone attacks", "protection against strikes"), not an
// act of the subject.
func shieldedFrom(ts []tok, h hit) bool {
	for k := h.i - 1; k >= 0 && k >= h.i-3; k-- {
		switch ts[k].low {
		case "from", "against":
			return true
		}
		if clauseBreak(&ts[k]) {
			break
		}
	}
	return false
}

// refusalModal reports the bare modal refusals of the REJECT lexicon:
// "won't", "will not", "would not".
func refusalModal(ts []tok, h hit) bool {
	switch ts[h.i].low {
	case "won't", "will", "would":
		return true
	}
	return false
}

// nextTyped returns the next trigger after live[x] in its clause, -1 if
// none within eight tokens.
func nextTyped(ts []tok, live []hit, x int) int {
	h, y := live[x], x+1
	if y >= len(live) || live[y].i > h.j+8 || clauseBetween(ts, h.j, live[y].i) {
		return -1
	}
	return y
}

// clauseBetween reports a clause break in tokens [i, j).
func clauseBetween(ts []tok, i, j int) bool {
	for k := i; k < j && k < len(ts); k++ {
		if clauseBreak(&ts[k]) {
			return true
		}
	}
	return false
}

// subjectBefore reports an actor named before the trigger in its clause:
// the one who commits to the act.
func subjectBefore(ts []tok, ms []mention, h hit) bool {
	for _, m := range ms {
		if m.j <= h.i && !clauseBetween(ts, m.j, h.i) {
			return true
		}
	}
	return false
}

// decidedTo reports a trigger right after "decided to" or "voted to".
func decidedTo(ts []tok, h hit) bool {
	if h.i < 2 || ts[h.i-1].low != "to" {
		return false
	}
	switch ts[h.i-2].low {
	case "decided", "voted", "ruled", "resolved":
		return true
	}
	return false
}
