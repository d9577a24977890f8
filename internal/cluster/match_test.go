package cluster

import (
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/model"
)

func gid(n int64) *int64 { return &n }
func num(n int) *int     { return &n }

// Places of the cases (GeoNames ids and points; admin1 codes as GeoNames
// writes them).
var (
	kharkiv        = model.EventLocation{Name: "Kharkiv", Lat: 49.98081, Lon: 36.25272, GeonameID: gid(706483), GazetteerID: "geonames:706483", CountryCode: "UA", Admin1: "UA.07", Precision: 1}
	kharkivOblast  = model.EventLocation{Name: "Kharkiv Oblast", Lat: 49.5, Lon: 36.5, GeonameID: gid(706482), GazetteerID: "geonames:706482", CountryCode: "UA", Admin1: "UA.07", Precision: 3}
	nearKharkiv    = model.EventLocation{Name: "Pisochyn", Lat: 49.9575, Lon: 36.0863, GeonameID: gid(697254), GazetteerID: "geonames:697254", CountryCode: "UA", Admin1: "UA.07", Precision: 2}
	zaporizhzhia   = model.EventLocation{Name: "Zaporizhzhia", Lat: 47.82289, Lon: 35.19031, GeonameID: gid(687700), GazetteerID: "geonames:687700", CountryCode: "UA", Admin1: "UA.26", Precision: 1}
	zaporizhzhiaOb = model.EventLocation{Name: "Zaporizhzhia Oblast", Lat: 47.5, Lon: 35.8, GeonameID: gid(687699), GazetteerID: "geonames:687699", CountryCode: "UA", Admin1: "UA.26", Precision: 3}
	ukraine        = model.EventLocation{Name: "Ukraine", Lat: 49, Lon: 32, GeonameID: gid(690791), GazetteerID: "geonames:690791", CountryCode: "UA", Precision: 3}
	belgorod       = model.EventLocation{Name: "Belgorod", Lat: 50.61074, Lon: 36.58015, GeonameID: gid(578072), GazetteerID: "geonames:578072", CountryCode: "RU", Admin1: "RU.09", Precision: 1}
)

var (
	russia    = &model.Actor{Name: "Russian forces", Country: "RUS", Sector: model.SectorMilitary}
	ukrainian = &model.Actor{Name: "Ukrainian forces", Country: "UKR", Sector: model.SectorMilitary}
	civilians = &model.Actor{Name: "residents", Country: "UKR", Sector: model.SectorCivilians}
)

// ev builds an event; change what a case needs.
func ev(id, doc, typ, mode string, loc model.EventLocation, date string, prec int, basis string, f func(*model.Event)) model.Event {
	l := loc
	e := model.Event{ID: id, DocumentID: doc, Type: typ, Mode: mode, Location: &l, Date: date, DatePrecision: prec, DateBasis: basis, Confidence: 0.8}
	if f != nil {
		f(&e)
	}
	return e
}

// The same guided-bomb strike on Kharkiv on Sunday 8 March 2026, as three
// outlets reported it.
var (
	// The wire: the town, the stated date, four dead.
	strikeWire = ev("ev-wire", "doc-wire", model.EventAssault, "aerial", kharkiv, "2026-03-08", 1, model.BasisStated, func(e *model.Event) {
		e.Actor, e.Recipient, e.Fatalities = russia, civilians, num(4)
	})
	// A regional site: "in the Kharkiv region on Sunday", shelling, five dead.
	strikeRegional = ev("ev-regional", "doc-regional", model.EventAssault, "heavy-weapons", kharkivOblast, "2026-03-08", 1, model.BasisRelative, func(e *model.Event) {
		e.Actor, e.Fatalities = russia, num(5)
	})
	// An aggregator the next morning: "near Kharkiv", no date in the text
	// (the publication date), no mode, no toll, no actor.
	strikeAggregator = ev("ev-aggregator", "doc-aggregator", model.EventAssault, "", nearKharkiv, "2026-03-09", 2, "publication", nil)
)

