// Package apitest builds the fixture database the API, export and browser
// tests share: hand-written articles with coded events, evidence spans,
// claims and a two-source cluster, plus an article whose title, body,
// URL and actor carry script and HTML injection attempts.
package apitest

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
	"github.com/geowire/geowire/internal/store/sqlite"
)

// Ids of the fixture's notable events and documents.
const (
	EventBelaya   = "ev_belaya"
	EventBelaya2  = "ev_belaya_other"
	EventProtest  = "ev_istanbul"
	EventXSS      = "ev_xss"
	ClusterBelaya = "cl_belaya"
	// XSSTitle is the hostile article's title.
	XSSTitle = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">Shelling in Kharkiv`
)

// Article texts.
const (
	belayaText = "Ukrainian drones struck Belaya Air Base in Irkutsk Oblast on Sunday, the SBU said.\n\n" +
		"The base near Usol’ye-Sibirskoye lies more than 4,000 kilometers from the front line. " +
		"Officials said two people were killed and 41 aircraft were damaged."
	belaya2Text = "Russia said drones hit the Belaya air base in Siberia on 1 June. Ukraine's SBU claimed the attack."
	protestText = "Thousands of protesters marched in Istanbul on Saturday against the arrest of the mayor. " +
		"Police used tear gas near Taksim Square, about 2 km from the city hall."
	xssText = "<script>window.__xss=3</script> Russian forces shelled Kharkiv overnight. " +
		"<img src=x onerror=\"window.__xss=4\"> Local officials said three civilians were killed.\n\n" +
		"<a href=\"javascript:window.__xss=5\">click</a> The city lies about 30 km from the border."
)

// Span returns the code-point span of the first sub in text.
func Span(tb testing.TB, text, sub string) model.Span {
	tb.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		tb.Fatalf("apitest: %q not in text", sub)
	}
	return model.SpanOf(text, i, i+len(sub))
}

func ev(tb testing.TB, text, sub string) model.Evidence {
	s := Span(tb, text, sub)
	return model.Evidence{Start: s.Start, End: s.End, Text: sub}
}

