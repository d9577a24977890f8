package events

import "testing"

// TestCoerceCyberAndThreats: cyber attacks are coercion (CAMEO 176), not
// assault; readiness to impose martial law or a curfew is a threat.
func TestCoerceCyberAndThreats(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "defaced_websites", text: "Pro-government hackers defaced hundreds of opposition websites last week.", want: []string{"COERCE"}, not: []string{"ASSAULT"}},
		{name: "cyber_attack", text: "A cyber attack by Russian hackers crippled the ministry's email system on Monday.", want: []string{"COERCE"}, not: []string{"ASSAULT"}},
		{name: "hacked_into", text: "Activists hacked into the state broadcaster's servers and aired a message.", want: []string{"COERCE"}},
		{name: "prepared_martial_law", text: "The junta said it stood prepared to declare martial law should the strikes spread.", want: []string{"THREATEN"}, not: []string{"AGREE", "COERCE"}},
		{name: "ready_curfew", text: "The mayor is ready to impose a curfew on the old town.", want: []string{"THREATEN"}, not: []string{"AGREE"}},
		{name: "ready_aid_still_agree", text: "Japan is ready to send emergency aid to the flooded provinces.", want: []string{"AGREE"}},
	})
}
