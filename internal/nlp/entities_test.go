package nlp

import (
	"fmt"
	"testing"
)

func entityStrings(text string) []string {
	r := ReadText(text, nil)
	var out []string
	for _, e := range r.Entities {
		s := e.Kind + ":" + e.Text
		if e.Canonical != e.Text {
			s += "=" + e.Canonical
		}
		if e.Role != "" {
			s += " [" + e.Role + "]"
		}
		if e.Country != "" {
			s += " " + e.Country
		}
		out = append(out, s)
	}
	return out
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"title person", "Lithuanian Defense Minister Dovilė Šakalienė spoke.",
			[]string{"nationality:Lithuanian LT", "person:Dovilė Šakalienė [Lithuanian Defense Minister]"}},
		{"apposition", "James Horncastle, Assistant Professor at Simon Fraser University, agreed.",
			[]string{"person:James Horncastle [Assistant Professor at Simon Fraser University]", "org:Simon Fraser University"}},
		{"surname coref", "Rustem Umerov arrived. Umerov’s plan was clear.",
			[]string{"person:Rustem Umerov", "person:Umerov=Rustem Umerov"}},
		{"acronym handle", "The SBU (@ServiceSsu) released footage.",
			[]string{"org:SBU=Security Service of Ukraine UA", "org:@ServiceSsu=Security Service of Ukraine UA"}},
		{"expansion alias", "The Security Service of Ukraine said so.", []string{"org:Security Service of Ukraine UA"}},
		{"place suffix", "It hit a base in Irkutsk Oblast near Belaya Air Base. Belaya is remote.",
			[]string{"place:Irkutsk Oblast", "place:Belaya Air Base", "place:Belaya=Belaya Air Base"}},
		{"operation quoted", "Ukraine’s “Spider’s Web” Operation began. The strike was a surprise.",
			[]string{"place:Ukraine UA", "operation:“Spider’s Web” Operation=Operation Spider’s Web", "operation:The strike=Operation Spider’s Web"}},
		{"event", "At the Shangri-La Dialogue in Singapore, delegates met.",
			[]string{"operation:Shangri-La Dialogue", "place:Singapore SG"}},
		{"equipment", "Russia moved its strategic bombers and Tu-95 aircraft.",
			[]string{"place:Russia RU", "equipment:strategic bombers", "equipment:Tu-95=Tu-95 strategic bomber", "equipment:aircraft"}},
		{"compound nationality", "Sino-Russian ties grew.", []string{"nationality:Sino-Russian"}},
		{"sentence initial common", "Defense officials warn of war.", nil},
		{"acronym exact case", "NATO met. Nobody told us about it.", []string{"org:NATO=North Atlantic Treaty Organization"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := entityStrings(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}
