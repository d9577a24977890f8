package extract

import (
	"reflect"
	"testing"

	"github.com/geowire/geowire/internal/model"
)

func TestFindSocialPosts(t *testing.T) {
	tw := func(author, handle, date, url, text string, mentions, media []string) model.Embed {
		return model.Embed{Kind: model.EmbedSocialPost, Platform: "twitter", Author: author, Handle: handle, Date: date, URL: url, Text: text, Mentions: mentions, Media: media}
	}
	tests := []struct {
		name   string
		in     string
		want   []model.Embed
		remain string // the text left outside the posts, pieces joined by " | "
	}{
		{"glued with pic link",
			"Officials in Lviv confirmed it.Air defence worked over @KyivCity tonight. pic.twitter.com/Ab12Cd— Kyiv City Council (@KyivCity) March 3, 2024The mayor spoke later.",
			[]model.Embed{tw("Kyiv City Council", "@KyivCity", "2024-03-03", "pic.twitter.com/Ab12Cd", "Air defence worked over @KyivCity tonight.", []string{"@KyivCity"}, []string{"pic.twitter.com/Ab12Cd"})},
			"Officials in Lviv confirmed it. | The mayor spoke later."},
		{"own paragraph, t.co link",
			"Explosions reported in Belgorod https://t.co/xYz12 — NEXTA (@nexta_tv) January 12, 2025",
			[]model.Embed{tw("NEXTA", "@nexta_tv", "2025-01-12", "https://t.co/xYz12", "Explosions reported in Belgorod", nil, nil)},
			""},
		{"status link and pic",
			"Damage in Odesa port https://twitter.com/UAWeapons/status/123 pic.twitter.com/Q1— UA Weapons (@UAWeapons) 5 July 2023",
			[]model.Embed{tw("UA Weapons", "@UAWeapons", "2023-07-05", "https://twitter.com/UAWeapons/status/123", "Damage in Odesa port", nil, []string{"pic.twitter.com/Q1"})},
			""},
		{"no link, en dash",
			"Grain ships left Chornomorsk today – Oleksandr Kubrakov (@OlKubrakov) Aug 16, 2023",
			[]model.Embed{tw("Oleksandr Kubrakov", "@OlKubrakov", "2023-08-16", "", "Grain ships left Chornomorsk today", nil, nil)},
			""},
		{"two posts",
			"First post from Kharkiv.— A One (@aone) May 1, 2024Second post from Sumy.— B Two (@btwo) May 2, 2024",
			[]model.Embed{tw("A One", "@aone", "2024-05-01", "", "First post from Kharkiv.", nil, nil), tw("B Two", "@btwo", "2024-05-02", "", "Second post from Sumy.", nil, nil)},
			""},
		{"mentions, e-mail is not one",
			"Thanks @ServiceSsu and @GUR_of_MoD, write to press@mod.gov.ua.— MoD (@DefenceU) June 4, 2025",
			[]model.Embed{tw("MoD", "@DefenceU", "2025-06-04", "", "Thanks @ServiceSsu and @GUR_of_MoD, write to press@mod.gov.ua.", []string{"@ServiceSsu", "@GUR_of_MoD"}, nil)},
			""},
		{"instagram",
			"View this post on Instagram Sunset over Batumi A post shared by Nino (@nino.ge_x) on Jun 4, 2025 at 3:15am PDT",
			nil, "View this post on Instagram Sunset over Batumi A post shared by Nino (@nino.ge_x) on Jun 4, 2025 at 3:15am PDT"},
		{"instagram plain handle",
			"Sunset over Batumi A post shared by Nino (@nino_ge) on Jun 4, 2025 at 3:15am PDT",
			[]model.Embed{{Kind: model.EmbedSocialPost, Platform: "instagram", Author: "Nino", Handle: "@nino_ge", Date: "2025-06-04", Text: "Sunset over Batumi"}},
			""},
		{"long prose before, no glue",
			"Drones struck an oil depot in Bryansk overnight, the regional governor said, adding that the fire had been put out by morning and that nobody was hurt in the attack, which followed a week of strikes on fuel facilities across the border regions of Russia, according to officials in Moscow and in Kyiv who spoke on Tuesday. The depot is burning. pic.twitter.com/Zz— Monitor (@mon) June 3, 2025",
			[]model.Embed{tw("Monitor", "@mon", "2025-06-03", "pic.twitter.com/Zz", "The depot is burning.", nil, []string{"pic.twitter.com/Zz"})},
			"Drones struck an oil depot in Bryansk overnight, the regional governor said, adding that the fire had been put out by morning and that nobody was hurt in the attack, which followed a week of strikes on fuel facilities across the border regions of Russia, according to officials in Moscow and in Kyiv who spoke on Tuesday."},
		// Negative cases.
		{"handle in prose", "The ministry (@DefenceU) posted a video from Bakhmut.", nil, "The ministry (@DefenceU) posted a video from Bakhmut."},
		{"no date", "Text — Someone (@someone) yesterday in Kyiv.", nil, "Text — Someone (@someone) yesterday in Kyiv."},
		{"no dash", "He cited Someone (@someone) June 4, 2025 in Lviv.", nil, "He cited Someone (@someone) June 4, 2025 in Lviv."},
		{"handle too long", "Text — Someone (@abcdefghijklmnopq) June 4, 2025", nil, "Text — Someone (@abcdefghijklmnopq) June 4, 2025"},
		{"bad date", "Text — Someone (@someone) June 31, 2025", nil, "Text — Someone (@someone) June 31, 2025"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cuts := findSocialPosts(tt.in)
			var got []model.Embed
			var rest []block
			from := 0
			for _, c := range cuts {
				got = append(got, c.embed)
				rest = appendPieces(rest, tt.in[from:c.start], false)
				from = c.end
			}
			rest = appendPieces(rest, tt.in[from:], len(cuts) > 0)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("embeds\n got %+v\nwant %+v", got, tt.want)
			}
			if r := blocksString(rest); r != tt.remain {
				t.Errorf("remaining text\n got %q\nwant %q", r, tt.remain)
			}
		})
	}
}

func TestMentions(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"“Spiderweb”@ServiceSsu has released", []string{"@ServiceSsu"}},
		{"@a and @b and @A again", []string{"@a", "@b"}},
		{"mail me at x@y.com", nil},
		{"@ alone", nil},
		{"@this_handle_is_far_too_long", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := mentions(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("mentions(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
