package extract

import (
	"reflect"
	"strings"
	"testing"
)

// blocksString renders blocks as "text" paragraphs and "# text" headings,
// joined by " | ", for compact expectations.
func blocksString(bs []block) string {
	parts := make([]string, len(bs))
	for i, b := range bs {
		parts[i] = b.text
		if b.heading > 0 {
			parts[i] = "# " + b.text
		}
	}
	return strings.Join(parts, " | ")
}

func TestSplitGluedSentences(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"glued", "Kyiv’s long-range campaign.The strike hit Belaya.", "Kyiv’s long-range campaign. The strike hit Belaya."},
		{"glued twice", "Odesa was hit.Kharkiv was hit.Lviv was not.", "Odesa was hit. Kharkiv was hit. Lviv was not."},
		{"question", "Who fired first?Officials in Warsaw declined to say.", "Who fired first? Officials in Warsaw declined to say."},
		{"exclamation", "Sirens again!Residents of Kherson took shelter.", "Sirens again! Residents of Kherson took shelter."},
		{"closing quote", "“We will respond,” he said in Tbilisi.”The ministry agreed.", "“We will respond,” he said in Tbilisi.” The ministry agreed."},
		{"opening quote", "The talks ended in Geneva.“Nothing was agreed,” a diplomat said.", "The talks ended in Geneva. “Nothing was agreed,” a diplomat said."},
		{"cyrillic", "Удар по Харькову.Власти сообщили о раненых.", "Удар по Харькову. Власти сообщили о раненых."},
		{"after number", "The brigade lost 12 tanks in 2024.The losses were replaced.", "The brigade lost 12 tanks in 2024. The losses were replaced."},
		{"ellipsis", "The line went quiet...Then shelling resumed near Bakhmut.", "The line went quiet... Then shelling resumed near Bakhmut."},
		{"after unit", "Winds reached 110 km/h.The storm moved on to Gdańsk.", "Winds reached 110 km/h. The storm moved on to Gdańsk."},
		{"after handle", "The video was posted by @DefenceU.The army confirmed it.", "The video was posted by @DefenceU. The army confirmed it."},
		// Negative cases: not sentence ends.
		{"U.S.", "The U.S. Army moved to Poland. U.S.Navy ships left Rota.", "The U.S. Army moved to Poland. U.S.Navy ships left Rota."},
		{"e.g.", "Several cities, e.g.Dnipro and Zaporizhzhia, lost power.", "Several cities, e.g.Dnipro and Zaporizhzhia, lost power."},
		{"Gen.", "Gen.Syrskyi visited Sumy on Monday.", "Gen.Syrskyi visited Sumy on Monday."},
		{"No.", "Flight No.MH17 was downed over Donetsk.", "Flight No.MH17 was downed over Donetsk."},
		{"decimal", "The quake measured 5.5 near Izmir and 2.5 later.", "The quake measured 5.5 near Izmir and 2.5 later."},
		{"domain", "Read it on Example.Com/news and www.site.org/Report.Pdf today.", "Read it on Example.Com/news and www.site.org/Report.Pdf today."},
		{"tld", "Shoppers used Amazon.Com, the report from Seattle said.", "Shoppers used Amazon.Com, the report from Seattle said."},
		{"pic link", "Footage from Kursk. pic.twitter.com/AbC.Def1", "Footage from Kursk. pic.twitter.com/AbC.Def1"},
		{"email", "Write to John.Smith@example.com with tips from Gaza.", "Write to John.Smith@example.com with tips from Gaza."},
		{"initials", "J.R.R.Tolkien lived in Oxford.", "J.R.R.Tolkien lived in Oxford."},
		{"time", "The blast came at 5 p.m.Local time in Kabul.", "The blast came at 5 p.m.Local time in Kabul."},
		{"all caps", "Built on ASP.NET in Minsk.", "Built on ASP.NET in Minsk."},
		{"lower after", "Visit example.com for maps of Crimea.", "Visit example.com for maps of Crimea."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := blocksString(splitGlued(tt.in, false)); got != tt.want {
				t.Errorf("splitGlued(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitGluedHeadings(t *testing.T) {
	tests := []struct {
		name, in string
		glued    bool
		want     string
	}{
		{"title case", "Nobody noticed.Chinese ConnectionBelaya Air Base once mattered a lot.", false,
			"Nobody noticed. | # Chinese Connection | Belaya Air Base once mattered a lot."},
		{"with function word", "He spoke at the university.Implications for Regional SecurityRussia’s weakness may matter.", false,
			"He spoke at the university. | # Implications for Regional Security | Russia’s weakness may matter."},
		{"at block start", "Front Line UpdateKherson was shelled overnight again.", false,
			"# Front Line Update | Kherson was shelled overnight again."},
		{"one word after glue", "Talks stalled in Istanbul.BackgroundTurkey has hosted talks before.", false,
			"Talks stalled in Istanbul. | # Background | Turkey has hosted talks before."},
		{"sentence case after glue", "Talks stalled in Istanbul.What comes nextTurkey may host again soon.", false,
			"Talks stalled in Istanbul. | # What comes next | Turkey may host again soon."},
		{"two-letter opener", "The port reopened.Grain ExportsIt handled four ships on Friday.", false,
			"The port reopened. | # Grain Exports | It handled four ships on Friday."},
		{"quote opener", "Crowds gathered in Tbilisi.Street Protests“We will stay,” one said there.", false,
			"Crowds gathered in Tbilisi. | # Street Protests | “We will stay,” one said there."},
		{"after embed", "Key TakeawaysThe drones flew 4,000 km from Ukraine.", true,
			"# Key Takeaways | The drones flew 4,000 km from Ukraine."},
		{"cyrillic", "Так сообщил штаб.Новые УдарыХарьков снова атакован ночью дронами.", false,
			"Так сообщил штаб. | # Новые Удары | Харьков снова атакован ночью дронами."},
		// Negative cases: camel-case names and words are not glue.
		{"McWhinney", "It was said.Edward and Emily McWhinney Professor Horncastle wrote it.", false,
			"It was said. Edward and Emily McWhinney Professor Horncastle wrote it."},
		{"MacArthur", "It was said.General MacArthur landed at Inchon.", false,
			"It was said. General MacArthur landed at Inchon."},
		{"DeSantis", "It was said.Governor DeSantis spoke in Tampa.", false,
			"It was said. Governor DeSantis spoke in Tampa."},
		{"iPhone", "It was said.Apple iPhone sales fell in Shanghai.", false,
			"It was said. Apple iPhone sales fell in Shanghai."},
		{"YouTube", "It was said.YouTube removed the video from Moscow.", false,
			"It was said. YouTube removed the video from Moscow."},
		{"PlayStation", "It was said.Sony PlayStation sales rose in Tokyo.", false,
			"It was said. Sony PlayStation sales rose in Tokyo."},
		{"one word at block start", "BlackwaterBaghdad was the scene of a shooting.", false,
			"BlackwaterBaghdad was the scene of a shooting."},
		{"sentence case at block start", "What comes nextTurkey may host again soon.", false,
			"What comes nextTurkey may host again soon."},
		{"too long", "It was said.One Two Three Four Five Six Seven Eight NineTen eleven twelve.", false,
			"It was said. One Two Three Four Five Six Seven Eight NineTen eleven twelve."},
		{"sentence not heading", "It was said.The strike on the city of LvivKyiv said more.", false,
			"It was said. The strike on the city of LvivKyiv said more."},
		{"no prose after", "It was said.Chinese ConnectionBelaya", false,
			"It was said. Chinese ConnectionBelaya"},
		{"SpaceX", "It was said.Elon Musk SpaceX rockets launched from Texas.", false,
			"It was said. Elon Musk SpaceX rockets launched from Texas."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := blocksString(splitGlued(tt.in, tt.glued)); got != tt.want {
				t.Errorf("splitGlued(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestJunction(t *testing.T) {
	tests := []struct {
		tok  string
		want int
	}{
		{"ConnectionBelaya", 10},
		{"SecurityRussia’s", 8},
		{"McWhinney", 0},
		{"MacArthur", 0},
		{"iPhone", 0},
		{"YouTube", 0},
		{"OpenAI", 0},
		{"ProtestsA", 8},
		{"ProtestsB", 0},
		{"UpdateIt", 6},
		{"UpdateEx", 0},
		{"ПодробностиКиев", 22},
	}
	for _, tt := range tests {
		t.Run(tt.tok, func(t *testing.T) {
			if got := junction(tt.tok); got != tt.want {
				t.Errorf("junction(%q) = %d, want %d", tt.tok, got, tt.want)
			}
		})
	}
}

func TestGlueAtBounded(t *testing.T) {
	// A token longer than maxTokenScan is not prose and is left alone.
	long := strings.Repeat("a", 200) + ".B rest"
	if _, ok := glueAt(long, 200); ok {
		t.Errorf("glueAt on a %d-byte token split it", 200)
	}
	if got := splitGlued("ab.Cd", false); !reflect.DeepEqual(got, []block{{text: "ab. Cd"}}) {
		t.Errorf("splitGlued(ab.Cd) = %v", got)
	}
}
