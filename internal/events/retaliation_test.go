package events

import "testing"

// TestRetaliationCause: the attack a strike avenges is its motive, not
// the event coded.
func TestRetaliationCause(t *testing.T) {
	runACLEDCases(t, []acledCase{
		{name: "strike_for_gas_attack", text: "Jets bombed rebel depots on Friday, a reprisal for a sarin attack on a village.", acled: "Air/drone strike"},
		{name: "shelling_in_response_to_ied", text: "Artillery shelled the hills in response to a roadside bomb that hit a patrol.", acled: "Shelling/artillery/missile attack"},
		{name: "plain_gas_attack", text: "A poison gas attack on a village killed twelve people on Friday.", acled: "Chemical weapon"},
	})
}
