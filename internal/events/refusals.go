package events

// Refusals (written from the public PLOVER documentation and its CAMEO
// mapping, and ACLED's codebook):
//   - a concession or de-escalation announced as not to come ("there
//     will be no U-turn", "would never surrender") is a refusal to yield,
//     CAMEO 124, a REJECT (refusedYield, applied in commissives), and so
//     is one said to be "out of the question" or "off the table";
//   - "will not accept" is one refusal, not a refusal to refuse
//     (sharesNegation); a conditional consequence for relations or talks
//     ("would reconsider its cooperation if") is a THREATEN
//     (threatsRefusalsTerritoryLexicon).

var rejectYieldEntry = entry{typ: "REJECT", w: 0.85, src: "a concession ruled out (CAMEO 124)"}

// refusedYield reports a concession or de-escalation announced as not to
// come: "there will be no U-turn", "would make no concessions", "will
// agree to no withdrawal". CAMEO 124 (decline to yield) is a REJECT.
func refusedYield(ts []tok, h hit) bool {
	if h.i == 0 {
		return false
	}
	// "no concessions", "would never surrender"
	if ruledOutAfter(ts, h) {
		return true
	}
	neg := -1
	for k := h.i - 1; k >= 0 && k >= h.i-2; k-- {
		if ts[k].low == "no" || ts[k].low == "never" {
			neg = k
			break
		}
	}
	if neg < 0 {
		return false
	}
	// "there is no U-turn": a concession named only to be denied
	if ts[neg].low == "no" && neg == h.i-1 && neg > 0 && copula(ts[neg-1].low) {
		return true
	}
	for k := neg - 1; k >= 0 && k >= neg-7; k-- {
		if clauseBreak(&ts[k]) || ts[k].low == "," {
			return false
		}
		switch ts[k].low {
		case "will", "would", "won't", "shall", "'ll", "cannot", "can't":
			return true
		}
	}
	return false
}

// sharesNegation reports a trigger that starts inside the modal refusal
// before it: "will not" and "not accept" in "will not accept" are one
// refusal, not a refusal to refuse.
func sharesNegation(modal, next hit) bool {
	return next.i < modal.j
}

// ruledOutAfter reports a concession said after it to be out of the
// question: "removing the sanctions is out of the question", "a pullout
// is not on the table".
func ruledOutAfter(ts []tok, h hit) bool {
	for k := h.j; k < len(ts) && k < h.j+10; k++ {
		if clauseBreak(&ts[k]) {
			return false
		}
		w := ts[k].low
		if w == "non-negotiable" {
			return true
		}
		if k+3 < len(ts) && w == "out" && ts[k+1].low == "of" && ts[k+2].low == "the" && ts[k+3].low == "question" {
			return true
		}
		if k+2 < len(ts) && (w == "off" || w == "on") && ts[k+1].low == "the" && ts[k+2].low == "table" {
			return w == "off" || k > 0 && negators[ts[k-1].low]
		}
	}
	return false
}
