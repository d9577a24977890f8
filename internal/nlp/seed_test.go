package nlp

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/extract"
	"github.com/geowire/geowire/internal/model"
)

// TestSeedArticle checks the people, quotes and quantities that the seed
// article's README lists. The article is read from the shared folder and
// never copied into the project.
func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile("../../../shared/examples/seed-article/article.txt")
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	doc, err := extract.Extract(context.Background(), raw, extract.Options{})
	if doc == nil {
		t.Fatalf("extract: %v", err)
	}
	r, err := Read(context.Background(), doc)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	mustSpans(t, doc, r)

	person := func(name string) *model.Entity {
		for i := range r.Entities {
			if e := &r.Entities[i]; e.Kind == model.EntityPerson && !e.Coref && e.Text == name {
				return e
			}
		}
		t.Errorf("person %q not found", name)
		return nil
	}
	if e := person("James Horncastle"); e != nil {
		for _, part := range []string{"Assistant Professor", "Edward and Emily McWhinney Professor in International Relations", "Simon Fraser University"} {
			if !strings.Contains(e.Role, part) {
				t.Errorf("Horncastle's role %q lacks %q", e.Role, part)
			}
		}
	}
	if e := person("Dovilė Šakalienė"); e != nil && e.Role != "Lithuanian Defense Minister" {
		t.Errorf("Šakalienė's role = %q, want Lithuanian Defense Minister", e.Role)
	}
	coref := false
	for _, e := range r.Entities {
		if e.Coref && e.Text == "Šakalienė" && e.Canonical == "Dovilė Šakalienė" {
			coref = true
		}
	}
	if !coref {
		t.Errorf("“Šakalienė’s remarks” not linked to Dovilė Šakalienė")
	}
	hasEntity(t, r, model.EntityOrg, "Simon Fraser University")
	hasEntity(t, r, model.EntityOperation, "Shangri-La Dialogue")

	quotes := []struct{ prefix, speaker, role string }{
		{"The inability of Russia to protect", "James Horncastle", "Assistant Professor"},
		{"it will send a very clear signal", "Dovilė Šakalienė", "Lithuanian Defense Minister"},
	}
	for _, want := range quotes {
		found := false
		for _, q := range r.Quotes {
			if strings.HasPrefix(q.Text, want.prefix) {
				found = true
				if q.Speaker != want.speaker || !strings.Contains(q.Role, want.role) {
					t.Errorf("quote %q: speaker %q role %q, want %q, %q", want.prefix, q.Speaker, q.Role, want.speaker, want.role)
				}
			}
		}
		if !found {
			t.Errorf("quote %q not found", want.prefix)
		}
	}
	for _, q := range r.Quotes {
		if strings.Contains(q.Text, "Spider") {
			t.Errorf("a quoted name is not a quote: %q", q.Text)
		}
	}

	var aircraft, distance bool
	for _, q := range r.Quantities {
		if q.Value == 41 && strings.Contains(q.Counts, "aircraft") {
			aircraft = true
		}
		if q.Value == 4000 && q.Unit == "km" && q.Qualifier == model.QualMoreThan {
			distance = true
			if q.Stated == nil || q.Stated.Value != 2485 || q.Stated.Unit != "mi" {
				t.Errorf("4,000 km: stated conversion = %+v, want 2485 mi", q.Stated)
			}
		}
	}
	if !aircraft {
		t.Errorf("41 aircraft not found in %+v", r.Quantities)
	}
	if !distance {
		t.Errorf("more than 4,000 km not found in %+v", r.Quantities)
	}
}

func hasEntity(t *testing.T, r *model.Reading, kind, text string) {
	t.Helper()
	for _, e := range r.Entities {
		if e.Kind == kind && e.Text == text {
			return
		}
	}
	t.Errorf("%s %q not found", kind, text)
}

// mustSpans checks that every annotation's text is what its span covers.
func mustSpans(tb testing.TB, doc *model.Document, r *model.Reading) {
	tb.Helper()
	cut := func(embed *int, s model.Span) string {
		src := doc.Text
		if embed != nil {
			src = doc.Embeds[*embed].Text
		}
		rs := []rune(src)
		if s.Start < 0 || s.End > len(rs) || s.Start > s.End {
			tb.Fatalf("span %v out of range (%d code points)", s, len(rs))
		}
		return string(rs[s.Start:s.End])
	}
	for _, e := range r.Entities {
		if got := cut(e.Embed, e.Span); got != e.Text {
			tb.Errorf("entity %q: span covers %q", e.Text, got)
		}
	}
	for _, q := range r.Quotes {
		if got := cut(q.Embed, q.Span); got != q.Text {
			tb.Errorf("quote %q: span covers %q", q.Text, got)
		}
	}
	for _, q := range r.Quantities {
		if got := cut(q.Embed, q.Span); got != q.Text {
			tb.Errorf("quantity %q: span covers %q", q.Text, got)
		}
	}
	for _, d := range r.Dates {
		if got := cut(d.Embed, d.Span); got != d.Text {
			tb.Errorf("date %q: span covers %q", d.Text, got)
		}
	}
}

// TestSeedArticleRaw reads the scraped text as it is, glued sentences and
// all, without extract's clean-up: the splitter must cope on its own.
func TestSeedArticleRaw(t *testing.T) {
	raw, err := os.ReadFile("../../../shared/examples/seed-article/article.txt")
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	r := ReadText(string(raw), nil)
	speakers := map[string]string{}
	for _, q := range r.Quotes {
		speakers[q.Speaker] = q.Text
	}
	if !strings.HasPrefix(speakers["James Horncastle"], "The inability of Russia") ||
		!strings.HasPrefix(speakers["Dovilė Šakalienė"], "it will send a very clear signal") || len(r.Quotes) != 2 {
		t.Errorf("quotes = %+v", r.Quotes)
	}
	var n41, n4000 bool
	for _, q := range r.Quantities {
		n41 = n41 || q.Value == 41 && strings.Contains(q.Counts, "aircraft")
		n4000 = n4000 || q.Value == 4000 && q.Unit == "km" && q.Stated != nil && q.Stated.Value == 2485
	}
	if !n41 || !n4000 {
		t.Errorf("quantities = %+v", r.Quantities)
	}
	glued := false
	for _, s := range r.Sentences {
		if strings.HasPrefix(string([]rune(string(raw))[s.Span.Start:s.Span.End]), "The strike, part of") {
			glued = true
		}
	}
	if !glued {
		t.Error("“campaign.The strike” was not split")
	}
}
