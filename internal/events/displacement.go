package events

// Displacement: people fleeing because of violence. When a report's event
// is the flight ("thousands have fled their villages because of militant
// attacks") the violence is its cause, named in the background; CASE and
// ACLED code the displacement itself as an other strategic development,
// not a fresh attack.

// fleeWords say people left their homes.
var fleeWords = setOf(`fled flee flees fleeing displaced uprooted evacuated`)

// flightCauseWords open the cause of a flight.
var flightCauseWords = setOf(`because due wake amid amidst escape escaping fear`)

// flightAfterWords only order the flight after the violence: they make
// the flight the event when the violence has no toll of its own.
var flightAfterWords = setOf(`after following`)

// displacedBy reports an event whose trigger names the cause of a flight:
// a flee word before it in the same clause and a cause word between them
// ("because of", "in the wake of"), or "after" when the violence has no
// toll ("fled after the rebels captured the town"; "fled after gunmen
// killed five" stays a killing).
func displacedBy(e *event, fatalities int) bool {
	cd := e.cands[0]
	ts := cd.ts
	flee := -1
	for k := cd.trig.i - 1; k >= 0; k-- {
		if clauseBreak(&ts[k]) && ts[k].low != "," {
			break
		}
		if fleeWords[ts[k].low] {
			flee = k
			break
		}
	}
	if flee < 0 {
		return false
	}
	for k := flee + 1; k < cd.trig.i; k++ {
		if flightCauseWords[ts[k].low] || flightAfterWords[ts[k].low] && fatalities <= 0 {
			return true
		}
	}
	return false
}
