package claims

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/extract"
	"github.com/geowire/geowire/internal/geoparse"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/nlp"
)

// TestSeedArticle checks the three claims the shared seed article's README
// lists (../../../shared/examples/seed-article), through the whole chain:
// extract, nlp, geoparse, claims. Nothing in the package knows the article.
func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile("../../../shared/examples/seed-article/article.txt")
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	g := mustGazetteer(t)
	ctx := context.Background()
	doc, err := extract.Extract(ctx, raw, extract.Options{})
	if doc == nil {
		t.Fatal(err)
	}
	r, err := nlp.Read(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	p, err := geoparse.New(g, geoparse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	places, err := p.Parse(ctx, doc.Text)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := Check(ctx, g, doc, r, places)
	if err != nil {
		t.Fatal(err)
	}
	find := func(kind, text string) *model.Claim {
		for i := range cs {
			if cs[i].Kind == kind && strings.Contains(cs[i].Text, text) {
				return &cs[i]
			}
		}
		t.Errorf("no %s claim with %q; claims: %+v", kind, text, cs)
		return nil
	}
	// "more than 4,000 kilometers … from the Ukrainian border": the nearest
	// point of Ukraine's border is about 4,290 km from Belaya Air Base.
	if c := find(model.ClaimDistance, "from the Ukrainian border"); c != nil {
		d, _ := num(c.Measured, "distance_km")
		if c.Verdict != model.VerdictSupported || d < 4200 || d > 4400 || c.Subject != "Belaya Air Base" {
			t.Errorf("distance: %s, %v km, subject %q (%s)", c.Verdict, d, c.Subject, c.Reason)
		}
		if c.Stated["qualifier"] != model.QualMoreThan || c.Stated["distance_km"] != 4000.0 {
			t.Errorf("distance stated %v", c.Stated)
		}
	}
	// "4,000 kilometers (2,485 miles)": 4,000 km = 2,485.5 mi.
	if c := find(model.ClaimConversion, "4,000 kilometers (2,485 miles)"); c != nil {
		v, _ := num(c.Measured, "converted_value")
		if c.Verdict != model.VerdictSupported || v < 2485 || v > 2486 {
			t.Errorf("conversion: %s, %v (%s)", c.Verdict, v, c.Reason)
		}
	}
	// "relatively close to the border with China": about 970 km, while
	// Mongolia's border is about 200 km away: loose, China ranked second.
	if c := find(model.ClaimProximity, "close to the border with China"); c != nil {
		d, _ := num(c.Measured, "distance_km")
		rank, _ := num(c.Measured, "rank")
		if c.Verdict != model.VerdictLoose || d < 900 || d > 1050 || rank != 2 {
			t.Errorf("proximity: %s, %v km, rank %v (%s)", c.Verdict, d, rank, c.Reason)
		}
		near, _ := c.Measured["nearest_borders"].([]borderRank)
		if len(near) == 0 || near[0].Code != "MN" || near[0].Km < 150 || near[0].Km > 250 {
			t.Errorf("nearest borders %+v, want Mongolia's first at about 200 km", near)
		}
		if c.Subject != "Belaya Air Base" {
			t.Errorf("proximity subject %q (%s)", c.Subject, c.SubjectBasis)
		}
	}
	for _, c := range cs {
		t.Logf("%-12s %-13s %q — %s", c.Kind, c.Verdict, c.Text, c.Reason)
	}
}
