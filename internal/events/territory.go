package events

import "strings"

// Territory. News puts the day between a verb and its object ("retook
// late on Friday two villages", "seized early Sunday the provincial
// capital"): a pattern's gap skips such a day without counting it. A
// provincial capital, port, airfield or border crossing seized is
// territory taken; forces that "met no resistance" took it without a
// fight, the codebook's non-violent transfer.

var weekdays = setOf(`monday tuesday wednesday thursday friday saturday sunday`)

// dayAdverbial returns the length of a day named at k ("on Thursday",
// "early Sunday", "late on Friday", "Monday"), 0 if none.
func dayAdverbial(ts []tok, k int) int {
	for m := k; m < len(ts) && m < k+3; m++ {
		switch w := ts[m].low; {
		case weekdays[w]:
			return m - k + 1
		case w == "on" || w == "early" || w == "late" || w == "last":
		default:
			return 0
		}
	}
	return 0
}

// territoryLexicon: places whose seizure the main lexicon lacks, and
// entry without resistance.
const territoryLexicon = `
ASSAULT - overtake 0.85: seized|seize~|seizing|captured|capture~|capturing|overran|overrun~ _ capital|port~|airfield~|airstrip~|crossing~|checkpoint~|garrison~|barracks; seized|seize~|seizing|captured|capture~|capturing|overran|overrun~ _ border post~|point~|crossing~
ASSAULT - overtake 0.85: encountered|encounter~|met|meet~|meeting|facing|faced _ no resistance; not encountered|encounter|met|meet|face|faced _ resistance; without encountering|meeting|facing _ resistance
`

// attemptEntry recodes a capture that was only attempted: an attack.
var attemptEntry = entry{typ: "ASSAULT", tag: "attack", w: 0.8, src: "an attempted capture"}

// attemptedCapture reports a territorial trigger in the complement of an
// attempt ("attempted to capture", "tried to seize", "failed to take"):
// the codebook codes the fighting, not a change of territory.
func attemptedCapture(ts []tok, h hit) bool {
	if h.e.tag != "overtake" && h.e.tag != "regain" || h.i < 2 || ts[h.i-1].low != "to" {
		return false
	}
	switch ts[h.i-2].low {
	case "attempt", "attempts", "attempted", "attempting", "try", "tries", "tried", "trying", "sought", "seeking",
		"bid", "failed", "fail", "fails", "effort", "efforts":
		return true
	}
	return false
}

// occupiedAdjective reports "occupied" used as an adjective of a place
// ("the occupied West Bank", "rebel-occupied areas"): the state of the
// place, no capture reported.
func occupiedAdjective(ts []tok, h hit) bool {
	w := ts[h.i].low
	if strings.HasSuffix(w, "-occupied") {
		return true
	}
	if w != "occupied" || h.i == 0 {
		return false
	}
	switch ts[h.i-1].low {
	case "the", "a", "an", "its", "their", "his", "her", "'s", "israeli", "russian", "illegally", "formerly", "already":
		return true
	}
	// "in the Kashmir occupied zone": "occupied" right
	// before a place noun modifies it
	if h.i+1 < len(ts) && occupiedPlaces[ts[h.i+1].low] {
		return true
	}
	return false
}

// occupiedPlaces are the place nouns "occupied" modifies as an adjective.
var occupiedPlaces = setOf(`city town territory territories area areas region regions village villages land lands zone zones
district districts province provinces part parts`)

// dropOccupiedAdjectives drops the territorial triggers occupiedAdjective
// finds.
func dropOccupiedAdjectives(ts []tok, hs []hit) []hit {
	out := hs[:0]
	for _, h := range hs {
		if (h.e.tag == "overtake" || h.e.tag == "regain") && occupiedAdjective(ts, h) {
			continue
		}
		out = append(out, h)
	}
	return out
}
