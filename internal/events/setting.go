package events

import "strings"

// backgroundReach is how far before a noun of violence or unrest a
// background word ("since", "after", "caused by") may stand and still
// make it the setting of the sentence's act: eight words cover a
// possessive date and a named actor ("since last year's NATO-led
// intervention", "following more than two weeks of nationwide civil
// unrest").
const backgroundReach = 8

// reachOf shortens the reach to six words for a trigger that opens with
// a verb form ("after she climbed the van, throwing bottles"): a verb
// that far from the background word reports an act of its own.
func reachOf(ts []tok, h hit, reach int) int {
	w := ts[h.i].low
	if reach > 6 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		return 6
	}
	return reach
}

// measureBackground before a curfew, lockdown or state of emergency make
// it the time frame of another act: "during the lockdown", "under
// martial law", "despite the curfew".
var measureBackground = setOf(`during amid amidst under despite since throughout defying defied defy violating violated breaking broke`)

// dropSettingMeasures marks for dropping, in one sentence's mentions, a
// COERCE whose every trigger is a curfew, lockdown or emergency rule
// named after a background word, when another mention of the sentence
// reports the act ("pharmacies were ransacked during the lockdown").
// ACLED and PLOVER both code the act, not the measure in force.
func dropSettingMeasures(cs []*cand, drop map[*cand]bool) {
	for _, cd := range cs {
		if cd.typ != "COERCE" || !settingMeasure(cd) {
			continue
		}
		for _, o := range cs {
			if o != cd && !drop[o] && !(o.typ == "COERCE" && settingMeasure(o)) {
				drop[cd] = true
				break
			}
		}
	}
}

func settingMeasure(cd *cand) bool {
	if len(cd.hits) == 0 {
		return false
	}
	for _, h := range cd.hits {
		if !settingHit(cd.ts, h) {
			return false
		}
	}
	return true
}

// settingHit reports a curfew, lockdown or emergency-rule trigger named
// within three words after a background word: a measure in force, which
// does not make a weak trigger of the sentence ("killed two farmers
// during the curfew") give way.
func settingHit(ts []tok, h hit) bool {
	if h.e.typ != "COERCE" || h.e.mode != "curfew" && h.e.mode != "martial-law" {
		return false
	}
	for k := h.i - 1; k >= 0 && k >= h.i-3; k-- {
		if clauseBreak(&ts[k]) {
			break
		}
		if measureBackground[ts[k].low] {
			return true
		}
	}
	return false
}

// auxiliaries before a trigger make it the verb of a clause ("after a
// shop was looted"): an act reported, not a noun naming the setting.
var auxiliaries = setOf(`was were is are had has have`)

// finiteUse reports a trigger right after an auxiliary.
func finiteUse(ts []tok, h hit) bool {
	return h.i > 0 && auxiliaries[ts[h.i-1].low]
}

// temporalClause reports a conjunction at k that opens a clause of its
// own before a trigger ("after the depot had been ransacked", "since
// the army shelled"): the act it reports is a fact, outside the scope
// of a modal, fear or negation before it. The conjunction must be
// followed, within four words, by an auxiliary or a past verb.
func temporalClause(ts []tok, k int) bool {
	switch ts[k].low {
	case "after", "since", "when", "because":
	default:
		return false
	}
	for m := k + 1; m < len(ts) && m <= k+4; m++ {
		if auxiliaries[ts[m].low] {
			return true
		}
	}
	return false
}

// aftermathWords before a clash make it the time before another act.
var aftermathWords = setOf(`after following amid since`)

// aftermathClash reports a clash trigger named within three words after
// "after", "following", "amid" or "since": with property destroyed or
// looted before it in the sentence, ACLED codes the destruction, not the
// battle, which is reported (if at all) as an event of its own.
func aftermathClash(ts []tok, h hit) bool {
	if h.e.tag != "clash" {
		return false
	}
	for k := h.i - 1; k >= 0 && k >= h.i-3; k-- {
		if clauseBreak(&ts[k]) {
			return false
		}
		if aftermathWords[ts[k].low] {
			return true
		}
	}
	return false
}

// anticipated reports "in anticipation of", "ahead of" or "in advance
// of" at k: what follows has not happened yet ("arrested activists in
// anticipation of mass protests").
func anticipated(ts []tok, k int) bool {
	next := func(w string) bool { return k+1 < len(ts) && ts[k+1].low == w }
	switch ts[k].low {
	case "anticipation":
		return next("of")
	case "ahead":
		return next("of")
	case "advance":
		return next("of") && k > 0 && ts[k-1].low == "in"
	}
	return false
}

// arrestRaid reports a raid named as the means of arrests: "raid" or
// "raids" within three words after "in" or "during" ("in overnight
// raids", "during a dawn raid").
func arrestRaid(ts []tok, h hit) bool {
	if h.e.tag != "attack" || !strings.HasPrefix(ts[h.i].low, "raid") {
		return false
	}
	for k := h.i - 1; k >= 0 && k >= h.i-3; k-- {
		switch ts[k].low {
		case "in", "during":
			return true
		}
	}
	return false
}

// graveWords and findWords: a grave found, discovered or exhumed.
var (
	graveWords = setOf(`grave graves`)
	findWords  = setOf(`found discovered discovery unearthed exhumed exhumation uncovered contain contains containing
contained located`)
)

// graveFound reports an event whose sentence reports graves found ("mass
// graves containing the bodies of soldiers massacred by …"). ACLED codes
// the discovery of a mass grave as an "other" strategic development: the
// killings it holds are past, their date unknown.
func graveFound(e *event) bool {
	for _, cd := range e.cands {
		grave, found := false, false
		for k := range cd.ts {
			grave = grave || graveWords[cd.ts[k].low] && k > 0 && (cd.ts[k-1].low == "mass" || cd.ts[k-1].low == "potential" || cd.ts[k-1].low == "unmarked")
			found = found || findWords[cd.ts[k].low]
		}
		if grave && found {
			return true
		}
	}
	return false
}