func TestMatch(t *testing.T) {
	tests := []struct {
		name       string
		e          model.Event
		candidates []model.Event
		want       string  // the matched candidate's ID, "" for none
		minScore   float64 // the least score wanted of a match
		why        string  // a reason that must be given
	}{
		{
			name: "oblast and 'on Sunday' report the town's strike", e: strikeRegional,
			candidates: []model.Event{strikeWire}, want: "ev-wire", minScore: 0.75, why: "one region (UA.07)",
		},
		{
			name: "aggregator near the town, publication date", e: strikeAggregator,
			candidates: []model.Event{strikeWire}, want: "ev-wire", minScore: 0.6, why: "km apart",
		},
		{
			name: "third outlet picks the closer of two reports", e: strikeAggregator,
			candidates: []model.Event{strikeRegional, strikeWire}, want: "ev-wire", minScore: 0.6,
		},
		{
			name: "town report joins the oblast report", e: strikeWire,
			candidates: []model.Event{strikeRegional}, want: "ev-regional", minScore: 0.75, why: "compatible modes ASSAULT/aerial and ASSAULT/heavy-weapons",
		},
		{
			name: "two strikes the same day in different oblasts",
			e: ev("ev-zap", "doc-zap", model.EventAssault, "heavy-weapons", zaporizhzhia, "2026-03-08", 1, model.BasisStated, func(e *model.Event) {
				e.Actor, e.Fatalities = russia, num(3)
			}),
			candidates: []model.Event{strikeWire}, why: "km apart, more than 25 km",
		},
		{
			name:       "oblast-level strikes the same day in different oblasts",
			e:          ev("ev-zap-ob", "doc-zap", model.EventAssault, "heavy-weapons", zaporizhzhiaOb, "2026-03-08", 1, model.BasisRelative, nil),
			candidates: []model.Event{strikeRegional}, why: "different regions",
		},
		{
			name: "protest and air strike in the same town",
			e: ev("ev-protest", "doc-protest", model.EventProtest, "demo", kharkiv, "2026-03-08", 1, model.BasisStated, func(e *model.Event) {
				e.Actor = &model.Actor{Name: "residents", Country: "UKR", Sector: model.SectorProtesters}
			}),
			candidates: []model.Event{strikeWire}, why: "different types PROTEST and ASSAULT",
		},
		{
			name: "demonstration and labour strike in the same town",
			e:    ev("ev-demo", "doc-demo", model.EventProtest, "demo", kharkiv, "2026-03-08", 1, model.BasisStated, nil),
			candidates: []model.Event{
				ev("ev-labour", "doc-labour", model.EventProtest, "strike-gen", kharkiv, "2026-03-08", 1, model.BasisStated, nil),
			},
			why: "incompatible modes",
		},
		{
			name: "same town, the next day, both stated",
			e: ev("ev-monday", "doc-monday", model.EventAssault, "aerial", kharkiv, "2026-03-09", 1, model.BasisStated, func(e *model.Event) {
				e.Actor = russia
			}),
			candidates: []model.Event{strikeWire}, why: "both reports state the day",
		},
		{
			name: "same town, 'yesterday' read one day off",
			e: ev("ev-yesterday", "doc-yesterday", model.EventAssault, "aerial", kharkiv, "2026-03-09", 1, model.BasisRelative, func(e *model.Event) {
				e.Actor, e.Fatalities = russia, num(4)
			}),
			candidates: []model.Event{strikeWire}, want: "ev-wire", minScore: 0.8,
		},
		{
			name:       "same town, two weeks later",
			e:          ev("ev-later", "doc-later", model.EventAssault, "aerial", kharkiv, "2026-03-22", 2, model.BasisRelative, nil),
			candidates: []model.Event{strikeWire}, why: "14 days apart",
		},
		{
			name:       "month-precision report in the same month",
			e:          ev("ev-month", "doc-month", model.EventAssault, "aerial", kharkiv, "2026-03-01", 3, model.BasisStated, nil),
			candidates: []model.Event{strikeWire}, want: "ev-wire", minScore: 0.6, why: "same month 2026-03",
		},
		{
			name: "fatalities contradict",
			e: ev("ev-toll", "doc-toll", model.EventAssault, "aerial", kharkiv, "2026-03-08", 1, model.BasisStated, func(e *model.Event) {
				e.Fatalities = num(60)
			}),
			candidates: []model.Event{strikeWire}, why: "fatalities contradict (4 and 60)",
		},
		{
			name: "toll risen from 4 to 7",
			e: ev("ev-risen", "doc-risen", model.EventAssault, "aerial", kharkiv, "2026-03-08", 1, model.BasisStated, func(e *model.Event) {
				e.Actor, e.Fatalities = russia, num(7)
			}),
			candidates: []model.Event{strikeWire}, want: "ev-wire", minScore: 0.8, why: "fatalities 4 and 7",
		},
		{
			name: "actors of different countries",
			e: ev("ev-ukr", "doc-ukr", model.EventAssault, "aerial", kharkiv, "2026-03-08", 1, model.BasisStated, func(e *model.Event) {
				e.Actor = ukrainian
			}),
			candidates: []model.Event{strikeWire}, why: "actors of different countries UKR and RUS",
		},
		{
			name: "drone strike across the border",
			e: ev("ev-belgorod", "doc-belgorod", model.EventAssault, "aerial", belgorod, "2026-03-08", 1, model.BasisStated, func(e *model.Event) {
				e.Actor = ukrainian
			}),
			candidates: []model.Event{strikeWire}, why: "km apart",
		},
		{
			name:       "a country-level report and a town",
			e:          ev("ev-country", "doc-country", model.EventAssault, "aerial", ukraine, "2026-03-08", 1, model.BasisRelative, nil),
			candidates: []model.Event{strikeWire}, why: "more than 300 km for a region",
		},
		{
			name:       "same document is not another report",
			e:          ev("ev-other", "doc-wire", model.EventAssault, "aerial", kharkiv, "2026-03-08", 1, model.BasisStated, nil),
			candidates: []model.Event{strikeWire}, why: "same document",
		},
		{
			name: "itself is no candidate", e: strikeWire, candidates: []model.Event{strikeWire},
		},
		{
			name: "denied strike is not the strike",
			e: ev("ev-denied", "doc-denied", model.EventAssault, "aerial", kharkiv, "2026-03-08", 1, model.BasisStated, func(e *model.Event) {
				e.Aux.Negated = true
			}),
			candidates: []model.Event{strikeWire}, why: "the other does not",
		},
		{
			name: "abduction reported as an arrest",
			e: ev("ev-abduct", "doc-a", model.EventAssault, "abduct", kharkiv, "2026-03-08", 1, model.BasisStated, func(e *model.Event) {
				e.Actor = russia
			}),
			candidates: []model.Event{
				ev("ev-arrest", "doc-b", model.EventCoerce, "arrest", kharkiv, "2026-03-08", 1, model.BasisStated, func(e *model.Event) { e.Actor = russia }),
			},
			want: "ev-arrest", minScore: 0.8, why: "compatible types",
		},
		{name: "no candidates", e: strikeWire},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			best, score, why := Match(tt.e, tt.candidates, Options{})
			got := ""
			if best != nil {
				got = best.ID
			}
			t.Logf("match %q score %.3f", got, score)
			if got != tt.want {
				t.Fatalf("Match = %q (score %.2f, %q), want %q", got, score, why, tt.want)
			}
			if best != nil && score < tt.minScore {
				t.Errorf("score %.2f, want ≥ %.2f (%q)", score, tt.minScore, why)
			}
			if score < 0 || score > 1 {
				t.Errorf("score %v out of 0..1", score)
			}
			if tt.why != "" && !strings.Contains(strings.Join(why, "\n"), tt.why) {
				t.Errorf("why = %q, want a reason containing %q", why, tt.why)
			}
		})
	}
}

