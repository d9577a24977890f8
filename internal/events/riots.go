package events

import "strings"

// Riots. ACLED separates a violent demonstration (demonstrators turning
// to violence or destruction) from mob violence (a violent crowd with no
// demonstration). Its own data codes rioters fighting troops on a raid as
// mob violence, so rioters are left to acled(); what this file adds is
// wording that names the crowd's violence in a demonstration.

// riotLexicon names crowd violence ACLED codes as a violent
// demonstration: fireworks and flares fired at the police, a protest
// that turns (very, increasingly) violent, demonstrators caught up in
// clashes.
const riotLexicon = `
PROTEST riot violent 0.85: fired|fire~|firing|launched|launching|shot|shooting|threw|throwing|hurled|hurling _ firecracker~|firework~|flare~ at; firecracker~|firework~|flare~ _ at|against _ police|policemen|officers|security|troops|soldiers
PROTEST riot violent 0.85: turn~|turned|turning|became|become~|grew|grow~ _ _ violent; protest~|demonstration~|rally|rallies|march~ _ _ descended into _ violence|chaos|clashes
PROTEST riot violent 0.8: protesters|demonstrators|marchers|rioters|crowd~ _ involved in _ clashes|scuffles|violence; involving _ clashes|scuffles; protesters|demonstrators|marchers|rioters|crowd~ _ engaged in _ clashes|scuffles|violence
`

// predicateOfNoun reports a trigger hy that opens with a past-tense verb
// right after the noun trigger hx ("talks near the summit turned
// violent"): hy says what happened, it is not hx's object.
func predicateOfNoun(ts []tok, hx, hy hit) bool {
	if hy.i != hx.j || !nounUse(ts, hx) && !(hx.i > 0 && ts[hx.i-1].low == "the") {
		return false
	}
	w := ts[hy.i].low
	return len(w) > 4 && strings.HasSuffix(w, "ed") || w == "turned" || w == "became" || w == "grew"
}

// interventionLexicon: the police chasing a crowd or suppressing a
// protest are the codebook's intervention in it; with protesters hurt,
// acled() makes it excessive force.
const interventionLexicon = `
PROTEST - intervene 0.7: chased|chase~|chasing _ demonstrators|protesters|protestors|marchers|crowd~|students|activists; gave chase to _ demonstrators|protesters|protestors|marchers|crowd~
PROTEST - intervene 0.75: suppressed|suppress~|quelled|quell~|crushed|crush~|smothered|stifled _ protest~|demonstration~|rally|rallies|march~|sit-in~|uprising~|gathering~|dissent
`

// protestersInjured reports injuries said of the protesters themselves,
// with no count, within four words and one clause: "serious injuries
// among demonstrators", "injured protesters", "marchers were wounded";
// not "no one was hurt". The codebook's excessive force is force against
// protesters that kills or seriously injures.
func protestersInjured(ts []tok) bool {
	for k := range ts {
		if !injuryWords[ts[k].low] || negatedNear(ts, k) {
			continue
		}
		for m := k - 1; m >= 0 && m >= k-4 && !clauseBreak(&ts[m]); m-- {
			if hurtProtesters[ts[m].low] {
				return true
			}
		}
		for m := k + 1; m < len(ts) && m <= k+4 && !clauseBreak(&ts[m]); m++ {
			if hurtProtesters[ts[m].low] {
				return true
			}
		}
	}
	return false
}

// hurtProtesters name the people of a peaceful protest.
var hurtProtesters = setOf(`protesters protester protestors protestor demonstrators demonstrator marchers marcher strikers
participants picketers`)

// negatedNear reports a negator within three words before k.
func negatedNear(ts []tok, k int) bool {
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		if negators[ts[m].low] {
			return true
		}
	}
	return false
}

// dropBareIntervention drops the bare verb "intervened in" as a PROTEST
// trigger in a sentence that names no protest, crowd or protester:
// "since foreign troops intervened in the conflict" is no dispersal of a
// demonstration. Tear gas, batons or dispersal keep their trigger: a
// summary's later sentence may report the crowd's dispersal alone.
func dropBareIntervention(ts []tok, hs []hit) []hit {
	bare := false
	for _, h := range hs {
		if h.e.typ != "PROTEST" {
			continue
		}
		if h.j-h.i != 1 || !strings.HasPrefix(ts[h.i].low, "interven") || h.j >= len(ts) || ts[h.j].low != "in" {
			return hs // another protest trigger, or "police intervened to …"
		}
		bare = true
	}
	if !bare {
		return hs
	}
	for k := range ts {
		if protesterWords[ts[k].low] && ts[k].low != "them" || crowdNouns[ts[k].low] {
			return hs
		}
	}
	out := hs[:0]
	for _, h := range hs {
		if h.e.typ == "PROTEST" {
			continue
		}
		out = append(out, h)
	}
	return out
}

// crowdNouns name a gathering of people an intervention may target.
var crowdNouns = setOf(`students activists supporters mob mobs youths residents villagers workers people crowd crowds
opposition gathering gatherings picket pickets vigil vigils`)
