package events

// The main event of a sentence. A news sentence usually reports one act
// and mentions others as its object, purpose or background: "the
// minister requested food aid" is a REQUEST, not also an AID; "the two
// sides signed a free-trade pact" an AGREE, not also a COOPERATE. Of the
// mentions of one sentence the head is the one whose trigger is a verb
// outside any other trigger's complement, the earliest such; other
// verbal and cooperative mentions are kept only when they stand in a
// clause of their own (an allegation of one, "accused them of violating
// the truce", is the accusation's content). Material mentions (ASSAULT,
// PROTEST, COERCE) are dropped here only when they name the background of
// a statement or de-escalation ("withdrew after the invasion"); otherwise
// the object rule in sentence() and the protest rules handle them.

// materialType marks the types kept beside a sentence's head.
var materialType = map[string]bool{"ASSAULT": true, "PROTEST": true, "COERCE": true}

// primary drops the secondary non-material mentions of each sentence.
func (c *coder) primary() {
	bySent := map[[2]int][]*cand{}
	var keys [][2]int
	for _, cd := range c.cands {
		emb := -1
		if cd.embed != nil {
			emb = *cd.embed
		}
		k := [2]int{emb, cd.sent}
		if bySent[k] == nil {
			keys = append(keys, k)
		}
		bySent[k] = append(bySent[k], cd)
	}
	drop := map[*cand]bool{}
	for _, k := range keys {
		cs := bySent[k]
		if len(cs) < 2 {
			continue
		}
		head := cs[0]
		best := -1
		for _, cd := range cs {
			s := headScore(cd)
			if s > best || s == best && cd.trig.i < head.trig.i {
				head, best = cd, s
			}
		}
		// a curfew or lockdown in force when something else happened
		// ("looted during the lockdown") is its setting
		dropSettingMeasures(cs, drop)
		// violence named only as the background of a statement or a
		// de-escalation ("withdrew after the invasion", "declared a truce
		// after weeks of fighting", "asylum for those fleeing the war")
		if !materialType[head.typ] && head.aux.Asserted() {
			for _, cd := range cs {
				if cd.typ == "ASSAULT" && background(cd, backgroundWords, backgroundReach) || cd.typ == "PROTEST" && !cd.tags["mob"] && background(cd, unrestBackground, backgroundReach) {
					drop[cd] = true
				}
			}
		}
		for _, cd := range cs {
			// an allegation is kept when it is of a material act ("accused
			// them of shelling"); one of defiance or talk is the
			// accusation's content ("accused them of violating the truce")
			if cd == head || materialType[cd.typ] || cd.typ == head.typ {
				continue
			}
			if ownClause(cd.ts, head.trig, cd.trig) {
				continue
			}
			// an accusation before the act it reports keeps its own event:
			// "the report found that soldiers had tortured detainees"
			if cd.typ == "ACCUSE" && cd.trig.j <= head.trig.i && cd.aux.Asserted() {
				continue
			}
			drop[cd] = true
		}
	}
	if len(drop) == 0 {
		return
	}
	kept := c.cands[:0]
	for _, cd := range c.cands {
		if !drop[cd] {
			kept = append(kept, cd)
		}
	}
	c.cands = kept
}

// backgroundWords before a noun of violence make it the setting of the
// sentence's act, not an act reported.
var backgroundWords = setOf(`after amid amidst during following since until despite fleeing fled flee escaping over because
due caused for end ending halt halting stop stopping cease prevent preventing response victims survivors affected displaced
orphaned wounded injured repel resist counter combat fight defend recover rebuild reconstruction aftermath wake`)

// unrestBackground before a noun of protest make it the setting of a
// statement ("extended the curfew in response to recent unrest", "will
// no longer tolerate rallies"); "called for a strike" is a call to one.
var unrestBackground = setOf(`after amid amidst following since despite response tolerate forestall quell contain curb
suppress prevent control`)

// background reports a mention of violence whose every trigger is a noun
// right after a background word ("after the invasion", "amid fighting").
func background(cd *cand, words map[string]bool, reach int) bool {
	for _, h := range cd.hits {
		if !nounUse(cd.ts, h) && h.e.tag != "clash" || finiteUse(cd.ts, h) {
			return false
		}
		found := false
		for k := h.i - 1; k >= 0 && k >= h.i-reachOf(cd.ts, h, reach); k-- {
			if clauseBreak(&cd.ts[k]) {
				break
			}
			if words[cd.ts[k].low] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// headScore ranks a mention as its sentence's head: asserted, a verb,
// not weak.
func headScore(cd *cand) int {
	s := 0
	if cd.aux.Asserted() {
		s += 4
	}
	if !cd.trig.e.noun && !nounUse(cd.ts, cd.trig) {
		s += 2
	}
	if !cd.trig.e.weak && cd.trig.e.w >= 0.8 {
		s++
	}
	return s
}

// ownClause reports whether two triggers stand in different clauses: a
// clause break (";", "but", "while") lies between them.
func ownClause(ts []tok, a, b hit) bool {
	lo, hi := a.j, b.i
	if b.i < a.i {
		lo, hi = b.j, a.i
	}
	for k := lo; k < hi && k < len(ts); k++ {
		if clauseBreak(&ts[k]) && ts[k].low != "(" && ts[k].low != ")" {
			return true
		}
	}
	return false
}
