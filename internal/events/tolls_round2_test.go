package events

import "testing"

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
