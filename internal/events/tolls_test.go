package events

import (
	"testing"

	"github.com/geowire/geowire/internal/model"
)

// tollCase is a text and the fatalities its events should add up to.
type tollCase struct {
	name, text string
	want       int
}

// checkTolls codes each case's text and compares the fatalities of all
// its events together with want.
func checkTolls(t *testing.T, cases []tollCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			evs := mustCode(t, c.text, Options{})
			if got := totalFatalities(evs); got != c.want {
				t.Errorf("fatalities = %d, want %d", got, c.want)
				for _, e := range evs {
					t.Logf("  %s %v %v", e.Type, e.Fatalities, e.Evidence["fatalities"])
				}
			}
		})
	}
}

// totalFatalities adds up the fatalities of evs.
func totalFatalities(evs []model.Event) int {
	n := 0
	for _, e := range evs {
		if e.Fatalities != nil {
			n += *e.Fatalities
		}
	}
	return n
}

// TestDeathTolls: a toll stated in a sentence of its own belongs to the
// violent event reported before it; "the death of two" is a toll; "he was
// killed" counts one; one toll is never counted for two events.
func TestDeathTolls(t *testing.T) {
	checkTolls(t, []tollCase{
		{"toll_own_sentence", "Gunmen attacked a village near Gao on Monday. Three fatalities.", 3},
		{"toll_one_fatality", "Militants ambushed an army patrol near the border. There was one fatality.", 1},
		{"no_adoption_when_stated", "Gunmen attacked a village near Gao on Monday, killing two people. Three fatalities were reported in another district last week.", 2},
		{"death_of", "An explosion at the market resulted in the death of four traders.", 4},
		{"he_was_killed", "He was shot dead by unknown gunmen outside his home in the capital.", 1},
		{"one_toll_two_events", "Police arrested two men after a clash between villagers that killed four people.", 4},
		{"shot_times", "A shopkeeper was stabbed four times and killed behind his kiosk near the harbour.", 1},
		{"killers_counted_not", "Two gunmen shot and killed a shopkeeper in the market.", 1},
		{"age_not_count", "A 16-year-old boy died after being shot by the police.", 1},
		{"passive_count", "Two soldiers were killed and three wounded in the ambush.", 2},
	})
}
