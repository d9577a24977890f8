package events

import "testing"

// TestRiotWording: fireworks fired at the police, a protest turning
// violent after a noun ("near the summit"), protesters caught up in
// clashes make a violent demonstration; a peaceful march stays peaceful.
func TestRiotWording(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "firecrackers_at_police", text: "Supporters of the party fired firecrackers at riot police outside the parliament.", acled: "Violent demonstration"},
		{name: "flares_at_officers", text: "Football fans protesting the ticket prices threw flares at officers near the stadium.", acled: "Violent demonstration"},
		{name: "turned_violent_after_noun", text: "Rallies near the summit turned very violent on Saturday.", acled: "Violent demonstration"},
		{name: "involved_in_clashes", text: "Hundreds of farmers rallied against the new tax, with protesters involved in clashes in three towns.", acled: "Violent demonstration"},
		{name: "peaceful_march", text: "Thousands of students marched peacefully through the capital to demand lower fees.", acled: "Peaceful protest"},
		{name: "rioters_raid_stay_mob", text: "Rioters clashed with soldiers who raided the village on Friday.", acled: "Mob violence"},
	})
}

// TestPredicateOfNoun: a past verb right after a noun trigger is that
// noun's predicate.
func TestPredicateOfNoun(t *testing.T) {
	for _, c := range []struct {
		text string
		x, y [2]int
		want bool
	}{
		{"Talks near the summit turned violent", [2]int{3, 4}, [2]int{4, 6}, true},
		{"They condemned the summit attacked by critics", [2]int{3, 4}, [2]int{4, 5}, true},
		{"They condemned the attack", [2]int{1, 2}, [2]int{3, 4}, false},
	} {
		ts := tokenize(c.text, nil)
		hx, hy := hit{i: c.x[0], j: c.x[1], e: &entry{}}, hit{i: c.y[0], j: c.y[1], e: &entry{}}
		if got := predicateOfNoun(ts, hx, hy); got != c.want {
			t.Errorf("%q: predicateOfNoun = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestInterventionChase: the police chasing protesters intervene.
func TestInterventionChase(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "chased_demonstrators", text: "Riot police chased demonstrators through side streets as anti-austerity protests spread across the capital.", acled: "Protest with intervention"},
		{name: "gave_chase", text: "Hundreds of students rallied outside the ministry before officers gave chase to the protesters.", acled: "Protest with intervention"},
	})
}

// TestSuppressedAndInjured: a protest suppressed is an intervention;
// with protesters said to be injured it is excessive force, unless the
// injury is denied.
func TestSuppressedAndInjured(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "quelled_demonstration", text: "Security forces quelled a demonstration by students in the capital on Monday.", acled: "Protest with intervention"},
		{name: "suppressed_injuries", text: "Many marchers suffered serious injuries when soldiers crushed the peaceful sit-in.", acled: "Excessive force against protesters"},
		{name: "no_one_hurt", text: "Officers used tear gas to break up the march; nobody was injured.", acled: "Protest with intervention"},
		{name: "no_demonstrators_injured", text: "Police fired tear gas at the marchers, but no demonstrators were injured.", acled: "Protest with intervention"},
	})
}
