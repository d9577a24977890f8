package events

import "testing"

// TestConcedeEasingAndPermission: easing a curfew named after a longer
// phrase is a concession and the curfew no new restriction; allowing the
// opposition to rally is a concession, the rally not yet held; going
// back on a promise is a rejection.
func TestConcedeEasingAndPermission(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "eased_curfew_by", text: "The military council eased by three hours the overnight curfew it had imposed following last week's riots.", want: []string{"CONCEDE"}, not: []string{"COERCE", "PROTEST"}},
		{name: "relaxed_restrictions", text: "The city relaxed on Monday the remaining movement restrictions.", want: []string{"CONCEDE"}, not: []string{"COERCE"}},
		{name: "lifted_state_of_emergency", text: "The cabinet lifted the nationwide state of emergency on Thursday.", want: []string{"CONCEDE"}, not: []string{"COERCE"}},
		{name: "allowed_rally", text: "The interior ministry allowed the opposition leader to hold a rally in the capital.", want: []string{"CONCEDE"}, not: []string{"PROTEST"}},
		{name: "permitted_march", text: "Police permitted the march to go ahead on Saturday.", want: []string{"CONCEDE"}, not: []string{"PROTEST"}},
		{name: "reneged_pledge", text: "The president reneged on his pledge to hold early elections.", want: []string{"REJECT"}},
		{name: "went_back_on_deal", text: "The rebels went back on the deal they signed in March.", want: []string{"REJECT"}},
		{name: "imposed_curfew_still", text: "The army imposed a curfew on the northern towns.", want: []string{"COERCE"}},
	})
}
