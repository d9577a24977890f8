package extract

import (
	"strings"
	"testing"
)

// TestHTMLRules holds one fixture per rule of the container choice and
// the class hints, each with the text the rule must keep and, as the
// negative case, the furniture it must still drop.
func TestHTMLRules(t *testing.T) {
	tests := []struct {
		name    string
		want    []string // substrings of Text
		notWant []string // must not appear in Text
		once    []string // must appear exactly once
	}{
		{
			// A furniture word on a wrapper of the whole article
			// ("content-sidebar-wrap", "has-comments"), heading classes on
			// section headings, "overflow-hidden", highlighting classes in
			// code, and the author's bio at the end.
			name: "layout_wrapper.html",
			want: []string{"Old apple trees look dead in January", "Opening the centre", "Feeding and mulching",
				"Keep the cut surfaces clean", "# log today's pruning", "fewer but larger fruit"},
			notWant: []string{"Join our pruning day", "Great article", "About the author", "Ilse Varga"},
		},
		{
			// Streamed chunks swapped into their placeholders; a plain
			// hidden block and a builder's invisible copy stay out.
			name: "streamed.html",
			want: []string{"Tide tables are not measured one day at a time",
				"the same constants then serve for every future prediction", "Weather still adds its share"},
			notWant: []string{"Loading paragraph", "preview text is hidden", "members-only version"},
		},
		{
			// Each heading and its paragraphs in a box of its own: all
			// boxes are taken; the teasers beside them are not.
			name: "section_boxes.html",
			want: []string{"A starter is a small farm", "1. Feed it on a schedule", "2. Keep it warm, not hot",
				"3. Use flour with some bran", "most tired starters recover"},
			notWant: []string{"How we shape bagels", "Boiled, then baked", "Dense, moist and sour"},
		},
		{
			// One layout variant per screen size: the article once.
			name: "variants.html",
			once: []string{"Thieves pick the easiest bike", "A solid U-lock", "Lock up in busy, well-lit places"},
		},
		{
			// An accordion marked up as a tab list holds the text; a real
			// tab list of short labels is still dropped.
			name: "accordion.html",
			want: []string{"Welcome back. Today we are going back", "the baker's guild set the weight",
				"roller mills that made white flour cheap"},
			notWant: []string{"Show notes"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustExtractFile(t, tt.name, "https://rules.example/"+tt.name)
			for _, w := range tt.want {
				if !strings.Contains(doc.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, doc.Text)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(doc.Text, w) {
					t.Errorf("text has %q:\n%s", w, doc.Text)
				}
			}
			for _, w := range tt.once {
				if n := strings.Count(doc.Text, w); n != 1 {
					t.Errorf("text has %q %d times, want once:\n%s", w, n, doc.Text)
				}
			}
			checkGolden(t, strings.TrimSuffix(tt.name, ".html")+".golden.json", doc)
		})
	}
}
