package events

import "github.com/geowire/geowire/internal/model"

// What a protest is about is not an event of its own, and not something
// done to the protesters: "relatives of a man killed by police protested
// to demand justice" reports one peaceful protest, not an attack and not
// excessive force. ACLED's protest sub-types turn on what happened to the
// demonstration itself (the codebook: intervention is arrests or
// dispersal of the protest, excessive force is lethal or violent force
// against it), so violence and arrests fold into a protest only when they
// target its participants.

// topicCues before a trigger make it the grievance of a nearby protest.
var topicCues = setOf(`against over about protesting protest protested denouncing denounce denounced condemning condemn
condemned demanding demand demanded justice solidarity commemorate commemorating commemorated mourn mourning memory
anniversary victims victim after following who whose which remembering honour honor honouring honoring death deaths
decrying decry rejecting reject opposing oppose releasing release freed free response reaction outrage anger followed sparked triggered prompted`)

// protesterWords name the participants of a protest.
var protesterWords = setOf(`protesters protester protestors protestor demonstrators demonstrator marchers marcher
rioters rioter strikers striker participants crowd crowds them demonstration demonstrations protest protests rally
rallies march sit-in gathering picketers`)

// protestTopic reports whether trigger hy is what protest trigger hx is
// about: after the protest with a topic cue between ("protest against the
// arrest of …"), or before it with a cue right before it ("relatives of a
// man who was killed … protested"). A trigger whose clause names the
// protesters as its target ("police arrested 20 protesters") is never a
// topic.
func protestTopic(ts []tok, hx, hy hit) bool {
	if targetsProtesters(ts, hy) {
		return false
	}
	if hy.i >= hx.j {
		if hy.i > hx.j+20 {
			return false
		}
		for k := hx.j; k < hy.i; k++ {
			if ts[k].punct && (ts[k].low == "." || ts[k].low == ";") {
				return false
			}
			if topicCues[ts[k].low] {
				return true
			}
		}
		return hy.i >= 1 && (ts[hy.i-1].low == "of" || hy.i >= 2 && ts[hy.i-2].low == "of")
	}
	if hy.j > hx.i || hy.e.typ != "ASSAULT" && hy.e.typ != "COERCE" {
		return false // before the protest only violence or arrests are grievances
	}
	for k := hy.i - 1; k >= 0 && k >= hy.i-6; k-- {
		if ts[k].punct && (ts[k].low == "." || ts[k].low == ";") {
			return false
		}
		if topicCues[ts[k].low] || ts[k].low == "of" {
			return true
		}
	}
	return false
}

// targetsProtesters reports whether the clause right after trigger h
// names the protest or its participants: "fired tear gas at protesters",
// "arrested 12 demonstrators", "dispersed them".
func targetsProtesters(ts []tok, h hit) bool {
	for k := h.j; k < len(ts) && k < h.j+6; k++ {
		if clauseBreak(&ts[k]) {
			return false
		}
		if protesterWords[ts[k].low] {
			return true
		}
	}
	return false
}

// protesterCount reports whether a casualty figure counts protest
// participants ("3 protesters were killed"), not the victims a protest
// is about.
func protesterCount(ts []tok, n count) bool {
	// the figure and its verb, and the noun right after an active verb's
	// figure ("injuring 15 protesters")
	for k := n.i; k < n.j+2 && k < len(ts); k++ {
		if k >= n.j && (ts[k].punct || clauseBreak(&ts[k])) {
			break
		}
		if protesterWords[ts[k].low] && ts[k].low != "protest" && ts[k].low != "protests" {
			return true
		}
	}
	return false
}

// targetsProtest reports whether an assault or arrest mention is done to
// the protesters of a protest in its sentence (or by them): its
// recipient or actor is protesters, its clause names them, or state forces act and nothing
// makes it the protest's grievance.
func targetsProtest(cd *cand) bool {
	if cd.recip != nil && cd.recip.Sector == model.SectorProtesters || cd.actor != nil && cd.actor.Sector == model.SectorProtesters {
		return true // done to the protesters, or by them
	}
	for _, h := range cd.hits {
		if targetsProtesters(cd.ts, h) {
			return true
		}
	}
	// state forces acting in a protest's sentence answer it, unless the
	// sentence gives their act as the protest's grievance ("in response
	// to the killing of a youth by police")
	return cd.actor != nil && (cd.actor.Sector == model.SectorPolice || cd.actor.Sector == model.SectorMilitary) && !grievanceCue(cd.ts)
}
