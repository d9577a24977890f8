package events

// Weapons disrupted rather than used, written from the PLOVER and ACLED
// documentation and tested on sentences of our own: a controlled
// detonation; air defences named without an interception.

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