// MustFixture creates the fixture database in dir and returns its path
// and the open store (closed with tb's cleanup). extra more events are
// spread over Ukraine and the Middle East in June 2025, for a fuller map.
func MustFixture(tb testing.TB, dir string, extra int) (string, *sqlite.DB) {
	tb.Helper()
	ctx := context.Background()
	path := filepath.Join(dir, "fixture.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	put := func(url, source, title, text string, pub time.Time) string {
		tb.Helper()
		id, _, err := db.PutDocument(ctx, &store.Document{Document: model.Document{
			URL: url, CanonicalURL: url, Source: source, Published: &pub, Title: title, Lang: "en", Text: text,
			ContentHash: store.DocumentID("", text),
		}})
		if err != nil {
			tb.Fatal(err)
		}
		return id
	}
	analyse := func(id string, a *store.Analysis) {
		tb.Helper()
		a.Version = "fixture"
		if err := db.PutAnalysis(ctx, id, a); err != nil {
			tb.Fatal(err)
		}
	}
	pub := time.Date(2025, 6, 2, 8, 0, 0, 0, time.UTC)
	gidUsolye := int64(2014022)
	two, three := 2, 3

	d1 := put("https://wire.example.org/belaya", "Test Wire", "Drones strike Belaya Air Base", belayaText, pub)
	belaya := &model.EventLocation{Name: "Belaya Air Base", Lat: 52.915, Lon: 103.575, GazetteerID: "ourairports:1", CountryCode: "RU", Admin1: "RU.20", Precision: 1}
	belaya.Span = ptr(Span(tb, belayaText, "Belaya Air Base"))
	analyse(d1, &store.Analysis{
		Places: []model.Place{
			{Start: belaya.Span.Start, End: belaya.Span.End, Name: "Belaya Air Base", GazetteerID: "ourairports:1", Lat: 52.915, Lon: 103.575, FeatureCode: "AIRB", CountryCode: "RU", Admin1: "RU.20", Confidence: 0.9},
			{Name: "Usol’ye-Sibirskoye", GeonameID: &gidUsolye, GazetteerID: "geonames:2014022", Lat: 52.75, Lon: 103.64, FeatureCode: "PPL", CountryCode: "RU", Admin1: "RU.20", Confidence: 0.8,
				Start: Span(tb, belayaText, "Usol’ye-Sibirskoye").Start, End: Span(tb, belayaText, "Usol’ye-Sibirskoye").End},
		},
		Events: []model.Event{{
			ID: EventBelaya, Type: model.EventAssault, Mode: "aerial", ACLEDEventType: "Explosions/Remote violence", ACLEDSubEventType: "Air/drone strike",
			Actor:     &model.Actor{Name: "Ukraine", Country: "UKR", Sector: model.SectorMilitary, Span: ptr(Span(tb, belayaText, "Ukrainian drones"))},
			Recipient: &model.Actor{Name: "Russia", Country: "RUS", Sector: model.SectorMilitary},
			Location:  belaya, Date: "2025-06-01", DatePrecision: 1, DateBasis: model.BasisRelative, Fatalities: &two, Confidence: 0.85,
			Quantities: map[string]float64{"aircraft_damaged": 41},
			Evidence: map[string]model.Evidence{
				"trigger": ev(tb, belayaText, "struck"), "actor": ev(tb, belayaText, "Ukrainian drones"),
				"location": ev(tb, belayaText, "Belaya Air Base"), "date": ev(tb, belayaText, "on Sunday"),
				"fatalities": ev(tb, belayaText, "two people were killed"), "mode": ev(tb, belayaText, "drones"),
			},
		}},
		Claims: []model.Claim{{
			Text: "more than 4,000 kilometers from the front line", Span: Span(tb, belayaText, "more than 4,000 kilometers from the front line"),
			Kind: model.ClaimDistance, Verdict: model.VerdictSupported,
			Stated: map[string]any{"distance_km": 4000.0, "qualifier": "more_than"}, Measured: map[string]any{"distance_km": 4299.4},
			Reason: "the base is 4,299 km from the nearest point of the front line",
		}},
	})

	d2 := put("https://other.example.net/siberia-drones", "Other Wire", "Drones hit Siberian air base", belaya2Text, pub.Add(3*time.Hour))
	analyse(d2, &store.Analysis{Events: []model.Event{{
		ID: EventBelaya2, Type: model.EventAssault, Mode: "aerial", ACLEDEventType: "Explosions/Remote violence", ACLEDSubEventType: "Air/drone strike",
		Actor:    &model.Actor{Name: "Ukraine", Country: "UKR", Sector: model.SectorMilitary},
		Location: &model.EventLocation{Name: "Belaya", Lat: 52.915, Lon: 103.575, CountryCode: "RU", Admin1: "RU.20", Precision: 1},
		Date:     "2025-06-01", DatePrecision: 1, DateBasis: model.BasisStated, Confidence: 0.7,
		Evidence: map[string]model.Evidence{"trigger": ev(tb, belaya2Text, "hit"), "location": ev(tb, belaya2Text, "Belaya air base"), "date": ev(tb, belaya2Text, "1 June")},
	}}})

	d3 := put("https://wire.example.org/istanbul", "Test Wire", "Protest in Istanbul", protestText, pub.Add(-48*time.Hour))
	analyse(d3, &store.Analysis{
		Places: []model.Place{{Name: "Istanbul", GazetteerID: "geonames:745044", Lat: 41.01, Lon: 28.98, FeatureCode: "PPLA", CountryCode: "TR", Admin1: "TR.34",
			Start: Span(tb, protestText, "Istanbul").Start, End: Span(tb, protestText, "Istanbul").End}},
		Events: []model.Event{{
			ID: EventProtest, Type: model.EventProtest, Mode: "demonstrate", ACLEDEventType: "Protests", ACLEDSubEventType: "Peaceful protest",
			Actor:    &model.Actor{Name: "Protesters", Sector: model.SectorProtesters, Span: ptr(Span(tb, protestText, "protesters"))},
			Location: &model.EventLocation{Name: "Istanbul", Lat: 41.01, Lon: 28.98, CountryCode: "TR", Admin1: "TR.34", Precision: 1},
			Date:     "2025-05-31", DatePrecision: 1, DateBasis: model.BasisRelative, Confidence: 0.9,
			Evidence: map[string]model.Evidence{"trigger": ev(tb, protestText, "marched"), "actor": ev(tb, protestText, "Thousands of protesters"), "location": ev(tb, protestText, "Istanbul")},
		}},
		Claims: []model.Claim{{Text: "about 2 km from the city hall", Span: Span(tb, protestText, "about 2 km from the city hall"), Kind: model.ClaimDistance,
			Verdict: model.VerdictUnverifiable, Stated: map[string]any{"distance_km": 2.0}, Measured: map[string]any{}, Reason: "city hall not in the gazetteer"}},
	})

	d4 := put("javascript:window.__xss=6", "<b>Evil</b> Wire", XSSTitle, xssText, pub.Add(-24*time.Hour))
	analyse(d4, &store.Analysis{Events: []model.Event{{
		ID: EventXSS, Type: model.EventAssault, Mode: "artillery", ACLEDEventType: "Explosions/Remote violence", ACLEDSubEventType: "Shelling/artillery/missile attack",
		Actor:     &model.Actor{Name: `<img src=x onerror="window.__xss=7">Russian forces`, Country: "RUS", Sector: model.SectorMilitary},
		Recipient: &model.Actor{Name: "Civilians", Sector: model.SectorCivilians},
		Location:  &model.EventLocation{Name: `Kharkiv<script>window.__xss=8</script>`, Lat: 49.99, Lon: 36.23, CountryCode: "UA", Admin1: "UA.07", Precision: 1},
		Date:      "2025-06-01", DatePrecision: 1, Fatalities: &three, Confidence: 0.8,
		Evidence: map[string]model.Evidence{
			"trigger": ev(tb, xssText, "shelled"), "actor": ev(tb, xssText, "<script>window.__xss=3</script> Russian forces"),
			"location": ev(tb, xssText, "Kharkiv"), "fatalities": ev(tb, xssText, "<img src=x onerror=\"window.__xss=4\"> Local officials said three civilians were killed"),
		},
	}}})

	if extra > 0 {
		d5 := put("https://wire.example.org/roundup", "Roundup Wire", "Weekly round-up", "A round-up of the week's events.", pub)
		var evs []model.Event
		for i := range extra {
			lat, lon, cc, typ := 46+float64(i%7), 24+float64(i%13)*1.1, "UA", model.EventAssault
			if i%3 == 0 {
				lat, lon, cc, typ = 31+float64(i%5)*0.7, 34+float64(i%4)*0.8, "IL", model.EventCoerce
			}
			if i%5 == 0 {
				typ = model.EventConsult
			}
			evs = append(evs, model.Event{
				ID: fmt.Sprintf("ev_extra_%03d", i), Type: typ, Mode: "ground",
				Actor:    &model.Actor{Name: "Unit " + fmt.Sprint(i%4), Sector: model.SectorMilitary},
				Location: &model.EventLocation{Name: fmt.Sprintf("Place %d", i), Lat: lat, Lon: lon, CountryCode: cc, Precision: 2},
				Date:     fmt.Sprintf("2025-06-%02d", 3+i%25), DatePrecision: 1, Confidence: 0.5,
				Evidence: map[string]model.Evidence{"trigger": {Start: 2, End: 11, Text: "round-up"}},
			})
		}
		analyse(d5, &store.Analysis{Events: evs})
	}

	// Clustering is a later stage with no store method yet: the fixture
	// sets the cluster column itself, with fixed SQL.
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		tb.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec(`UPDATE events SET cluster_id = ? WHERE id IN (?, ?)`, ClusterBelaya, EventBelaya, EventBelaya2); err != nil {
		tb.Fatal(err)
	}
	return path, db
}

func ptr[T any](v T) *T { return &v }
