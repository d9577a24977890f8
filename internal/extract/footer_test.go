package extract

import "testing"

func TestFindFooters(t *testing.T) {
	tests := []struct {
		name, in, source, rest string
	}{
		{"wordpress glued", "Talks resume in Doha.The post Ceasefire Talks Resume in Doha appeared first on Gulf Monitor.",
			"Gulf Monitor", "Talks resume in Doha."},
		{"wordpress title with periods", "The post U.S. Sends More Aid to Kyiv, Says Pentagon. Again appeared first on War Desk.",
			"War Desk", ""},
		{"first appeared on", "Fighting near Pokrovsk continued. The post Pokrovsk Holds first appeared on Front News.",
			"Front News", "Fighting near Pokrovsk continued."},
		{"domain source", "The post Floods in Valencia appeared first on example.com.", "example.com", ""},
		{"originally appeared", "Rain hit Lagos. This article originally appeared on Sahara Reporters.", "Sahara Reporters", "Rain hit Lagos."},
		{"originally published at", "Originally published at The Kyiv Independent.", "The Kyiv Independent", ""},
		{"was originally published", "This story was originally published by Grist. Officials declined to comment.", "Grist", "Officials declined to comment."},
		{"republished", "This article is republished from The Conversation under a Creative Commons license. Read the original article.",
			"The Conversation", ""},
		{"footer then prose", "This article first appeared on Meduza. Officials in Riga declined to comment.",
			"Meduza", "Officials in Riga declined to comment."},
		// Negative cases.
		{"prose", "The video appeared first on Telegram channels close to the Wagner group, analysts in Tallinn said, before spreading.", "",
			"The video appeared first on Telegram channels close to the Wagner group, analysts in Tallinn said, before spreading."},
		{"prose republished", "Images of the blast were republished from Russian channels by many outlets.", "",
			"Images of the blast were republished from Russian channels by many outlets."},
		{"no source", "The post appeared first on .", "", "The post appeared first on ."},
		{"long sentence start", "Analysts who for years studied the region and its many conflicts in great depth, across the Caucasus, said the claim originally appeared on a fringe blog.", "",
			"Analysts who for years studied the region and its many conflicts in great depth, across the Caucasus, said the claim originally appeared on a fringe blog."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, source := tidyBlocks([]block{{text: tt.in}})
			if source != tt.source {
				t.Errorf("source = %q, want %q", source, tt.source)
			}
			if got := blocksString(out); got != tt.rest {
				t.Errorf("rest\n got %q\nwant %q", got, tt.rest)
			}
		})
	}
}
