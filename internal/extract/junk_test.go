package extract

import "testing"

func TestIsJunkLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Wait 5 sec.", true},
		{"Please wait 10 seconds…", true},
		{"Please enable JavaScript to view this page.", true},
		{"You need to enable JavaScript to run this app.", true},
		{"Subscribe to continue reading", true},
		{"Click here to read the full story", true},
		{"Click here for more from Kyiv", true},
		{"We use cookies to improve your experience. By continuing you accept our cookie policy.", true},
		{"This website uses cookies.", true},
		{"Advertisement", true},
		{"ADVERTISEMENT - Scroll to continue", true},
		{"Continue reading", true},
		{"Continue reading below", true},
		{"Share this article", true},
		{"Share on Facebook", true},
		{"Loading…", true},
		{"Loading...", true},
		{"Read more: Drones hit Odesa port", true},
		{"RELATED: Strikes on Kharkiv", true},
		{"Just a moment...", true},
		{"Follow us on Telegram", true},
		{"3 min read", true},
		{"•", true},
		{"Tweet", true},
		// Negative cases: prose that starts like junk.
		{"Advertisement revenue at the Kyiv broadcaster fell by half.", false},
		{"Loading of ammunition continued at the port of Novorossiysk.", false},
		{"Wait times at the Polish border crossing reached five hours.", false},
		{"Subscribers in Mariupol lost mobile service.", false},
		{"Share prices in Moscow fell 5% on Monday.", false},
		{"Read more about the strike on Belaya Air Base in our report from Irkutsk, published on Monday.", false},
		{"Related forces moved toward Kupiansk overnight.", false},
		{"Watch the full interview with the mayor of Kharkiv below, recorded in the city centre.", false},
		{"Cookie production in Lviv halted after the power cuts.", false},
		{"2025", false},
		{"Kyiv", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := isJunkLine(tt.line); got != tt.want {
				t.Errorf("isJunkLine(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestDropJunkLines(t *testing.T) {
	in := "Strikes hit Odesa.\nAdvertisement\nThe port   was damaged.\n\tPlease enable JavaScript"
	if got, want := dropJunkLines(in), "Strikes hit Odesa. The port was damaged."; got != want {
		t.Errorf("dropJunkLines = %q, want %q", got, want)
	}
}
