package events

import (
	"sort"
	"strconv"
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// Modality: whether a trigger reports something that happened. Scope is
// the clause: cues are looked for between the trigger and the previous
// clause break (or, for complements, between the governing trigger and
// this one).

// negators before a trigger in its clause negate it.
var negators = setOf(`not n't never no without nor neither didn't doesn't don't hasn't haven't hadn't wasn't weren't isn't aren't
won't wouldn't couldn't cannot can't shouldn't mustn't nobody none`)

// hypotheticals before a trigger make it hypothetical.
var hypotheticals = setOf(`if unless could would might may should possible possibly potential potentially whether
hypothetical risk risks danger fears fear feared worried concern concerns concerned prevent preventing avoid avoiding
would-be could've ought`)

// futures before a trigger put it in the future.
var futures = setOf(`will shall 'll upcoming planned scheduled forthcoming next tomorrow soon later`)

// complementTakers are verbs (by lemma) whose complement ("to …", "of
// …", "that …") is not (yet) a fact, with what it is instead.
var complementTakers = map[string]string{
	// hypothetical: asked for, threatened, warned, considered
	"call": "hypothetical", "urge": "hypothetical", "demand": "hypothetical", "request": "hypothetical",
	"ask": "hypothetical", "appeal": "hypothetical", "press": "hypothetical", "push": "hypothetical",
	"plead": "hypothetical", "seek": "hypothetical", "sought": "hypothetical", "want": "hypothetical",
	"threaten": "hypothetical", "threat": "hypothetical", "warn": "hypothetical", "consider": "hypothetical",
	"discuss": "hypothetical", "negotiate": "hypothetical", "propose": "hypothetical", "proposal": "hypothetical",
	"insist": "hypothetical", "hope": "hypothetical", "wish": "hypothetical", "try": "hypothetical",
	"attempt": "", "fear": "hypothetical", "risk": "hypothetical", "invite": "hypothetical",
	"encourage": "hypothetical", "pressure": "hypothetical", "summon": "hypothetical", "talk": "hypothetical",
	"meet": "hypothetical", "meeting": "hypothetical", "prepare": "future",
	// future: promised, agreed, planned
	"agree": "future", "promise": "future", "pledge": "future", "vow": "future", "commit": "future",
	"plan": "future", "intend": "future", "decide": "future", "aim": "future", "expect": "future",
	"offer": "future", "set": "future", "prepared": "future", "ready": "future", "willing": "future",
	"accept": "future", "consent": "future",
	// negated: refused, failed, denied
	"refuse": "negated", "reject": "negated", "fail": "negated", "deny": "negated", "decline": "negated",
	"oppose": "negated", "veto": "negated", "rule": "negated", "avoid": "negated", "prevent": "negated",
	"foil": "negated", "thwart": "negated",
	"unwilling": "negated", "reluctant": "negated",
	// alleged: accused, blamed, claimed
	"accuse": "alleged", "blame": "alleged", "allege": "alleged", "charge": "alleged", "claim": "alleged",
	"suspect": "alleged", "condemn": "alleged", "criticize": "alleged", "criticise": "alleged", "denounce": "alleged",
	"investigate": "alleged", "probe": "alleged", "sue": "alleged", "convict": "alleged",
}

// commitTakers are the complement-takers by which an actor commits to an
// act of its own: a plan, a readiness, a promise.
var commitTakers = map[string]bool{"plan": true, "intend": true, "prepare": true, "prepared": true, "ready": true,
	"willing": true, "set": true, "vow": true, "pledge": true, "promise": true, "decide": true, "aim": true}

// historicalCues before or around a trigger place it in the past.
var historicalCues = setOf(`once formerly historically history ago decades centuries previously earlier-era former-era`)

// aux is a trigger's modality with the reason.
type aux struct {
	model.Aux
	why string
	// commit marks a future or conditional set by the actor's own modal
	// or plan ("will impose", "would retaliate", "plans to send"), not by
	// another's words ("urged them to send"): a promise or a threat
	commit bool
	// byTaker: the commitment is a plan or promise ("plans to visit"),
	// not only a future tense ("will meet"), which may report a schedule
	byTaker bool
}

// modality computes the modality of hit h among the sentence's hits hs.
// refYear is the year of the document's reference date (publication or
// the first stated day), 0 when unknown; dates are the sentence's dates.
func modality(ts []tok, hs []hit, hi int, refYear int, dates []model.DateRef) aux {
	h := hs[hi]
	var a aux
	// complement of an earlier trigger or complement-taking verb in the clause
	start := h.i
	for start > 0 && !clauseBreak(&ts[start-1]) {
		start--
	}
	scopeFrom := start
	if h.j-h.i == 1 && protesterWords[ts[h.i].low] && ts[h.i].low != "protest" && ts[h.i].low != "protests" {
		// "did not arrest the protesters": a noun naming the participants
		// is not in the scope of the verb it is the object of
		scopeFrom = h.i
	}
	for k := h.i - 1; k >= scopeFrom && k >= h.i-40; k-- {
		lw := ts[k].low
		lemma := lemmaOf(lw)
		if sameTypeHitAt(hs, k, h.e.typ) {
			continue // "agreed to a ceasefire": one act, not a promise of another
		}
		if kind, ok := complementTakers[lemma]; ok && kind != "" && k < h.i && !nominalTaker(ts, k) && !suspectedWeapon(ts, k, h) {
			// the trigger must be in its complement: a linking word between
			link := false
			for m := k + 1; m < h.i && m <= k+4; m++ {
				switch ts[m].low {
				case "to", "of", "for", "that", "on", "about", "over", "against":
					link = true
				}
			}
			if tightTaker[lemma] && (k+1 >= len(ts) || ts[k+1].low != "to") {
				continue // "set to meet" is a plan, "set tyres on fire" an act
			}
			if complementEnds(ts, k, h.i) {
				continue
			}
			// a noun trigger can be the taker's direct object ("urged
			// restraint"), close by; the people it names cannot ("pushed
			// demonstrators back")
			if link || h.e.noun && h.i-k <= 3 && !strings.HasSuffix(ts[h.i].low, "ed") && !protesterWords[ts[h.i].low] {
				if isOwnTrigger(hs, k, hi) {
					// the governing word is this trigger itself
					continue
				}
				setAux(&a, kind, "complement of "+ts[k].low)
				if commitTakers[lemma] {
					a.commit, a.byTaker = true, true
				}
				if kind != "alleged" {
					break
				}
			}
		}
	}
	// negation, hypothesis, future in the clause before the trigger (up to 6 tokens)
	for k := h.i - 1; k >= scopeFrom && k >= h.i-6; k-- {
		lw := ts[k].low
		if temporalClause(ts, k) {
			break // "voiced alarm after the depot had been ransacked": the act happened
		}
		if anticipated(ts, k) {
			setAux(&a, "future", "future: "+lw)
			continue
		}
		if ts[k].upper && (lw == "may" || lw == "will") {
			continue // the month, a name
		}
		switch {
		case negators[lw]:
			if lw == "no" && k+1 < h.i && ts[k+1].low == "one" {
				continue
			}
			if lw == "not" && k+2 < len(ts) && ts[k+1].low == "only" {
				continue
			}
			setAux(&a, "negated", "negation: "+lw)
		case hypotheticals[lw]:
			setAux(&a, "hypothetical", "modal: "+lw)
			if lw == "would" || lw == "could" {
				a.commit = true
			}
		case futures[lw]:
			setAux(&a, "future", "future: "+lw)
			if lw == "will" || lw == "shall" || lw == "'ll" {
				a.commit = true
			}
		case lw == "going" && k+1 < len(ts) && ts[k+1].low == "to":
			setAux(&a, "future", "future: going to")
			a.commit = true
		case lw == "allegedly" || lw == "purportedly" || lw == "reportedly-alleged":
			setAux(&a, "alleged", "alleged: "+lw)
		}
	}
	// "would send 10,000 tonnes of food aid": the modal of the giving verb
	if h.e.typ == "AID" && h.e.noun {
		if k, ok := modalGiving(ts, h, scopeFrom); ok {
			setAux(&a, "future", "future: "+ts[k].low+" "+ts[k+1].low)
			a.commit = true
		}
	}
	// "no attacks", "no casualties" after a noun trigger are negations too
	if h.e.noun && negatedAfter(ts, h) {
		setAux(&a, "negated", "negation after the noun")
	}
	if h.e.noun && h.i > 0 && (ts[h.i-1].low == "no" || ts[h.i-1].low == "zero") {
		setAux(&a, "negated", "negation: "+ts[h.i-1].low)
	}
	// historical: a date of a decade or century, or a year two or more
	// before the reference; when the sentence also states a current day
	// ("On 3 May, workers protested over wages unpaid since 2019"), an old
	// date only dates the words next to it
	current := currentDay(dates, refYear)
	for _, d := range dates {
		if current && !near(ts, h, d.Span, 4) {
			continue
		}
		if d.Modifier == "since" || d.Modifier == "until" || sinceBefore(ts, d.Span) {
			continue // "the first visit since 1990": the past it is measured against
		}
		if d.Granularity == model.GranDecade || d.Granularity == model.GranCentury {
			setAux(&a, "historical", "historical date: "+d.Text)
			break
		}
		if refYear > 0 && len(d.Value) >= 4 {
			if y, err := strconv.Atoi(d.Value[:4]); err == nil && y <= refYear-2 {
				setAux(&a, "historical", "historical date: "+d.Text)
				break
			}
		}
	}
	for k := start; k < len(ts) && k < h.j+6; k++ {
		if k > h.j && clauseBreak(&ts[k]) {
			break
		}
		if historicalCues[ts[k].low] && (!current || k >= h.i-2 && k <= h.j+4) && !looseAdverb(ts, h, k) {
			setAux(&a, "historical", "historical: "+ts[k].low)
		}
	}
	return a
}

func isOwnTrigger(hs []hit, k, hi int) bool { return hs[hi].i <= k && k < hs[hi].j }

// lemmaOf strips common inflections for complement-taker lookups.
func lemmaOf(w string) string {
	if _, ok := complementTakers[w]; ok {
		return w
	}
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		if s, ok := strings.CutSuffix(w, suf); ok && len(s) > 2 {
			if _, ok := complementTakers[s]; ok {
				return s
			}
			if _, ok := complementTakers[s+"e"]; ok {
				return s + "e"
			}
			if strings.HasSuffix(s, "i") {
				if _, ok := complementTakers[s[:len(s)-1]+"y"]; ok {
					return s[:len(s)-1] + "y"
				}
			}
			if n := len(s); n > 3 && s[n-1] == s[n-2] {
				if _, ok := complementTakers[s[:n-1]]; ok {
					return s[:n-1]
				}
			}
		}
	}
	return w
}

