package events

import "sort"

// Accusations made in reported speech, written from the PLOVER and ACLED
// documentation and tested on sentences of our own (speech_test.go).

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
