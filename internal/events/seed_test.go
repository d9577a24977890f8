package events

import (
	"context"
	"os"
	"testing"

	"github.com/geowire/geowire/internal/config"
	"github.com/geowire/geowire/internal/extract"
	"github.com/geowire/geowire/internal/gazetteer"
	"github.com/geowire/geowire/internal/geoparse"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/nlp"
)

// TestSeedArticle codes the shared seed article
// (../../../shared/examples/seed-article): extract → nlp → geoparse (when
// the gazetteer is built) → code, and checks the event its README names:
// an ASSAULT by drone, actor Ukraine, 41 aircraft damaged, dated by the
// embedded post (2025-06-04, approximate), every field with evidence, and
// the negated, hypothetical and historical statements kept out.
func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile("../../../shared/examples/seed-article/article.txt")
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	ctx := context.Background()
	doc, err := extract.Extract(ctx, raw, extract.Options{Format: extract.FormatText})
	if doc == nil {
		t.Fatalf("extract: %v", err)
	}
	r, err := nlp.Read(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	var places []model.Place
	if dir, err := config.DataDir(os.Getenv); err == nil {
		if g, err := gazetteer.Open(gazetteer.Path(dir)); err == nil {
			defer g.Close()
			p, err := geoparse.New(g, geoparse.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if places, err = p.Parse(ctx, doc.Text); err != nil {
				t.Fatal(err)
			}
		} else {
			t.Logf("no gazetteer (%v): coding without places", err)
		}
	}
	evs, err := Code(ctx, doc, r, places, Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	var strike *model.Event
	for i := range evs {
		e := &evs[i]
		t.Logf("%s %s %s actor=%+v date=%s/%d/%s loc=%+v q=%v conf=%.2f", e.Type, e.Mode, e.ACLEDSubEventType, e.Actor, e.Date, e.DatePrecision, e.DateBasis, e.Location, e.Quantities, e.Confidence)
		if e.Type == model.EventAssault && strike == nil {
			strike = e
		}
		if e.Aux.Hypothetical || e.Aux.Negated || e.Aux.Historical || e.Aux.Future {
			t.Errorf("non-asserted event in the default output: %+v", e)
		}
	}
	if strike == nil {
		t.Fatal("no ASSAULT")
	}
	if n := 0; true {
		for _, e := range evs {
			if e.Type == model.EventAssault && !e.Aux.Alleged {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d asserted ASSAULT events, want 1 (the strike, however often mentioned)", n)
		}
	}
	if strike.Mode != "aerial" || strike.ACLEDSubEventType != "Air/drone strike" {
		t.Errorf("mode %q, ACLED %q; want aerial, Air/drone strike", strike.Mode, strike.ACLEDSubEventType)
	}
	if strike.Actor == nil || strike.Actor.Country != "UKR" {
		t.Errorf("actor = %+v, want Ukraine", strike.Actor)
	}
	if strike.Quantities["aircraft_damaged"] != 41 {
		t.Errorf("quantities = %v, want aircraft_damaged 41", strike.Quantities)
	}
	if strike.Date != "2025-06-04" || strike.DatePrecision != 2 || strike.DateBasis != model.BasisEmbed {
		t.Errorf("date %s precision %d basis %s; want 2025-06-04, 2, embed", strike.Date, strike.DatePrecision, strike.DateBasis)
	}
	if strike.Location != nil && places != nil && strike.Location.GazetteerID != "ourairports:34948" {
		t.Errorf("location = %+v, want Belaya Air Base", strike.Location)
	}
	for _, f := range []string{"trigger", "actor", "mode", "date"} {
		if _, ok := strike.Evidence[f]; !ok {
			t.Errorf("no evidence for %s", f)
		}
	}
	for _, why := range strike.Reasons {
		t.Log("  ", why)
	}
}
