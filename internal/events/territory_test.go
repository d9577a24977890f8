package events

import "testing"

// TestTerritoryWording: a day between verb and object does not hide the
// object; a provincial capital or border crossing seized is territory
// taken; entry that met no resistance is a non-violent transfer; rebel
// "fighters" are combatants, not fighter jets.
func TestTerritoryWording(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "captured_late_on_friday", text: "Iraqi army units captured late on Friday an important district on the western edge of the city.", acled: "Government regains territory"},
		{name: "overran_capital", text: "Separatist fighters overran the provincial capital in the far north.", acled: "Non-state actor overtakes territory"},
		{name: "seized_on_monday_crossing", text: "Rebels seized on Monday the main border crossing with Uganda.", acled: "Non-state actor overtakes territory"},
		{name: "no_resistance", text: "Jihadist units walked into the garrison town at night without meeting any resistance.", acled: "Non-violent transfer of territory"},
		{name: "rebel_fighters", text: "Opposition fighters seized three villages on the plateau overnight.", acled: "Non-state actor overtakes territory"},
		{name: "fighter_jets_still", text: "Army fighter jets bombed rebel positions.", acled: "Air/drone strike"},
	})
}

// TestDayAdverbial: the length of a day named at k.
func TestDayAdverbial(t *testing.T) {
	ts := tokenize("captured on Thursday early Sunday late on Friday a town", nil)
	for _, c := range []struct{ k, want int }{{1, 2}, {3, 2}, {5, 3}, {8, 0}, {0, 0}} {
		if got := dayAdverbial(ts, c.k); got != c.want {
			t.Errorf("dayAdverbial at %d (%q) = %d, want %d", c.k, ts[c.k].low, got, c.want)
		}
	}
}

// TestOccupiedAdjectiveAndAttempts: "the occupied Golan Heights" and
// "rebel-occupied areas" name a place's state; "occupied the town" is a
// capture; an attempted capture is fighting, not territory taken.
func TestOccupiedAdjectiveAndAttempts(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "occupied_golan", text: "Soldiers arrested nine men during dawn raids on several villages in the occupied Golan Heights.", acled: "Arrests"},
		{name: "rebel_occupied_areas", text: "Rockets fired from rebel-occupied areas hit three border towns.", acled: "Shelling/artillery/missile attack"},
		{name: "occupied_town", text: "Rebels occupied the town on Monday after heavy fighting.", acled: "Non-state actor overtakes territory"},
		{name: "tried_to_seize_port", text: "Militants tried to seize the port but soldiers repelled them after hours of fighting.", acled: "Armed clash"},
		{name: "raid_killing", text: "Gunmen killed five villagers in a raid on the village on Sunday.", acled: "Attack"},
	})
}
