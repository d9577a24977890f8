package nlp

import (
	"fmt"
	"testing"
)

func quoteStrings(text string) []string {
	r := ReadText(text, nil)
	var out []string
	for _, q := range r.Quotes {
		s := fmt.Sprintf("%s: %s", q.Speaker, q.Text)
		if q.Role != "" {
			s += " [" + q.Role + "]"
		}
		out = append(out, s)
	}
	return out
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"wrote name role", "“Russia cannot protect its key assets,” wrote James Horncastle, Assistant Professor at Simon Fraser University.",
			[]string{"James Horncastle: Russia cannot protect its key assets [Assistant Professor at Simon Fraser University]"}},
		{"name said after", "“We will respond to this attack,” John Smith said.", []string{"John Smith: We will respond to this attack"}},
		{"said name after", "“We will respond to this attack,” said Mary Jones.", []string{"Mary Jones: We will respond to this attack"}},
		{"colon before", "Volodymyr Zelensky said: “Our drones reached Siberia today.”", []string{"Volodymyr Zelensky: Our drones reached Siberia today."}},
		{"warned that", "Lithuanian Defense Minister Dovilė Šakalienė warned that if Ukraine loses, “it will send a very clear signal to smaller states.”",
			[]string{"Dovilė Šakalienė: it will send a very clear signal to smaller states. [Lithuanian Defense Minister]"}},
		{"according to", "According to Andriy Yermak, “the operation was planned for a year and a half.”", []string{"Andriy Yermak: the operation was planned for a year and a half."}},
		{"according to after", "“The base was struck twice in one night,” according to Oleksandr Syrskyi.", []string{"Oleksandr Syrskyi: The base was struck twice in one night"}},
		{"pronoun", "Rustem Umerov spoke in Brussels. “We need more air defense systems now,” he said.", []string{"Rustem Umerov: We need more air defense systems now"}},
		{"continuation", "“We will not stop our strikes,” said Maria Ivanova. “This is only the beginning of the campaign.”",
			[]string{"Maria Ivanova: We will not stop our strikes", "Maria Ivanova: This is only the beginning of the campaign."}},
		{"multi sentence", "“The strike was precise. It hit the planes on the ground,” said Peter Brown.", []string{"Peter Brown: The strike was precise. It hit the planes on the ground"}},
		{"title before name", "“We are ready for talks at any time,” said Foreign Minister Andrii Sybiha.", []string{"Andrii Sybiha: We are ready for talks at any time [Foreign Minister]"}},
		{"apposition said", "“The bombers were parked in the open,” Michael Kofman, a senior fellow at the Carnegie Endowment, said.",
			[]string{"Michael Kofman: The bombers were parked in the open [senior fellow at the Carnegie Endowment]"}},
		{"straight quotes", `"Nobody expected an attack this far east," Thomas Miller said.`, []string{"Thomas Miller: Nobody expected an attack this far east"}},
		{"guillemets", "«Nobody expected an attack this far east», said Olga Petrova.", []string{"Olga Petrova: Nobody expected an attack this far east"}},
		{"scare quotes", "Ukraine’s “Spider’s Web” Operation targeted Belaya Air Base.", nil},
		{"short term", "He called it a “special military operation” again.", nil},
		{"org speaker", "“The air defence systems destroyed all targets,” the Kremlin said.", []string{"Kremlin: The air defence systems destroyed all targets"}},
		{"told reporters", "Mark Rutte told reporters: “The alliance stands with Ukraine, today and tomorrow.”", []string{"Mark Rutte: The alliance stands with Ukraine, today and tomorrow."}},
		{"wrote on telegram", "Vitaliy Kim wrote on Telegram: “Drones attacked the city overnight, stay in shelters.”", []string{"Vitaliy Kim: Drones attacked the city overnight, stay in shelters."}},
		{"added that", "Anna Kowalski added that “the sanctions have not worked as planned.”", []string{"Anna Kowalski: the sanctions have not worked as planned."}},
		{"question asked", "“Will this war ever end for us?” she asked. Olena Zelenska had spoken first.", []string{": Will this war ever end for us?"}},
		{"question asked resolved", "Olena Zelenska visited the school. “Will this war ever end for us?” she asked.", []string{"Olena Zelenska: Will this war ever end for us?"}},
		{"partial quote", "Kaja Kallas said the strike was “a clear violation of international law” and called for sanctions.", []string{"Kaja Kallas: a clear violation of international law"}},
		{"name inside quote", "“We spoke with Vladimir Putin for two hours,” said Donald Trump.", []string{"Donald Trump: We spoke with Vladimir Putin for two hours"}},
		{"single quotes", "‘We will never give up our country,’ said Keir Starmer.", []string{"Keir Starmer: We will never give up our country"}},
		{"said in statement", "“The facility was not damaged in the attack,” Rosatom said in a statement.", []string{"Rosatom: The facility was not damaged in the attack"}},
		{"two speakers", "“The damage is enormous and lasting,” said John Smith. Mary Jones disagreed: “No, the damage is small and temporary.”",
			[]string{"John Smith: The damage is enormous and lasting", "Mary Jones: No, the damage is small and temporary."}},
		{"posted on", "“Another successful strike on the enemy airfield,” Robert Brovdi posted on Telegram.", []string{"Robert Brovdi: Another successful strike on the enemy airfield"}},
		{"multi paragraph", "“The first part of the quote goes here.\n\n“And the second part ends it,” said David Cameron.",
			[]string{"David Cameron: The first part of the quote goes here.", "David Cameron: And the second part ends it"}},
		{"unbalanced", "“This quote never closes and goes on and on.", nil},
		{"unbalanced close", "This quote never opened,” he said.", nil},
		{"no speaker", "“The skies were full of drones that night.”", []string{": The skies were full of drones that night."}},
		{"cyrillic names", "“Мы продолжим наступление на всех направлениях,” said Valery Gerasimov.", []string{"Valery Gerasimov: Мы продолжим наступление на всех направлениях"}},
		{"say present", "“Drones change everything in this war,” says Samuel Bendett.", []string{"Samuel Bendett: Drones change everything in this war"}},
		{"lowercase role", "“We hit 41 aircraft in one day,” Ukraine’s security chief Vasyl Maliuk said.", []string{"Vasyl Maliuk: We hit 41 aircraft in one day [security chief]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quoteStrings(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}
