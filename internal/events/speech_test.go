package events

import "testing"

// Sentences written for these tests (none taken from an evaluation set)
// covering accusations made in reported speech.

// TestReportedAccusation: blame laid in reported speech is an
// ACCUSE (a crime, a violation, an act done unlawfully, a party held
// responsible, a verdict given); a claim about oneself and a neutral
// report are not.
func TestReportedAccusation(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "said_responsible", text: "Pakistan said India was responsible for the blast at the border post.", want: []string{"ACCUSE"}},
		{name: "said_war_crimes", text: "The spokesman said the invading forces had committed war crimes in the town.", want: []string{"ACCUSE"}},
		{name: "said_incited", text: "The minister said the opposition had incited the unrest in the north.", want: []string{"ACCUSE"}},
		{name: "said_illegally_detained", text: "The party said security forces had illegally detained its members.", want: []string{"ACCUSE", "COERCE"}},
		{name: "called_insult", text: "The foreign ministry called the cartoon an insult to the nation.", want: []string{"ACCUSE"}},
		{name: "said_unacceptable", text: "Beijing said the arms sale was unacceptable.", want: []string{"ACCUSE"}},
		{name: "claim_of_responsibility", text: "The group said it was responsible for the kidnapping of the engineers.", not: []string{"ACCUSE"}},
		{name: "neutral_report", text: "Police said gunmen killed two traders near the market.", not: []string{"ACCUSE"}},
		{name: "charged_that", text: "Baghdad charged that Iranian artillery had shelled its border villages.", want: []string{"ACCUSE", "ASSAULT"}},
		{name: "report_found", text: "The inquiry found that guards had beaten the prisoners.", want: []string{"ACCUSE", "ASSAULT"}},
		{name: "its_charge_that", text: "Kabul repeated its charge that Islamabad had rigged the border vote.", want: []string{"ACCUSE"}},
		{name: "lashed_out", text: "The president lashed out at the donors over the conditions on the loan.", want: []string{"ACCUSE"}},
		{name: "protested_to_envoy", text: "Athens protested to the Turkish ambassador over the airspace violations.", want: []string{"ACCUSE"}, not: []string{"PROTEST"}},
	})
}

// TestReportedAccusationAlleges: the act an accusation reports is
// alleged.
func TestReportedAccusationAlleges(t *testing.T) {
	evs := mustCode(t, "The opposition said the army had deliberately shelled the villages.", Options{})
	for _, e := range evs {
		if e.Type == "ASSAULT" && !e.Aux.Alleged {
			t.Errorf("ASSAULT not marked alleged: %+v", e.Aux)
		}
	}
}