func setAux(a *aux, kind, why string) {
	switch kind {
	case "negated":
		a.Negated = true
	case "hypothetical":
		a.Hypothetical = true
	case "future":
		a.Future = true
	case "historical":
		a.Historical = true
	case "alleged":
		a.Alleged = true
	default:
		return
	}
	if a.why != "" {
		a.why += "; "
	}
	a.why += why
}

func sameTypeHitAt(hs []hit, k int, typ string) bool {
	// hits come in token order and span at most a few tokens: look only
	// at those starting shortly before k
	n := sort.Search(len(hs), func(x int) bool { return hs[x].i > k })
	for x := n - 1; x >= 0 && hs[x].i >= k-16; x-- {
		if o := hs[x]; o.j > k && o.e.typ == typ {
			return true
		}
	}
	return false
}

// permitWords say that an act lacked leave, not that it did not happen.
var permitWords = setOf(`authorised authorized permitted allowed sanctioned registered approved licensed notified declared
peaceful violent planned organised organized`)

// negatedAfter reports "fighting has not resumed": a negated verb right
// after a noun trigger.
func negatedAfter(ts []tok, h hit) bool {
	for k := h.j; k < len(ts) && k < h.j+3; k++ {
		switch ts[k].low {
		case "has", "have", "had", "did", "was", "were", "is", "are":
			if k+1 < len(ts) && negators[ts[k+1].low] {
				// "the march was not authorised" still took place
				return !(k+2 < len(ts) && permitWords[ts[k+2].low])
			}
		case "hasn't", "haven't", "hadn't", "didn't", "wasn't", "weren't", "never":
			return !(k+1 < len(ts) && permitWords[ts[k+1].low])
		}
	}
	return false
}

