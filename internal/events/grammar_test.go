package events

import "testing"

// Sentences written for these tests (none taken from an evaluation set)
// covering participles used as adjectives, violence named
// as background, and lexicon gaps.

// TestParticiplesAndBackgroundVictims: violence named through its victims or as what
// aid helps against is no event of its own; a participle used as an
// adjective names no act.
func TestParticiplesAndBackgroundVictims(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "victims_of_bombing", text: "Japan sent relief supplies to victims of the bombing in the port.", want: []string{"AID"}},
		{name: "wounded_in_fighting", text: "The Red Crescent provided medical aid to civilians wounded in the fighting.", not: []string{"ASSAULT"}},
		{name: "repel_the_invasion", text: "The allies sent military aid to help the army repel the invasion.", want: []string{"AID"}},
		{name: "detained_adjective", text: "The authorities released the detained students on Monday.", want: []string{"RETREAT"}, not: []string{"COERCE"}},
		{name: "once_again", text: "Protesters once again marched through the capital on Saturday.", want: []string{"PROTEST"}},
		{name: "previously_other_verb", text: "The envoy, who previously served in Cairo, met the foreign minister on Monday.", want: []string{"CONSULT"}},
		{name: "was_once_historical", text: "The fort was once attacked by pirates.", not: []string{"ASSAULT"}},
	})
}

// TestGapStops checks that a lexicon gap does not reach across an
// adjunct: "withdrew from the town after talks" is no walk-out.
func TestGapStops(t *testing.T) {
	lx := compiled()
	ts := tokenize("The rebels withdrew from the town after talks.", nil)
	for _, h := range lx.match(ts, nil) {
		if h.e.typ == "SANCTION" {
			t.Errorf("SANCTION matched %q across the adjunct", h.e.src)
		}
	}
}
