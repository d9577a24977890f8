package geoparse

import "testing"

// TestTeamNames: in a sports story a city named as an opponent ("against
// Memphis") or before a team's nickname ("the Rochester Americans") is
// the city of weight the team is named after, and a team's name says
// little of where the story is.
func TestTeamNames(t *testing.T) {
	p := mustParser(t)
	checkResolved(t, p, []resolveCase{
		{text: "In a basketball season full of upsets, the team scored 80 points against Memphis in overtime. " +
			"The coach praised the league's best defense before the tournament game in Dallas, Texas.",
			spans: []string{"Memphis", "Dallas", "Texas"}, name: "Memphis", a1: "US.TN"},
		{text: "The hockey season opened in Winnipeg. The goalie joined from the Rochester Americans and faced the Minnesota Wild " +
			"in his first game; fans and coaches praised the team and the league.",
			spans: []string{"Winnipeg", "Rochester", "Minnesota"}, name: "Rochester", a1: "US.NY"},
	})
}