// nominalTaker reports a complement-taker that governs no complement: a
// passive participle with its agent ("nurses called by the union
// protested"), a noun with its agent ("at the call of the union") or a
// compound noun ("a press conference").
func nominalTaker(ts []tok, k int) bool {
	if k+1 >= len(ts) {
		return false
	}
	switch ts[k+1].low {
	case "by":
		return strings.HasSuffix(ts[k].low, "ed")
	case "of":
		if k > 0 {
			switch ts[k-1].low {
			case "the", "a", "an":
				return true
			}
		}
	case "conference", "conferences", "release", "releases", "statement", "briefing", "freedom", "club", "agency", "corps":
		return true
	}
	return false
}

// currentDay reports whether the sentence states a day within a year of
// the reference year (or any day when the reference is unknown).
func currentDay(dates []model.DateRef, refYear int) bool {
	for _, d := range dates {
		if d.Granularity != model.GranDay || len(d.Value) < 10 || strings.HasPrefix(d.Value, "--") {
			continue
		}
		if refYear == 0 {
			return true
		}
		if y, err := strconv.Atoi(d.Value[:4]); err == nil && y >= refYear-1 {
			return true
		}
	}
	return false
}

// sinceBefore reports a date introduced by "since" or "until" ("the
// first visit since 1990"), which the reading may not mark.
func sinceBefore(ts []tok, sp model.Span) bool {
	k := tokenBefore(ts, sp.Start)
	return k >= 0 && (ts[k].low == "since" || ts[k].low == "until")
}

// near reports whether span sp lies within n tokens of hit h.
func near(ts []tok, h hit, sp model.Span, n int) bool {
	lo, hi := h.i-n, h.j+n
	for k := max(lo, 0); k < len(ts) && k < hi; k++ {
		if ts[k].rs >= sp.Start && ts[k].re <= sp.End {
			return true
		}
	}
	return false
}

// tightTaker are takers whose complement must follow at once: "set to".
var tightTaker = map[string]bool{"set": true, "ready": true, "prepared": true}

// complementEnds reports whether the complement of the taker at k has
// ended before token h: a coordinated new predicate (", and set fire").
func complementEnds(ts []tok, k, h int) bool {
	for m := k + 1; m+1 < h; m++ {
		if ts[m].low == "," && ts[m+1].low == "and" {
			return true
		}
	}
	return false
}
