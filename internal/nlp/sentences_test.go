package nlp

import (
	"strings"
	"testing"
)

// sentenceTexts runs the tokenizer and splitter and returns the sentences'
// texts.
func sentenceTexts(text string) []string {
	toks := tokenize(text)
	var out []string
	for _, s := range splitSentences(toks) {
		out = append(out, text[toks[s.first].s:toks[s.end-1].e])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "It rained. Then it stopped.", []string{"It rained.", "Then it stopped."}},
		{"glued", "a long-range campaign.The strike hit.", []string{"a long-range campaign.", "The strike hit."}},
		{"title abbrev", "Gen. Valery Gerasimov spoke. He left.", []string{"Gen. Valery Gerasimov spoke.", "He left."}},
		{"us mid", "The U.S. Army said so.", []string{"The U.S. Army said so."}},
		{"us end", "It came from the U.S. The rest did not.", []string{"It came from the U.S.", "The rest did not."}},
		{"number abbrev", "Brigade No. 5 moved. It was late.", []string{"Brigade No. 5 moved.", "It was late."}},
		{"decimal", "Growth was 2.5 percent. Prices rose.", []string{"Growth was 2.5 percent.", "Prices rose."}},
		{"url", "See pic.twitter.com/S4C8bSJRAV for more. Next one.", []string{"See pic.twitter.com/S4C8bSJRAV for more.", "Next one."}},
		{"www", "Visit www.example.org. It works.", []string{"Visit www.example.org.", "It works."}},
		{"handle", "@ServiceSsu has released footage. It is new.", []string{"@ServiceSsu has released footage.", "It is new."}},
		{"quote end", "“We will win.” He left.", []string{"“We will win.”", "He left."}},
		{"quote said", "“Will we win?” he asked. Nobody knew.", []string{"“Will we win?” he asked.", "Nobody knew."}},
		{"quote spans", "He said: “First. Second.” Then he left.", []string{"He said: “First.", "Second.”", "Then he left."}},
		{"heading", "Chinese Connection\n\nBelaya Air Base once played a role.", []string{"Chinese Connection", "Belaya Air Base once played a role."}},
		{"glued heading", "June 4, 2025Chinese Connection", []string{"June 4, 2025", "Chinese Connection"}},
		{"camel heading", "Implications for Regional SecurityRussia’s vulnerabilities grew.", []string{"Implications for Regional Security", "Russia’s vulnerabilities grew."}},
		{"initial", "John F. Kennedy was there. So was I.", []string{"John F. Kennedy was there.", "So was I."}},
		{"etc end", "Tanks, drones, etc. The list goes on.", []string{"Tanks, drones, etc.", "The list goes on."}},
		{"ellipsis", "He paused... Then went on.", []string{"He paused...", "Then went on."}},
		{"exclaim", "Stop! Now!", []string{"Stop!", "Now!"}},
		{"digit start", "It ended. 41 aircraft were hit.", []string{"It ended.", "41 aircraft were hit."}},
		{"lower after period", "e.g. this one and i.e. that one.", []string{"e.g. this one and i.e. that one."}},
		{"empty", "", nil},
		{"spaces", "   \n\n  ", nil},
		{"cyrillic", "Удар по базе. Потом тишина.", []string{"Удар по базе.", "Потом тишина."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
