package nlp

import (
	"fmt"
	"testing"
	"time"
)

func dateStrings(text string, pub *time.Time) []string {
	r := ReadText(text, pub)
	var out []string
	for _, d := range r.Dates {
		s := fmt.Sprintf("%s %s %s '%s'", d.Value, d.Granularity, d.Basis, d.Text)
		if d.Modifier != "" {
			s += " mod=" + d.Modifier
		}
		if d.Time != "" {
			s += " at=" + d.Time
		}
		out = append(out, s)
	}
	return out
}

func TestDates(t *testing.T) {
	pub := time.Date(2025, 6, 4, 14, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"month day year", "The post is dated June 4, 2025.", []string{"2025-06-04 day stated 'June 4, 2025'"}},
		{"day month year", "It happened on 1 June 2025.", []string{"2025-06-01 day stated '1 June 2025'"}},
		{"ordinal", "On the 3rd of May 2024 it began.", []string{"2024-05-03 day stated '3rd of May 2024'"}},
		{"iso", "Filed 2025-05-30 by the agency.", []string{"2025-05-30 day stated '2025-05-30'"}},
		{"month year", "In February 2022 the war began.", []string{"2022-02 month stated 'February 2022'"}},
		{"month day no year", "The drones struck on June 1.", []string{"2025-06-01 day relative 'June 1'"}},
		{"month day near new year", "It happened on Dec. 30.", []string{"2024-12-30 day relative 'Dec. 30'"}},
		{"abbrev month", "Talks resumed Aug. 12, 2024.", []string{"2024-08-12 day stated 'Aug. 12, 2024'"}},
		{"bare month past", "The offensive started in March.", []string{"2025-03 month relative 'March'"}},
		{"bare month after pub", "The ceasefire failed in September.", []string{"2024-09 month relative 'September'"}},
		{"bare month future", "Elections will be held in September.", []string{"2025-09 month relative 'September'"}},
		{"may verb", "Russia may respond.", nil},
		{"yesterday", "Officials said yesterday that it ended.", []string{"2025-06-03 day relative 'yesterday'"}},
		{"today", "Today the sirens sounded.", []string{"2025-06-04 day relative 'Today'"}},
		{"tomorrow", "Talks resume tomorrow.", []string{"2025-06-05 day relative 'tomorrow'"}},
		{"on sunday", "The attack came on Sunday.", []string{"2025-06-01 day relative 'Sunday'"}},
		{"sunday night", "Explosions were heard Sunday night.", []string{"2025-06-01 day relative 'Sunday night'"}},
		{"last friday", "He spoke last Friday.", []string{"2025-05-30 day relative 'last Friday'"}},
		{"next monday", "They meet next Monday.", []string{"2025-06-09 day relative 'next Monday'"}},
		{"future weekday", "The summit will open on Friday.", []string{"2025-06-06 day relative 'Friday'"}},
		{"weekday with date", "On Sunday, June 1, 2025, the drones flew.", []string{"2025-06-01 day stated 'Sunday, June 1, 2025'"}},
		{"last week", "The base was hit last week.", []string{"2025-W22 week relative 'last week'"}},
		{"this week", "Talks continue this week.", []string{"2025-W23 week relative 'this week'"}},
		{"last month", "Prices rose last month.", []string{"2025-05 month relative 'last month'"}},
		{"last year", "The bridge was rebuilt last year.", []string{"2024 year relative 'last year'"}},
		{"earlier this year", "Earlier this year, Russia moved its bombers.", []string{"2025 year relative 'Earlier this year' mod=earlier"}},
		{"later this month", "A vote is expected later this month.", []string{"2025-06 month relative 'later this month' mod=later"}},
		{"days ago", "Three days ago the convoy left.", []string{"2025-06-01 day relative 'Three days ago'"}},
		{"a week ago", "A week ago it was quiet.", []string{"2025-W22 week relative 'A week ago'"}},
		{"years ago", "Ten years ago Crimea was annexed.", []string{"2015 year relative 'Ten years ago'"}},
		{"decade", "During the Sino-Soviet split of the 1960s.", []string{"1960/1969 decade stated '1960s'"}},
		{"decade apostrophe", "Since the '90s the base decayed.", []string{"1990/1999 decade stated ''90s' mod=since"}},
		{"early decade", "In the early 2000s it closed.", []string{"2000/2009 decade stated 'early 2000s' mod=early"}},
		{"since year", "Relations improved since 1991.", []string{"1991 year stated '1991' mod=since"}},
		{"in year", "Relations normalised starting in 1991.", []string{"1991 year stated '1991'"}},
		{"year range", "The war lasted from 2014 to 2022.", []string{"2014/2022 range stated 'from 2014 to 2022'"}},
		{"year dash range", "The 2014–2022 period was tense.", []string{"2014/2022 range stated '2014–2022'"}},
		{"day range", "The talks ran June 1-4, 2025.", []string{"2025-06-01/2025-06-04 range stated 'June 1-4, 2025'"}},
		{"mid year", "Production stalled in mid-2024.", []string{"2024 year stated 'mid-2024' mod=mid"}},
		{"late month", "It began in late May 2025.", []string{"2025-05 month stated 'late May 2025' mod=late"}},
		{"time of day", "The strike hit at 3 p.m. on Sunday.", []string{"2025-06-01 day relative 'at 3 p.m. on Sunday' at=15:00"}},
		{"date then time", "Sirens sounded on June 2 at 04:30.", []string{"2025-06-02 day relative 'June 2 at 04:30' at=04:30"}},
		{"year is count", "A force of 2000 soldiers gathered.", nil},
		{"year noun", "The 2022 invasion changed everything.", []string{"2022 year stated '2022'"}},
		{"no anchor", "The base was hit last week.", []string{" week unresolved 'last week'"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &pub
			if tt.name == "no anchor" {
				p = nil
			}
			got := dateStrings(tt.text, p)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestDatesNoAnchorDay(t *testing.T) {
	got := dateStrings("The drones struck on June 1.", nil)
	want := []string{"--06-01 day unresolved 'June 1'"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
