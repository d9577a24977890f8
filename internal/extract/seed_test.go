package extract

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestSeedArticle checks every clean-up item of the shared seed article's
// README (../../../shared/examples/seed-article). Nothing in the package is
// special-cased for it: it is one real input among the fixtures.
func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile("../../../shared/examples/seed-article/article.txt")
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	doc := MustExtractText(t, string(raw))
	checkDocInvariants(t, doc)
	checkEmbedsOut(t, doc)

	if want := "Drone Strike Near China Puts New Pressure on Russia — and Eyes in Beijing"; doc.Title != want {
		t.Errorf("title = %q, want %q", doc.Title, want)
	}
	if doc.Source != "The Defense Post" {
		t.Errorf("source = %q, want %q", doc.Source, "The Defense Post")
	}
	for _, bad := range []string{"appeared first on", "The post Drone", "Wait 5 sec"} {
		if strings.Contains(doc.Text, bad) {
			t.Errorf("text still holds %q", bad)
		}
	}
	for _, glued := range []string{"campaign.The", "developments.While", "notice.Operation", "frontlines.Earlier", "University.Implications"} {
		if strings.Contains(doc.Text, glued) {
			t.Errorf("glued sentences %q not split", glued)
		}
	}
	for _, split := range []string{"campaign. The strike", "developments. While Ukraine", "frontlines. Earlier this year"} {
		if !strings.Contains(doc.Text, split) {
			t.Errorf("text lacks %q", split)
		}
	}
	if !strings.Contains(doc.Text, "Emily McWhinney Professor") {
		t.Errorf("camel-case name McWhinney was split")
	}

	// Headings, with spans that point at them in Text.
	var headings []string
	for _, h := range doc.Headings {
		headings = append(headings, h.Text)
	}
	for _, want := range []string{"Chinese Connection", "Implications for Regional Security"} {
		if !slices.Contains(headings, want) {
			t.Errorf("headings %q lack %q", headings, want)
		}
	}
	runes := []rune(doc.Text)
	for _, h := range doc.Headings {
		if got := string(runes[h.Span.Start:h.Span.End]); got != h.Text {
			t.Errorf("heading %q span %v holds %q", h.Text, h.Span, got)
		}
	}
	if !strings.Contains(doc.Text, "\n\nBelaya Air Base once played") || !strings.Contains(doc.Text, "\n\nRussia’s perceived military") {
		t.Errorf("paragraphs after the headings do not start where they should")
	}

	// The embedded tweet.
	if len(doc.Embeds) != 1 {
		t.Fatalf("embeds = %+v, want one social post", doc.Embeds)
	}
	e := doc.Embeds[0]
	if e.Kind != "social_post" || e.Platform != "twitter" {
		t.Errorf("embed kind/platform = %q/%q", e.Kind, e.Platform)
	}
	if e.Author != "Defense of Ukraine" || e.Handle != "@DefenceU" || e.Date != "2025-06-04" {
		t.Errorf("embed author/handle/date = %q %q %q", e.Author, e.Handle, e.Date)
	}
	if !strings.Contains(e.URL, "pic.twitter.com/S4C8bSJRAV") {
		t.Errorf("embed URL = %q", e.URL)
	}
	if !slices.Contains(e.Mentions, "@ServiceSsu") {
		t.Errorf("embed mentions = %q", e.Mentions)
	}
	if !strings.HasPrefix(e.Text, "Operation “Spiderweb”") {
		t.Errorf("embed text = %q", e.Text)
	}
	if strings.Contains(doc.Text, "Spiderweb") || strings.Contains(doc.Text, "41 russian strategic") || strings.Contains(doc.Text, "@DefenceU") {
		t.Errorf("the tweet is still in the body")
	}
	if doc.Lang != "en" {
		t.Errorf("lang = %q, want en", doc.Lang)
	}
}
