package events

import "testing"

// TestBackgroundSetting: violence or unrest named up to eight words after
// "since", "after" or "caused by" is the setting of a statement or
// grant, not an act reported; a gerund that far off is an act.
func TestBackgroundSetting(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "asylum_since_invasion", text: "Mexico has granted asylum to four former ministers sheltering in its embassy since last year's military invasion.", want: []string{"AID"}, not: []string{"ASSAULT"}},
		{name: "suing_caused_by_strike", text: "A farmer is suing the government for damage to his orchards which was caused by a missile strike in May.", want: []string{"ACCUSE"}, not: []string{"ASSAULT"}},
		{name: "alert_after_weeks_of_unrest", text: "Soldiers across the south were kept on alert following more than two weeks of nationwide civil unrest.", want: []string{"MOBILIZE"}, not: []string{"PROTEST"}},
		{name: "assault_reported", text: "Militants stormed an army checkpoint near the lake on Friday, killing four soldiers.", want: []string{"ASSAULT"}},
	})
}

// TestSettingMeasuresAndClauses: a lockdown named as the time of another
// act is its setting; an act in an "after … was" clause happened, even
// after a word of concern; a gerund after "after being" stays setting.
func TestSettingMeasuresAndClauses(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "ransacked_during_lockdown", text: "Several pharmacies on the outskirts of Durban were ransacked during the lockdown, officers said.", acled: "Looting/property destruction"},
		{name: "concern_after_plunder", text: "Merchants voiced deep concern after their stalls had been plundered in the old market.", acled: "Looting/property destruction"},
		{name: "arrested_despite_curfew", text: "Police arrested 30 people who gathered in the square despite the curfew.", acled: "Arrests"},
		{name: "killed_during_curfew", text: "Gunmen killed two farmers during the curfew in the northern district.", acled: "Attack"},
		{name: "curfew_alone", text: "The army imposed a curfew on the northern towns on Monday.", acled: "Other"},
	})
	runPLOVERCases(t, []ploverCase{
		{name: "fear_of_attack_still_hypothetical", text: "Residents expressed fear of a new attack on the market.", not: []string{"ASSAULT"}},
	})
}

// TestTemporalClause: "after"/"since" opening a clause with an auxiliary.
func TestTemporalClause(t *testing.T) {
	for _, c := range []struct {
		text string
		k    int
		want bool
	}{
		{"worry after the depot was ransacked", 1, true},
		{"fear of attacks after the election", 3, false},
		{"anger since the army had shelled the town", 1, true},
	} {
		if got := temporalClause(tokenize(c.text, nil), c.k); got != c.want {
			t.Errorf("%q at %d: temporalClause = %v, want %v", c.text, c.k, got, c.want)
		}
	}
}

// TestAftermathOfFighting: property destroyed after fighting is the
// codebook's looting/property destruction; people killed after clashes
// are still a battle.
func TestAftermathOfFighting(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "looted_after_fighting", text: "Hundreds of homes were looted and set on fire in the district after the fighting, a rights group said.", acled: "Looting/property destruction"},
		{name: "torched_following_clashes", text: "Around 80 market stalls and a petrol station were torched following heavy clashes between two armed factions.", acled: "Looting/property destruction"},
		{name: "killed_after_clashes", text: "Two soldiers were killed after clashes with militants in the valley.", acled: "Armed clash"},
	})
}

// TestAnticipatedProtest: a protest anticipated has not happened; the
// arrests made ahead of it have.
func TestAnticipatedProtest(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "arrests_in_anticipation", text: "Security agents kept arresting student leaders in anticipation of a nationwide strike called for Monday.", want: []string{"COERCE"}, not: []string{"PROTEST"}},
		{name: "arrests_ahead_of_protests", text: "Police detained dozens of opposition members ahead of protests planned for Friday.", want: []string{"COERCE"}, not: []string{"PROTEST"}},
	})
}

// TestMassGraveFound: a mass grave found is the codebook's "other"
// development; a massacre whose victims were buried in one is an attack.
func TestMassGraveFound(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "graves_found", text: "A mass grave containing the remains of about 60 prisoners executed by the militia was uncovered near the airport.", acled: "Other"},
		{name: "massacre_and_burial", text: "Militants massacred 40 villagers and buried them in a mass grave, survivors said.", acled: "Attack"},
	})
}
