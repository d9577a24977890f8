package events

import (
	"sort"
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// Round 3 rules, each written from the PLOVER and ACLED documentation
// and tested on sentences of our own (round3_test.go): accusations made
// in reported speech; the weak giving verbs of AID with an object that is
// no aid, and aid named only as the trade of its workers; participles used
// as adjectives; historical adverbs that date another verb; announced
// measures and modal promises of aid; warnings with a consequence; a
// crowd hurting the police or assaulting people; unarmed partisans
// fighting; a clash the police broke up; armed bystanders who only came
// afterwards; a controlled detonation; air defences named without an
// interception; tear gas fired at a crowd; police violence a protest
// answers; arrests during a protest; protesters named only as the target
// of state violence (PLOVER codes the assault or arrest); and ACLED's
// "Other" for a report whose only development is a threat or an arrival.

// speechVerbs report what someone said; an accusation may stand in
// their complement.
var speechVerbs = setOf(`said says say stated states claimed claims insisted insists maintained maintains asserted asserts
argued argues added adds told charged charges contended contends declared declares noted notes`)

// labelVerbs name what something is: "called the remarks an insult",
// "branded the vote illegal".
var labelVerbs = setOf(`called calls described describes branded brands termed terms labelled labeled labels dubbed dubs`)

// blameCues in a reported statement lay blame or judge an act wrong: a
// crime, a violation, a plot, an act done unlawfully or on purpose.
var blameCues = setOf(`incited incite inciting instigated instigating orchestrated orchestrating masterminded
masterminding fabricated fabricating rigged rigging falsified falsifying lied lying violated violating breached
breaching sponsored sponsoring harbouring harboring harboured harbored provoked provoking fomented fomenting stoked
illegally unlawfully arbitrarily deliberately routinely systematically indiscriminately wrongfully falsely brutally violation violations
provocation provocations shields aggression interference meddling lies propaganda genocide atrocities war-crimes
crimes`)

// judgementCues are the words of a verdict given by a label verb or a
// copula in reported speech: "called the move illegal", "said the
// decision was unacceptable".
var judgementCues = setOf(`illegal illegitimate unlawful unacceptable irresponsible criminal outrageous shameful
disgraceful insult insulting provocation provocative aggression hostile treacherous reckless baseless absurd
scandalous deplorable despicable cowardly barbaric inhumane unjust`)

// selfWords after a speech verb make the statement about the speaker:
// "the group said it was responsible" is a claim, not an accusation.
var selfWords = setOf(`it we i he she they its our his her their itself`)

var speechAccuseEntry = entry{typ: "ACCUSE", w: 0.85, src: "blame laid in reported speech"}

// speechAccusation adds an ACCUSE at a speech or label verb whose
// complement lays blame ("said the army had deliberately targeted
// civilians", "said India was responsible for the attack", "called the
// remarks an insult"), when the sentence has no accusation trigger of
// its own. hs must be in token order; the result is too.
func speechAccusation(ts []tok, hs []hit) []hit {
	for _, h := range hs {
		if h.e.typ == "ACCUSE" {
			return hs
		}
	}
	for k := range ts {
		speech, label := speechVerbs[ts[k].low], labelVerbs[ts[k].low]
		if !speech && !label {
			continue
		}
		if k > 0 && (ts[k-1].low == "not" || ts[k-1].low == "n't") {
			continue
		}
		// the first word of the complement ("that" skipped) names who is
		// blamed; the speaker itself is no target
		first := k + 1
		if first < len(ts) && ts[first].low == "that" {
			first++
		}
		if first >= len(ts) || selfWords[ts[first].low] {
			continue
		}
		if label && (ts[first].low == "on" || ts[first].low == "for" || ts[first].low == "upon" || ts[first].low == "off") {
			continue // "called for", "called on": a request
		}
		found := false
		for m := first; m < len(ts) && m <= k+16; m++ {
			t := &ts[m]
			if t.punct && (t.low == "." || t.low == ";" || t.low == "?" || t.low == "!") {
				break
			}
			w := t.low
			neg := m > 0 && (ts[m-1].low == "no" || ts[m-1].low == "not" || ts[m-1].low == "any")
			switch {
			case neg:
			case blameCues[w]:
				found = true
			case w == "responsible" && m+1 < len(ts) && ts[m+1].low == "for":
				found = speech
			case w == "to" && m+1 < len(ts) && ts[m+1].low == "blame" && m > 0 && copula(ts[m-1].low):
				found = speech
			case w == "behind" && m > 0 && copula(ts[m-1].low):
				found = speech
			case w == "committed" && m+3 < len(ts) && crimeAhead(ts, m+1):
				found = speech
			case judgementCues[w] && (label || m > 0 && copula(ts[m-1].low)):
				found = true
			}
			if found {
				break
			}
		}
		if !found {
			continue
		}
		nh := hit{e: &speechAccuseEntry, i: k, j: k + 1, lemma: ts[k].low}
		at := sort.Search(len(hs), func(x int) bool { return hs[x].i > k })
		hs = append(hs, hit{})
		copy(hs[at+1:], hs[at:])
		hs[at] = nh
		return hs
	}
	return hs
}

func copula(w string) bool {
	switch w {
	case "was", "were", "is", "are", "been", "be", "being":
		return true
	}
	return false
}

// crimeAhead reports a crime or abuse named within three tokens of k.
func crimeAhead(ts []tok, k int) bool {
	for m := k; m < len(ts) && m < k+3; m++ {
		switch ts[m].low {
		case "crimes", "crime", "atrocities", "abuses", "violations", "fraud", "massacres", "genocide":
			return true
		}
	}
	return false
}

// allegeInSpeech marks as alleged the material acts reported in the
// complement of a reported-speech accusation ("said the police tortured
// detainees").
func allegeInSpeech(ts []tok, live []hit, types []string, auxs []aux) {
	for x, h := range live {
		if h.e != &speechAccuseEntry {
			continue
		}
		for y := x + 1; y < len(live); y++ {
			if live[y].i > h.j+16 || clauseBetween(ts, h.j, live[y].i) {
				break
			}
			if materialType[types[y]] && !auxs[y].Alleged {
				setAux(&auxs[y], "alleged", "reported in an accusation")
			}
		}
	}
}

// notAid are objects of "gave", "sent", "provided" that are no aid:
// words, documents, people sent to talk, a chase.
var notAid = setOf(`message messages letter letters condolence condolences greeting greetings speech speeches chase
evidence testimony details detail statement statements interview interviews signal signals warning warnings order
orders birth way notice notices invitation invitations delegation delegations envoy envoys emissary emissaries
assurance assurances lecture lectures account accounts briefing briefings reply replies response responses answer
answers approval go-ahead nod blessing backing ultimatum green light up in rise credit thanks praise mandate verdict
ruling sentence sentences deadline indication indications impression information figures figure toll update
updates note notes report reports documents document list lists names`)

// nonAidObject reports a weak AID verb whose object (within four tokens
// of its clause) is no aid: "sent a message", "gave chase".
func nonAidObject(ts []tok, h hit) bool {
	for k := h.j; k < len(ts) && k < h.j+4; k++ {
		if clauseBreak(&ts[k]) || ts[k].punct {
			return false
		}
		if notAid[ts[k].low] {
			return true
		}
	}
	return false
}

// aidTrade are nouns "aid" or "relief" modifies when it names people,
// bodies or places of the trade, not aid given: "aid workers", "a relief
// agency", "an aid convoy".
var aidTrade = setOf(`worker workers agency agencies group groups organisation organisations organization organizations
official officials staff staffer staffers employee employees volunteer volunteers charity charities ngo ngos chief
chiefs director directors convoy convoys truck trucks vehicle vehicles camp camps centre centres center centers
station stations compound compounds office offices community sector`)

// participleAdjective reports a one-word trigger used as an adjective
// before its noun ("the detained journalists were freed", "the occupied
// territories"): a determiner before it, a word after that is no
// preposition, particle or figure.
func participleAdjective(ts []tok, h hit) bool {
	if h.j-h.i != 1 || h.i == 0 || h.j >= len(ts) {
		return false
	}
	w := ts[h.i].low
	if !strings.HasSuffix(w, "ed") {
		return false
	}
	switch ts[h.i-1].low {
	case "the", "its", "their", "his", "her", "our", "these", "those":
	default:
		return false
	}
	n := &ts[h.j]
	if n.punct || n.num || n.upper || strings.HasSuffix(n.low, "ly") {
		return false
	}
	switch n.low {
	case "by", "in", "on", "at", "to", "from", "with", "for", "of", "and", "or", "the", "a", "an", "was", "were", "is",
		"are", "had", "has", "have", "last", "this", "that", "after", "before", "during", "over", "into", "out", "up",
		"down", "off", "back", "as", "when", "while", "since":
		return false
	}
	return true
}

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

// safeDetonation reports a detonation done by those disposing of a
// weapon: "safely detonated", "detonated it in a controlled explosion".
func safeDetonation(ts []tok, k int) bool {
	if k > 0 {
		switch ts[k-1].low {
		case "safely":
			return true
		}
	}
	return false
}

// adverbCues are the historical cues that modify only the verb next to
// them: "had previously agreed", "was once attacked".
var adverbCues = setOf(`once previously formerly`)

// looseAdverb reports a historical adverb that does not date trigger h:
// one that modifies another verb of the clause ("X, who previously
// served as minister, met Y"), or "once" as "once again" or as a
// conjunction ("once the talks begin").
func looseAdverb(ts []tok, h hit, k int) bool {
	w := ts[k].low
	if !adverbCues[w] {
		return false
	}
	if w == "once" && k+1 < len(ts) {
		switch ts[k+1].low {
		case "again", "more", "the", "a", "an", "it", "they", "he", "she", "we", "this", "that", "all", "and", ",":
			return true
		}
	}
	// next to the trigger: right before it (an auxiliary between) or
	// right after it
	return !(k < h.i && k >= h.i-3 || k >= h.j && k <= h.j)
}

// conditionWords make an announced measure a threat: "will impose
// sanctions if the offensive continues".
var conditionWords = setOf(`if unless otherwise should until`)

// announcedMeasure reports a measure announced or decided as the actor's
// own, with no condition attached ("announced that it will suspend aid
// from July"): the decision is the sanction, not a threat.
func announcedMeasure(ts []tok, h hit) bool {
	announced := false
	for k := 0; k < h.i; k++ {
		switch ts[k].low {
		case "announced", "announces", "decided", "decides", "confirmed", "confirms":
			announced = true
		}
	}
	if !announced {
		return false
	}
	for k := range ts {
		if conditionWords[ts[k].low] {
			return false
		}
	}
	return true
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

// particleVerbs take "back" as a particle: "pushed back", "fought back".
var particleVerbs = setOf(`push pushed pushing drove drive driven driving beat beaten beating fought fight fighting forced
force hit struck strike fired fire came come went go brought bring pulled pull fell fall held hold called call gave give
took take won win got get turned turn rolled roll stepped step scaled scale cut cutting pegged hit`)

func particleVerb(w string) bool { return particleVerbs[w] }

// interceptWords say that something was brought down or stopped.
var interceptWords = setOf(`intercepted intercept intercepts intercepting downed shot destroyed destroy repelled repel
repulsed thwarted foiled neutralised neutralized engaged engaging activated responded averted`)

// interceptIn reports an interception word in a sentence.
func interceptIn(ts []tok) bool {
	for k := range ts {
		if interceptWords[ts[k].low] {
			return true
		}
	}
	return false
}

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

// givingVerbs carry aid as their object.
var givingVerbs = setOf(`send give provide deliver supply donate offer grant ship extend airlift`)

// modalGiving reports "will", "would" or "shall" right before a giving
// verb within ten tokens before aid trigger h: the aid is promised, not
// given. It returns the modal's index.
func modalGiving(ts []tok, h hit, from int) (int, bool) {
	for k := h.i - 2; k >= from && k >= h.i-10; k-- {
		switch ts[k].low {
		case "will", "would", "shall", "'ll":
			if !ts[k].upper && givingVerbs[ts[k+1].low] {
				return k, true
			}
		}
	}
	return 0, false
}

var warnEntry = entry{typ: "THREATEN", w: 0.85, src: "a warning with a consequence"}

// warnConsequence reports a warning whose clause states a consequence:
// the speaker's own act under a modal, or a condition ("warned that it
// would walk out", "warned of consequences unless …"); "warned that the
// war could spread" is an analysis, not a threat.
func warnConsequence(ts []tok, h hit) bool {
	for k := h.j; k < len(ts) && k < h.j+10; k++ {
		if ts[k].punct && (ts[k].low == "." || ts[k].low == ";") {
			return false
		}
		switch ts[k].low {
		case "unless", "otherwise", "consequences":
			return true
		case "would", "will", "could", "'ll":
			// the speaker's own act: "warned that it would …", not "warned
			// that the war could …"
			if k > 0 && selfWords[ts[k-1].low] && ts[k-1].low != "its" && ts[k-1].low != "our" && ts[k-1].low != "his" && ts[k-1].low != "her" && ts[k-1].low != "their" {
				return true
			}
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
