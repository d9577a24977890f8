package events

import "github.com/geowire/geowire/internal/model"

// Territory and bases changing hands without a battle, and who counts as
// the government side.
//
//   - The codebook's non-violent transfer of territory: a side acquires
//     territory "without engaging in violent interactions". A capture
//     reported as made without a fight, of a place left abandoned or
//     deserted, or after the other side withdrew is one, whatever the
//     verb (peacefulCapture).
//   - Territory handed over, ceded or transferred is a transfer, named
//     as the object or in the passive.
//   - The codebook's government regains territory covers "government
//     forces or their affiliates": fighters named as allied to state
//     forces, pro-government or government-backed act on the state's side
//     (stateAffiliate).
//   - A base established: barracks and garrisons set up or built are
//     bases; a place described in a relative clause as under someone's
//     control ("near the town, which is under the control of …") states
//     who holds it, no change of hands (dropStativeControl).

const handoverLexicon = `
RETREAT withdraw transfer 0.9: territory|town~|city|district~|area~|areas|village~|region~|base~|localities|positions _ handed|turned over; territory|town~|city|district~|area~|areas|village~|region~|base~|localities|positions _ ceded|transferred; hand~|handed|turned over _ district~|village~|region~|province~|localities|towns|cities|areas|territories
MOBILIZE troops base 0.85: established|establish~|built|build~|erected|erect~|constructed|construct~ _ barracks|garrison~|bases|camps|outposts; set|sets up _ barracks|garrison~|bases|camps|outposts
`

// peacefulWords after "without" say no fighting took place.
var peacefulWords = setOf(`fight fighting resistance clashes clash battle bloodshed shot shots violence confrontation confrontations combat`)

// desertedWords describe a place left by its holders.
var desertedWords = setOf(`abandoned deserted empty evacuated vacated unguarded undefended`)

// withdrawalWords name the other side's leaving.
var withdrawalWords = setOf(`withdrawal retreat pullout pull-out departure`)

// peacefulCapture reports a change of territory made without a fight:
// "without a fight", "without any armed clashes", "unopposed", a place
// "abandoned" or "deserted", or "after the withdrawal of" its holders.
func peacefulCapture(e *event) bool {
	for _, cd := range e.cands {
		ts := cd.ts
		for k := range ts {
			w := ts[k].low
			switch {
			case w == "unopposed":
				return true
			case w == "without":
				for m := k + 1; m < len(ts) && m < k+5; m++ {
					if ts[m].punct {
						break
					}
					if peacefulWords[ts[m].low] {
						return true
					}
				}
			case desertedWords[w] && k >= cd.trig.i && k < cd.trig.j+5:
				return true
			case (w == "after" || w == "following") && k+2 < len(ts) && ts[k+1].low == "the" && withdrawalWords[ts[k+2].low]:
				return true
			}
		}
	}
	return false
}

// affiliateWords mark fighters on the government's side.
var affiliateWords = setOf(`pro-government pro-regime government-backed government-allied state-backed loyalist loyalists`)

// stateAffiliate reports an actor fighting on the state's side: named
// pro-government or government-backed, or named "allied" right after
// state forces ("the army and allied fighters").
func stateAffiliate(e *event, a *model.Actor) bool {
	if a == nil {
		return false
	}
	f := fieldsOf(lower(a.Name))
	for _, w := range f {
		if affiliateWords[w] {
			return true
		}
	}
	allied := false
	for _, w := range f {
		if w == "allied" || w == "allies" {
			allied = true
		}
	}
	if a.Span == nil {
		return false
	}
	for _, cd := range e.cands {
		start := -1
		for k := range cd.ts {
			if cd.ts[k].rs == a.Span.Start {
				start = k
				break
			}
		}
		if start < 0 {
			continue
		}
		// "allied" may stand just before the name ("and allied tribal
		// fighters")
		k := start
		for k > 0 && start-k < 2 && cd.ts[k-1].low != "and" && cd.ts[k-1].low != "," {
			if cd.ts[k-1].low == "allied" {
				allied = true
			}
			k--
		}
		if !allied {
			continue
		}
		for _, m := range cd.ms {
			if m.j > k || m.j < k-2 {
				continue
			}
			switch m.sector {
			case model.SectorMilitary, model.SectorPolice:
			default:
				continue
			}
			joined := true
			for q := m.j; q < k; q++ {
				switch cd.ts[q].low {
				case "and", ",", "with":
				default:
					joined = false
				}
			}
			if joined {
				return true
			}
		}
	}
	return false
}

// relativeWords open a relative clause.
var relativeWords = setOf(`which that who whose`)

// dropStativeControl drops "under the control of" / "in control of" in a
// relative clause ("which is under the control of the rebels"), or
// beside a base established: it says who holds a place, not that it
// changed hands.
func dropStativeControl(ts []tok, hs []hit) []hit {
	base := false
	for _, h := range hs {
		if h.e.tag == "base" {
			base = true
		}
	}
	out := hs[:0]
	for _, h := range hs {
		if h.e.tag == "overtake" && (ts[h.i].low == "under" || ts[h.i].low == "in") {
			rel := base
			for k := h.i - 1; k >= 0 && k >= h.i-3; k-- {
				if relativeWords[ts[k].low] {
					rel = true
				}
			}
			if rel {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}
