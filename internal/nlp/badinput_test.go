package nlp

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/model"
)

func TestBadInput(t *testing.T) {
	big := strings.Repeat("More than 4,000 drones hit “the base” on June 4, 2025 and ", 10<<20/60)
	tests := []struct {
		name string
		text string
	}{
		{"empty", ""},
		{"spaces", " \n\n\t "},
		{"nul bytes", "Gen.\x00Smith said\x00 “it\x00 is over,” \x00 on Sunday\x00."},
		{"invalid utf8", "\xff\xfe“abc\xc3” 4\xe2,000 km"},
		{"mixed scripts", "Удар по базе «Белая» в 4000 км. 北京说“这是一次袭击”。 Šakalienė’s remarks. مرحبا"},
		{"unbalanced", "“ “ “ ” ” \" « „ ‘ ’ ’ ( ( ) ]"},
		{"only punctuation", strings.Repeat(".!?…", 1000)},
		{"numbers", strings.Repeat("1,2,3.4.5-6–7/8 ", 500)},
		{"ten megabyte line", big},
	}
	pub := time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &model.Document{Text: tt.text, Published: &pub,
				Embeds: []model.Embed{{Kind: model.EmbedSocialPost, Text: tt.text[:min(len(tt.text), 200)], Date: "not a date"}}}
			r, err := Read(context.Background(), doc)
			if err != nil {
				t.Fatal(err)
			}
			if r == nil || r.Sentences == nil || r.Quotes == nil {
				t.Fatal("nil reading or slices")
			}
		})
	}
	if _, err := Read(context.Background(), nil); err == nil {
		t.Error("Read(nil): no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Read(ctx, &model.Document{Text: "x"}); err == nil {
		t.Error("Read with a cancelled context: no error")
	}
}
