package events

import "testing"

// Sentences written for these tests (none taken from an evaluation set)
// covering coders' notes on the death toll and the
// category labels that open coded notes on strategic developments.

func tollOf(t *testing.T, text string) (int, int) {
	t.Helper()
	evs := mustCode(t, text, Options{})
	return totalFatalities(evs), len(evs)
}

// TestCodedTolls: a coder's note on the toll overrides the figures
// the report quotes; a toll split across events is shared evenly,
// rounded up; a toll coded to another event leaves this one none.
func TestCodedTolls(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       int
	}{
		{"vague_coded", "On 1 June 2025, militants attacked a checkpoint near Kidal, and an unknown number of soldiers were killed. Fatalities coded as 3.", 3},
		{"coded_over_quoted", "On 2 June 2025, gunmen ambushed a convoy outside Mopti. Reports say between 5 and 20 people were killed; fatalities coded as 5.", 5},
		{"coded_at", "On 3 June 2025, rebels clashed with the army near Beni. Unspecified fatalities were coded at 10.", 10},
		{"coded_as_n_fatalities", "On 1 June 2025, bandits raided a village near Gusau and killed several residents, coded as 3 fatalities.", 3},
		{"split_events", "Between 1 and 3 June 2025, airstrikes hit several villages in the north. 20 fatalities split across 5 events.", 4},
		{"split_round_up", "Over two days, fighting near the river killed 13 combatants. 13 fatalities split between 2 events.", 7},
		{"split_words", "During the week, shelling of the suburbs killed 9 people; 9 fatalities are split among three events.", 3},
		{"coded_and_split", "Clashes spread across the district over the weekend. Fatalities coded as 12 and split between 4 events.", 3},
		{"coded_elsewhere", "On 4 June 2025, the army shelled rebel positions near the bridge, and 4 fighters were killed. Fatalities coded to the bridge crossing event.", 0},
		{"estimated_as", "On 3 June 2025, jihadists overran an army post near the lake. Unknown fatalities estimated as 10.", 10},
		{"coded_to_n", "On 3 June 2025, jihadists overran an army post near the lake. Unknown fatalities coded to 3.", 3},
		{"split_then_coded", "Over the week, air raids hit markets in the valley. 35 fatalities were split between 5 events and coded as 9 for this event.", 9},
		{"toll_sentence_overrides", "On 4 June 2025, gunmen raided a village near Jos, killing 5 residents according to local media, while officials counted fewer dead. 3 fatalities.", 3},
		{"toll_sentence_singular", "On 4 June 2025, a soldier was shot by unknown gunmen near the camp and later died of his wounds. 1 fatality.", 1},
		{"no_note", "On 4 June 2025, the army shelled rebel positions near the bridge, and 4 fighters were killed.", 4},
		{"no_note_zero", "On 2 June 2025, protesters marched to the parliament. No fatalities were reported.", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, n := tollOf(t, c.text)
			if n == 0 {
				t.Fatalf("no event coded")
			}
			if got != c.want {
				t.Errorf("fatalities = %d, want %d", got, c.want)
			}
		})
	}
}

// TestCodedTollParse checks the note reader on its own.
func TestCodedTollParse(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
		ok   bool
	}{
		{"Several fighters died. Fatalities coded as 10.", 10, true},
		{"Forty fatalities split across 6 events.", 0, false}, // a written-out total is left to the counter
		{"40 fatalities split across 6 events.", 7, true},
		{"2 fatalities split between 4 events.", 1, true},
		{"Fatalities are coded to the Kharkiv event.", 0, true},
		{"The dead were counted by medics; the fatality figure is disputed.", 0, false},
		{"The court coded the case as 12 counts of fraud.", 0, false},
		{"Fatalities were recorded at 5 sites across the province.", 0, false},
		{"Fatalities coded to 3 locations in the district.", 0, false},
	} {
		got, _, ok := codedToll(c.text)
		if ok != c.ok || got != c.want {
			t.Errorf("codedToll(%q) = %d, %v; want %d, %v", c.text, got, ok, c.want, c.ok)
		}
	}
}

// TestNoteLabels: the label that opens a coded note decides the
// sub-event type, and stands for the development when the note has no
// trigger of its own; an ordinary colon is no label.
func TestNoteLabels(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "property_destruction", text: "Property destruction: On 1 June 2025, unidentified men destroyed the fence and crops of a farmer near Mzuzu.", acled: "Looting/property destruction"},
		{name: "property_destruction_no_trigger", text: "Property destruction: On 1 June 2025, a farmer's granary near Mzuzu was reduced to ashes by unidentified men.", acled: "Looting/property destruction"},
		{name: "looting_with_shots", text: "Looting: On 4 June 2025, armed men fired in the air and emptied several shops in the market of Bunia.", acled: "Looting/property destruction"},
		{name: "land_seizure", text: "Land seizure: On 1 June 2025, settlers fenced off a plot belonging to villagers near Hebron.", acled: "Looting/property destruction"},
		{name: "movement_of_forces", text: "Movement of forces: On 6 June 2025, a column of armoured vehicles was seen heading toward the border town.", acled: "Change to group/activity"},
		{name: "security_measures", text: "Security measures: On 2 June 2025, the authorities placed checkpoints at all entrances to the city.", acled: "Change to group/activity"},
		{name: "interception", text: "Interception: On 3 June 2025, air defences shot down two drones over the port city.", acled: "Disrupted weapons use"},
		{name: "weapons_seizure", text: "Weapons seizure: On 4 June 2025, police found a cache of rifles in a house near the river.", acled: "Disrupted weapons use"},
		{name: "displacement", text: "Displacement: On 3 June 2025, about 400 families left their villages near the front line for the provincial capital.", acled: "Other"},
		{name: "non_violent_activity", text: "Non-violent activity: On 2 June 2025, the rebel commander met community elders in the town hall.", acled: "Other"},
		{name: "ordinary_colon", text: "Breaking: On 2 June 2025, soldiers and rebels clashed near the town.", acled: "Armed clash"},
	})
}

// TestLabelOnlyWhenOpening: a label word inside a sentence is no
// label.
func TestLabelOnlyWhenOpening(t *testing.T) {
	if noteLabel("Gunmen looted shops. Looting: a growing problem") != "" {
		t.Error("a label after the first sentence was read")
	}
	if noteLabel("Displacement: On 2 June 2025, families fled the town.") != "Other" {
		t.Error("the displacement label was not read")
	}
}
