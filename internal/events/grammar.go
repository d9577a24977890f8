package events

import "strings"

// Word-level grammar cues, written from the PLOVER and ACLED
// documentation and tested on sentences of our own (grammar_test.go):
// participles used as adjectives; historical adverbs that date another
// verb; verbs that take "back" as a particle; and a lexicon gap ("withdrew
// from _ talks") that does not reach across a preposition that opens an
// adjunct of its own ("withdrew from the town after talks").

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

// particleVerbs take "back" as a particle: "pushed back", "fought back".
var particleVerbs = setOf(`push pushed pushing drove drive driven driving beat beaten beating fought fight fighting forced
force hit struck strike fired fire came come went go brought bring pulled pull fell fall held hold called call gave give
took take won win got get turned turn rolled roll stepped step scaled scale cut cutting pegged hit`)

func particleVerb(w string) bool { return particleVerbs[w] }

// gapStops open an adjunct a lexicon gap may not cross.
var gapStops = setOf(`after before following during amid despite because until unless`)
