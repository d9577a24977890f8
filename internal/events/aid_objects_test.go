package events

import "testing"

// Sentences written for these tests (none taken from an evaluation set)
// covering giving verbs whose object is no aid.

// TestAidObjects: a giving verb whose object is no aid, and aid
// named only as a trade ("aid workers"), make no AID.
func TestAidObjects(t *testing.T) {
	runPLOVERCases(t, []ploverCase{
		{name: "sent_condolences", text: "The king sent a message of condolence to the bereaved families.", not: []string{"AID"}},
		{name: "gave_speech", text: "The envoy gave a speech at the university on Tuesday.", not: []string{"AID"}},
		{name: "gave_chase", text: "Officers gave chase to the robbers through the old town.", not: []string{"AID"}},
		{name: "aid_worker_killed", text: "Militants beheaded a Swiss aid worker in the desert.", want: []string{"ASSAULT"}},
		{name: "aid_delivered", text: "The agency delivered emergency aid to the flooded villages.", want: []string{"AID"}},
	})
}
