package events

// Announced measures and warnings with a consequence, written from the
// PLOVER and ACLED documentation and tested on sentences of our own
// (threats_test.go).

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
