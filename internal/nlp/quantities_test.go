package nlp

import (
	"fmt"
	"testing"
)

// qty renders a quantity for comparison: value[-max] unit qualifier
// "counts" 'text' [=normalized] [(stated)].
func qtyString(text string) []string {
	r := ReadText(text, nil)
	var out []string
	for _, q := range r.Quantities {
		s := fmt.Sprintf("%g", q.Value)
		if q.ValueMax != nil {
			s += fmt.Sprintf("-%g", *q.ValueMax)
		}
		s += fmt.Sprintf(" %s %s %q '%s'", q.Unit, q.Qualifier, q.Counts, q.Text)
		if q.Normalized != nil && q.Normalized.Unit != q.Unit {
			s += fmt.Sprintf(" =%g%s", q.Normalized.Value, q.Normalized.Unit)
		}
		if q.Stated != nil {
			s += fmt.Sprintf(" (%g%s)", q.Stated.Value, q.Stated.Unit)
		}
		out = append(out, s)
	}
	return out
}

func TestQuantities(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"count with adjectives", "It damaged 41 russian strategic military aircraft.", []string{`41   "russian strategic military aircraft" '41 russian strategic military aircraft'`}},
		{"more than km with conversion", "It lies more than 4,000 kilometers (2,485 miles) from the border.", []string{`4000 km more_than "" 'more than 4,000 kilometers (2,485 miles)' (2485mi)`}},
		{"dozens of", "Dozens of drones were launched overnight.", []string{`24  at_least "drones" 'Dozens of drones'`}},
		{"at least killed", "At least 12 killed in the attack.", []string{`12  at_least "killed" 'At least 12 killed'`}},
		{"killed at least", "The strike killed at least 12 and wounded dozens.", []string{`12  at_least "killed" 'at least 12'`, `24  at_least "wounded" 'dozens'`}},
		{"about", "About 300 soldiers crossed the river.", []string{`300  about "soldiers" 'About 300 soldiers'`}},
		{"up to", "Up to 50 tanks were seen.", []string{`50  up_to "tanks" 'Up to 50 tanks'`}},
		{"nearly", "Nearly 1,000 people fled.", []string{`1000  about "people" 'Nearly 1,000 people'`}},
		{"fewer than", "Fewer than 10 missiles got through.", []string{`10  less_than "missiles" 'Fewer than 10 missiles'`}},
		{"no more than", "No more than 20 vehicles remained.", []string{`20  up_to "vehicles" 'No more than 20 vehicles'`}},
		{"words", "Forty-one aircraft were hit.", []string{`41   "aircraft" 'Forty-one aircraft'`}},
		{"word hundred", "Two hundred and fifty troops arrived.", []string{`250   "troops" 'Two hundred and fifty troops'`}},
		{"a dozen", "A dozen drones hit the base.", []string{`12   "drones" 'A dozen drones'`}},
		{"million dollars", "The aid was worth $5 million.", []string{`5e+06 USD  "" '$5 million'`}},
		{"glued scale", "A $3bn package was approved.", []string{`3e+09 USD  "" '$3bn'`}},
		{"euros", "It cost 1.5 billion euros.", []string{`1.5e+09 EUR  "" '1.5 billion euros'`}},
		{"percent sign", "Prices rose 12% in May.", []string{`12 %  "" '12%'`}},
		{"percent word", "Turnout was 67.5 percent.", []string{`67.5 %  "" '67.5 percent'`}},
		{"miles normalised", "The drones flew 600 miles.", []string{`600 mi  "" '600 miles' =965.6064km`}},
		{"hyphen unit", "A 1,500-kilometer strike range.", []string{`1500 km  "" '1,500-kilometer'`}},
		{"range to", "Between 10 and 20 drones were downed.", []string{`10-20   "drones" 'Between 10 and 20 drones'`}},
		{"range dash", "It launched 30-40 missiles.", []string{`30-40   "missiles" '30-40 missiles'`}},
		{"range million", "Some 5 to 10 million people left.", []string{`5e+06-1e+07  about "people" 'Some 5 to 10 million people'`}},
		{"square km", "Russia captured 400 square kilometers.", []string{`400 km2  "" '400 square kilometers'`}},
		{"metres", "A crater 15 meters wide.", []string{`15 m  "" '15 meters' =0.015km`}},
		{"tonnes", "It carried 2 tonnes of explosives.", []string{`2 t  "" '2 tonnes' =2000kg`}},
		{"mph", "Winds of 40 mph slowed them.", []string{`40 mph  "" '40 mph' =64.37376km/h`}},
		{"hours", "The raid lasted 3 hours.", []string{`3 h  "" '3 hours'`}},
		{"or more", "12 or more people died.", []string{`12  at_least "people" '12 or more people'`}},
		{"hundreds of thousands", "Hundreds of thousands of residents fled.", []string{`200000  at_least "residents" 'Hundreds of thousands of residents'`}},
		{"over", "Over 4,000 drones were built.", []string{`4000  more_than "drones" 'Over 4,000 drones'`}},
		{"roughly km", "roughly 70 km from the front", []string{`70 km about "" 'roughly 70 km'`}},
		{"no number id", "Brigade No. 5 moved.", nil},
		{"designation", "A Tu-95 and two F-16 jets.", []string{`2   "F-16 jets" 'two F-16 jets'`}},
		{"year not quantity", "In 2014, Russia annexed Crimea.", nil},
		{"ordinal", "The 21st brigade held.", nil},
		{"one of", "One of the drones crashed.", nil},
		{"time", "At 10:30 the sirens sounded.", nil},
		{"decimal comma thousands", "It had 1,200,000 residents.", []string{`1.2e+06   "residents" '1,200,000 residents'`}},
		{"a few dozen", "It relied on a few dozen Bayraktar drones.", []string{`24  at_least "Bayraktar drones" 'a few dozen Bayraktar drones'`}},
		{"several hundred", "Several hundred troops moved.", []string{`200  at_least "troops" 'Several hundred troops'`}},
		{"two countries", "After the two countries began talks.", []string{`2   "countries" 'two countries'`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := qtyString(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}
