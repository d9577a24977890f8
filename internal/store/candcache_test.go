package store

import (
	"encoding/json"
	"testing"

	"github.com/geowire/geowire/internal/model"
)

func TestCandidateCache(t *testing.T) {
	gid := int64(706483)
	f := 4
	ev := model.Event{ID: "e1", DocumentID: "d1", Type: model.EventAssault, Mode: "aerial", Date: "2025-03-03", DatePrecision: 1,
		Actor:      &model.Actor{Name: "Russia", Country: "RUS", Sector: "military", Span: &model.Span{Start: 1, End: 2}},
		Location:   &model.EventLocation{Name: "Kharkiv", Lat: 49.98, Lon: 36.25, GeonameID: &gid, Admin1: "UA.07", Precision: 1},
		Fatalities: &f, Evidence: map[string]model.Evidence{"trigger": {Start: 0, End: 5, Text: "struck"}}}
	body, _ := json.Marshal(ev)
	c := NewCandidateCache(2)
	got, err := c.Decode("e1", body)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != "e1" || got.Location == nil || got.Location.Admin1 != "UA.07" || *got.Fatalities != 4 || got.Actor.Country != "RUS" ||
		got.Actor.Span != nil || got.Evidence != nil {
		t.Fatalf("decoded %+v", got)
	}
	again, _ := c.Decode("e1", body)
	if again.Location != got.Location {
		t.Error("the second Decode of the same JSON did not come from the cache")
	}
	// Re-analysed: same id, new JSON → decoded afresh.
	ev.Date = "2025-03-04"
	body2, _ := json.Marshal(ev)
	if got, _ := c.Decode("e1", body2); got.Date != "2025-03-04" {
		t.Errorf("stale entry served: date %s", got.Date)
	}
	// Past the limit the cache starts over, and still answers.
	for _, id := range []string{"e2", "e3", "e4"} {
		if got, err := c.Decode(id, body); err != nil || got.ID != "e1" {
			t.Fatalf("Decode(%s) = %+v, %v", id, got, err)
		}
	}
	if len(c.m) > 2 {
		t.Errorf("cache holds %d entries, limit 2", len(c.m))
	}
	if _, err := c.Decode("bad", []byte("{not json")); err == nil {
		t.Error("bad JSON decoded")
	}
}
