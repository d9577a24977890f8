package events

// Violence named as the cause of a reprisal. "Warplanes struck the
// camps in retaliation for a gas attack": the gas attack is the motive,
// reported as background; the event coded is the strike. A trigger
// inside a "retaliation for", "in response to", "revenge for" or
// "reprisal for" phrase is dropped when the sentence already holds a
// violent trigger before it.

// reprisalNouns open the cause of a reprisal.
var reprisalNouns = setOf(`retaliation response revenge reprisal reprisals`)

// dropRetaliationCause drops ASSAULT triggers in the cause of a reprisal
// named after another ASSAULT trigger of the sentence.
func dropRetaliationCause(ts []tok, hs []hit) []hit {
	first := -1
	for _, h := range hs {
		if h.e.typ == "ASSAULT" && (first < 0 || h.i < first) {
			first = h.i
		}
	}
	if first < 0 {
		return hs
	}
	out := hs[:0]
	for _, h := range hs {
		if h.e.typ == "ASSAULT" && h.i > first && inReprisalCause(ts, first, h.i) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// inReprisalCause reports a "retaliation for" / "in response to" phrase
// between token from and token k, within one clause, at most eight tokens
// before k.
func inReprisalCause(ts []tok, from, k int) bool {
	for m := k - 1; m > from && m >= k-8; m-- {
		if clauseBreak(&ts[m]) {
			return false
		}
		if reprisalNouns[ts[m].low] && m+1 < len(ts) && (ts[m+1].low == "for" || ts[m+1].low == "to" || ts[m+1].low == "against") {
			return true
		}
	}
	return false
}
