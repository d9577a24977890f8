package claims

import (
	"context"
	"errors"
	"math"
	"testing"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/nlp"
)

func TestCheckErrors(t *testing.T) {
	if _, err := Check(context.Background(), nil, nil, nil, nil); !errors.Is(err, ErrNoDocument) {
		t.Errorf("nil document: err %v, want ErrNoDocument", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Check(ctx, nil, &model.Document{Text: "x"}, nil, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v", err)
	}
	cs, err := Check(context.Background(), nil, &model.Document{}, nil, nil)
	if err != nil || len(cs) != 0 {
		t.Errorf("empty text: %v, %v", cs, err)
	}
}

// TestBadPlaces feeds places with spans outside the text and coordinates
// that are not coordinates.
func TestBadPlaces(t *testing.T) {
	g := mustGazetteer(t)
	text := "Kharkiv lies 40 km from Kyiv, near the border with Russia, in Ukraine."
	places := mustPlaces(t, g, text, "Kharkiv", "Kyiv", "Russia=country:RU", "Ukraine=country:UA")
	places[0].Lat, places[0].Lon = math.NaN(), 500
	places = append(places, model.Place{Start: -5, End: 3}, model.Place{Start: 60, End: 1000}, model.Place{Start: 9, End: 2})
	cs := mustCheck(t, g, text, places)
	if len(cs) == 0 {
		t.Fatal("no claims")
	}
	for _, c := range cs {
		if c.Verdict != model.VerdictUnverifiable {
			t.Errorf("%s %q: %s (%s), want unverifiable: the subject has no valid point", c.Kind, c.Text, c.Verdict, c.Reason)
		}
	}
}

// TestNoGazetteer: without a gazetteer only arithmetic is checked.
func TestNoGazetteer(t *testing.T) {
	text := "Kharkiv lies 30 miles (48 km) from Kyiv."
	places := []model.Place{{Start: 0, End: 7, Name: "Kharkiv", FeatureCode: "PPLA", Lat: 49.98, Lon: 36.25},
		{Start: 35, End: 39, Name: "Kyiv", FeatureCode: "PPLC", Lat: 50.45, Lon: 30.52}}
	cs, err := Check(context.Background(), nil, &model.Document{Text: text}, nlp.ReadText(text, nil), places)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, c := range cs {
		got[c.Kind] = c.Verdict
	}
	if got[model.ClaimConversion] != model.VerdictSupported || got[model.ClaimDistance] != model.VerdictUnverifiable {
		t.Errorf("verdicts %v", got)
	}
}

// TestCodePointSpans: spans count code points, not bytes.
func TestCodePointSpans(t *testing.T) {
	text := "Šakalienė’s village, Usol’ye, lies 3 km (2 mi) from “Žvėrynas”."
	cs, err := Check(context.Background(), nil, &model.Document{Text: text}, nlp.ReadText(text, nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(text)
	var n int
	for _, c := range cs {
		if got := string(runes[c.Span.Start:c.Span.End]); got != c.Text {
			t.Errorf("span %v is %q, text %q", c.Span, got, c.Text)
		}
		if c.Kind == model.ClaimConversion {
			n++
			if c.Verdict != model.VerdictSupported || c.Text != "3 km (2 mi)" {
				t.Errorf("conversion %q: %s (%s)", c.Text, c.Verdict, c.Reason)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d conversions in %+v", n, cs)
	}
}

func TestJudge(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	for _, tc := range []struct {
		measured, km float64
		max          *float64
		qual, want   string
	}{
		{4299, 4000, nil, model.QualMoreThan, model.VerdictSupported},
		{3950, 4000, nil, model.QualMoreThan, model.VerdictLoose},
		{3000, 4000, nil, model.QualMoreThan, model.VerdictContradicted},
		{9, 10, nil, model.QualUpTo, model.VerdictSupported},
		{12, 10, nil, model.QualLessThan, model.VerdictLoose},
		{30, 10, nil, model.QualLessThan, model.VerdictContradicted},
		{110, 100, nil, model.QualAbout, model.VerdictSupported},
		{125, 100, nil, "", model.VerdictLoose},
		{140, 100, nil, "", model.VerdictContradicted},
		{108, 100, nil, model.QualExactly, model.VerdictLoose},
		{35, 30, f(40), "", model.VerdictSupported},
		{50, 30, f(40), "", model.VerdictLoose},
		{90, 30, f(40), "", model.VerdictContradicted},
		{4, 2, nil, "", model.VerdictSupported}, // within the 3 km slack
	} {
		if got, why := judge(tc.measured, tc.km, tc.max, tc.qual, slackKm(tc.km)); got != tc.want {
			t.Errorf("judge(%v, %v, %v, %q) = %s (%s), want %s", tc.measured, tc.km, tc.max, tc.qual, got, why, tc.want)
		}
	}
}

func TestBearing(t *testing.T) {
	for _, tc := range []struct {
		lat1, lon1, lat2, lon2 float64
		sector                 string
	}{
		{50, 30, 51, 30, "north"}, {50, 30, 49, 30, "south"}, {0, 0, 0, 1, "east"}, {0, 0, 0, -1, "west"},
		{0, 0, 1, 1, "northeast"}, {0, 0, -1, -1, "southwest"},
	} {
		if got := sectorOf(initialBearing(tc.lat1, tc.lon1, tc.lat2, tc.lon2)); got != tc.sector {
			t.Errorf("%v,%v → %v,%v: %s, want %s", tc.lat1, tc.lon1, tc.lat2, tc.lon2, got, tc.sector)
		}
	}
	if d := angleDiff(350, 10); d != 20 {
		t.Errorf("angleDiff(350, 10) = %v", d)
	}
}
