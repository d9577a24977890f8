package events

import (
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// Crowd violence, written from the PLOVER and ACLED documentation and
// tested on sentences of our own (crowd_test.go): a crowd hurting the
// police or assaulting people; unarmed partisans fighting; a clash the
// police broke up; armed bystanders who only came afterwards; people
// killed as members of an armed group.

// policeTargets name the security forces a crowd can hurt.
var policeTargets = setOf(`police policeman policemen policewoman officer officers cops gendarme gendarmes soldiers
troops guards personnel security`)

// hurtVerbs done actively by a crowd to the police make a protest
// violent.
var hurtVerbs = setOf(`injured injuring wounded wounding hurt attacked attacking assaulted assaulting beat beating
stabbed stoned stoning killed killing lynched manhandled manhandling roughed`)

// crowdHurtPolice reports a protest whose participants hurt the police
// ("protesters injured three policemen"): the crowd's violence, not
// force against it.
func crowdHurtPolice(e *event) bool {
	for _, cd := range e.cands {
		if cd.typ != "PROTEST" {
			continue
		}
		for k := range cd.ts {
			if !hurtVerbs[cd.ts[k].low] || k > 0 && copula(cd.ts[k-1].low) {
				continue
			}
			// the crowd is the subject: a protester word before the verb
			// in its clause
			subj := false
			for m := k - 1; m >= 0 && m >= k-8; m-- {
				if clauseBreak(&cd.ts[m]) {
					break
				}
				if protesterWords[cd.ts[m].low] && cd.ts[m].low != "them" {
					subj = true
					break
				}
			}
			if !subj {
				continue
			}
			for m := k + 1; m < len(cd.ts) && m <= k+5; m++ {
				if clauseBreak(&cd.ts[m]) || cd.ts[m].low == "by" {
					break
				}
				if policeTargets[cd.ts[m].low] {
					return true
				}
			}
		}
	}
	return false
}

// partisanWords name unorganised partisans or neighbours who fight as a
// crowd: the codebook's mob violence when no arms are named.
var partisanWords = setOf(`supporters followers partisans sympathisers sympathizers villagers youths residents
communities neighbours neighbors worshippers students traders mob mobs crowd crowds families groups fans`)

// crowdWeapons are the arms of a crowd, not of an armed group.
var crowdWeapons = setOf(`sticks stones rocks machetes clubs knives bottles bricks cudgels fists axes`)

// partisanClash reports a clash between unorganised partisans or
// neighbours, or one fought with sticks and stones, with no armed actor
// and no firearms named.
func partisanClash(e *event) bool {
	if armedParty(e) || e.tags["fire"] || e.tags["shell"] || e.tags["air"] || e.tags["drone"] || e.tags["ied"] {
		return false
	}
	for _, cd := range e.cands {
		for k := range cd.ts {
			switch cd.ts[k].low {
			case "armed", "gun", "guns", "gunfire", "firearms", "shot", "shots", "bullets", "rifles", "gunmen":
				return false
			}
		}
	}
	for _, cd := range e.cands {
		for k := range cd.ts {
			if partisanWords[cd.ts[k].low] || crowdWeapons[cd.ts[k].low] {
				return true
			}
		}
	}
	return false
}

// afterActs are what the police do once a crowd's violence is over:
// "police arrested three suspects", "police said", "police rescued".
var afterActs = setOf(`said say says arrested arrest detained detain rescued rescue intervened intervene recovered
recover launched opened investigating investigate are were have has had reported confirmed arrived arrive dispersed
disperse later took take rushed came evacuated registered filed reached booked began begun started sent shifted
admitted identified traced nabbed searching hunting probing`)

// armedParty reports an armed actor named in an event's sentences as a
// party to it: police or soldiers who only came afterwards ("police
// arrested two suspects", "police said") do not count, so a mob's
// violence stays a mob's.
func armedParty(e *event) bool {
	for _, cd := range e.cands {
		for _, m := range cd.ms {
			switch m.sector {
			case model.SectorMilitary, model.SectorPolice, model.SectorRebels, model.SectorMilitia, model.SectorIntelligence:
			default:
				continue
			}
			if m.sector == model.SectorPolice || m.sector == model.SectorMilitary {
				after := false
				for k := m.j; k < len(cd.ts) && k < m.j+3; k++ {
					if afterActs[cd.ts[k].low] {
						after = true
						break
					}
				}
				// "handed over to the police", "told police"
				if m.i > 0 {
					switch cd.ts[m.i-1].low {
					case "to", "told", "informed", "alerted", "notified", "the":
						if m.i > 1 && (cd.ts[m.i-2].low == "to" || cd.ts[m.i-2].low == "told" || cd.ts[m.i-2].low == "alerted") || cd.ts[m.i-1].low != "the" {
							after = true
						}
					}
				}
				if after {
					continue
				}
			}
			return true
		}
	}
	return false
}

// crowdAssault reports an assault folded into a protest that the
// protesters did ("protesters attacked the house of the MP with
// stones"): the crowd's violence.
func crowdAssault(e *event) bool {
	for _, cd := range e.cands {
		if cd.typ == "ASSAULT" && cd.actor != nil && cd.actor.Sector == model.SectorProtesters && (strings.HasSuffix(cd.ts[cd.trig.i].low, "ed") || !nounUse(cd.ts, cd.trig)) &&
			(cd.tags["attack"] || cd.tags["beat"] || cd.tags["loot"] || cd.tags["abduct"]) && cd.aux.Asserted() {
			return true
		}
	}
	return false
}

// armedGroupNouns name armed groups whose members fight as such.
var armedGroupNouns = setOf(`gang gangs cult cults militia militias faction factions cartel cartels army rebels
insurgents armed`)

// memberOfArmed reports "of" followed, within four tokens, by an armed
// group: "members of a rival gang", "a member of the armed wing".
func memberOfArmed(ts []tok, k int) bool {
	if k >= len(ts) || ts[k].low != "of" {
		return false
	}
	for m := k + 1; m < len(ts) && m <= k+4; m++ {
		if ts[m].punct {
			return false
		}
		if armedGroupNouns[ts[m].low] {
			return true
		}
	}
	return false
}

// forceWords name the state's forces a crowd may clash with.
var forceWords = setOf(`police policemen officers security forces troops soldiers army gendarmes gendarmerie`)

// clashWithForces reports a clash "with" or "against" the police or
// troops in an event's sentences: the crowd takes on the state.
func clashWithForces(e *event) bool {
	for _, cd := range e.cands {
		for _, h := range cd.hits {
			if h.e.tag != "clash" {
				continue
			}
			for k := h.j; k < len(cd.ts) && k < h.j+4; k++ {
				if forceWords[cd.ts[k].low] {
					return true
				}
			}
		}
	}
	return false
}
