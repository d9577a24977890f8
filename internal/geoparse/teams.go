package geoparse

import "strings"

// sportsWords are the words of sports reporting; a text that uses
// several of them often is a sports story, where a bare city name is as
// often a team as a place.
var sportsWords = setOf(`game games season coach coaches team teams points rebounds assists overtime inning
innings pitcher quarterback touchdown touchdowns playoff playoffs tournament championship league scored goals
goalkeeper striker halftime roster semifinal semifinals basketball football baseball hockey soccer rugby
cricket stadium`)

// sportsStoryHits is how many words of sportsWords (of at least three
// different ones) make a text a sports story.
const sportsStoryHits = 6

// teamPreps before a city's name in a sports story make it a team
// ("80 points against Memphis", "the game versus Denver"); teamVerbs
// are results a team gets or games it plays ("outlasted Memphis", "faced
// the Minnesota Wild").
var (
	teamPreps = setOf(`against vs versus v`)
	teamVerbs = setOf(`outlasted outscored upset downed blanked swept stunned topped edged beat defeated faced played hosted`)
)

// teamFocus is the share of a team's name in the document's focus: the
// opponent's city says little of where the story is.
const teamFocus = 0.25

// sportsStory reports whether the text is a sports story (computed once).
func (d *doc) sportsStory() bool {
	if d.sports == 0 {
		d.sports = 1
		hits, seen := 0, map[string]bool{}
		for k := range d.toks {
			if w := d.tokLower(k); sportsWords[w] {
				hits++
				seen[w] = true
			}
		}
		if hits >= sportsStoryHits && len(seen) >= 3 {
			d.sports = 2
		}
	}
	return d.sports == 2
}

// teamName reports whether m, in a sports story, names a team by its
// city or state: after "against", "vs." or a result verb ("outlasted
// Memphis"), or before a capitalised plural that is the team's nickname
// ("the Rochester Americans", "the Denver Broncos"). Teams are named
// after cities of weight, and name no place of the story.
func (d *doc) teamName(m *mention) bool {
	if m.ti <= 0 || m.tj < 0 || !d.sportsStory() {
		return false
	}
	k := m.ti - 1
	if d.tokLower(k) == "the" {
		k-- // "faced the Minnesota Wild"
	}
	if prev := d.tokLower(k); teamPreps[prev] || teamVerbs[prev] {
		return true
	}
	if m.tj >= len(d.toks) {
		return false
	}
	next := d.toks[m.tj]
	nl := d.tokLower(m.tj)
	return next.word && next.cap && !next.upper && next.gap == 1 && strings.HasSuffix(nl, "s") && len(nl) > 3 &&
		!facilityHeads[nl] && !nameHeads[nl] && !featureHeads[d.tokText(m.tj)] && !residentNouns[nl]
}
