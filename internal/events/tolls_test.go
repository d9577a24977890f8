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

// TestContestedTolls: a figure one side claims gives way to a toll stated
// as fact (the codebook keeps the conservative figure), a claimed figure
// alone still counts, and animals killed are no fatalities.
func TestContestedTolls(t *testing.T) {
	checkTolls(t, []tollCase{
		{"claim_after_stated", "Rebels attacked an army base near Kidal on Monday. Two soldiers were killed, although the rebels claimed 15 fatalities.", 2},
		{"claim_in_parenthesis", "Government forces clashed with the militia near Bor. Three people were killed (the militia claimed 12 dead).", 3},
		{"according_to_after", "Gunmen attacked a village in Zamfara, killing four people. According to residents, 20 people were killed.", 4},
		{"claim_alone", "Insurgents attacked a checkpoint near Mosul and claimed they killed 6 policemen.", 6},
		{"cattle", "Gunmen killed 40 heads of cattle in a village near Jos on Sunday.", 0},
	})
}

// TestTollsSpreadAndVague covers figures spread over coordinated victims, verbs
// that kill, a vague number, and figures counted by the verb before
// them.
func TestTollsSpreadAndVague(t *testing.T) {
	checkTolls(t, []tollCase{
		{"man_and_his_wife", "Unidentified gunmen shot dead a trader and his wife in the town.", 2},
		{"killing_a_farmer_and_brother", "Herders attacked farmers near the river, killing a farmer and his brother.", 2},
		{"lynched_two", "A mob lynched two suspected thieves in the market.", 2},
		{"beheaded_three", "Militants beheaded three farmers near the lake.", 3},
		{"killing_and_injuring", "A bomb exploded under a bus, killing seven passengers and injuring twelve others.", 7},
		{"unknown_number", "Militants attacked a base near the river. Three soldiers and an unknown number of militants were killed.", 3},
		{"more_than", "An air strike on the market killed more than twenty people.", 20},
		{"single_passive", "A policeman was shot dead by gunmen near the mosque.", 1},
	})
}