// TestMatchSymmetric holds the decision independent of which report came
// first.
func TestMatchSymmetric(t *testing.T) {
	evs := []model.Event{strikeWire, strikeRegional, strikeAggregator,
		ev("ev-zap", "doc-zap", model.EventAssault, "heavy-weapons", zaporizhzhia, "2026-03-08", 1, model.BasisStated, nil)}
	for _, a := range evs {
		for _, b := range evs {
			sa, _, oka := Score(a, b, Options{})
			sb, _, okb := Score(b, a, Options{})
			if oka != okb || sa != sb {
				t.Errorf("Score(%s, %s) = %.3f %v, reversed %.3f %v", a.ID, b.ID, sa, oka, sb, okb)
			}
		}
	}
}

func TestClusterID(t *testing.T) {
	a, b := ClusterID(strikeWire), ClusterID(strikeRegional)
	if a != ClusterID(strikeWire) {
		t.Fatal("ClusterID not stable")
	}
	if a == b {
		t.Fatalf("two seeds, one id %s", a)
	}
	if !strings.HasPrefix(a, "cl-") || len(a) != 19 {
		t.Fatalf("ClusterID = %q, want cl- and 16 hex digits", a)
	}
	noID := strikeWire
	noID.ID = ""
	if c := ClusterID(noID); c == a || c != ClusterID(noID) {
		t.Fatalf("ClusterID without id = %q", c)
	}
}
