package geoparse

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/model"
)

// TestParseCases are sentences of our own, each a failure other
// geoparsers are known for.
func TestParseCases(t *testing.T) {
	p := mustParser(t)
	type want struct {
		name, id, cc, a1 string
		metonymic, adj   bool
	}
	tests := []struct {
		name   string
		text   string
		want   []want
		absent []string
	}{
		{"village in an oblast", "Shelling hit Krasnohorivka, Donetsk Oblast, overnight.",
			[]want{{name: "Krasnohorivka", cc: "UA", a1: "UA.05"}, {name: "Donetsk Oblast", a1: "UA.05"}}, nil},
		{"town next to its state", "The ferry left Bangor, Maine, on Tuesday.",
			[]want{{name: "Bangor", cc: "US", a1: "US.ME"}, {name: "Maine", a1: "US.ME"}}, nil},
		{"town next to its state 2", "She grew up in Wilmington, Delaware, before moving away.",
			[]want{{name: "Wilmington", cc: "US", a1: "US.DE"}}, nil},
		{"AP state abbreviation", "The plant near Gainesville, Ga. closed.",
			[]want{{name: "Gainesville", a1: "US.GA"}, {name: "Ga.", a1: "US.GA"}}, nil},
		{"Washington the government", "Washington said it would impose new sanctions.",
			[]want{{name: "Washington", id: "geonames:4140963", metonymic: true}}, nil},
		{"Washington the state", "Wildfires spread near Spokane, Washington, and across Oregon.",
			[]want{{name: "Washington", a1: "US.WA"}, {name: "Spokane", a1: "US.WA"}}, nil},
		{"Moscow is Russia's", "Moscow's partners were quiet.",
			[]want{{name: "Moscow", id: "geonames:524901", metonymic: true}}, nil},
		{"Kyiv and Kiev", "Kiev, now spelt Kyiv, was shelled.",
			[]want{{name: "Kiev", id: "geonames:703448"}, {name: "Kyiv", id: "geonames:703448"}}, nil},
		{"historical place", "The Soviet Union collapsed in 1991, leaving Ukraine independent.",
			[]want{{name: "Soviet Union", cc: "RU"}, {name: "Ukraine", cc: "UA"}}, nil},
		{"demonym", "Drones crossed the Ukrainian border.",
			[]want{{name: "Ukrainian", cc: "UA", adj: true}}, nil},
		{"brackets and punctuation", "Troops (from Poland) reached [Lviv]; then «Kharkiv»…",
			[]want{{name: "Poland", cc: "PL"}, {name: "Lviv", cc: "UA"}, {name: "Kharkiv", cc: "UA"}}, nil},
		{"possessive", "Belaya's proximity to Irkutsk Oblast's capital",
			[]want{{name: "Irkutsk Oblast", a1: "RU.20"}}, nil},
		{"person not place", "Jordan said the team played well, and Chelsea won again.",
			nil, []string{"Jordan", "Chelsea"}},
		{"ordinary words", "Reading the report in March, a Mobile phone user ate a Turkey dinner.",
			nil, []string{"Reading", "March", "Mobile", "Turkey"}},
		{"abbreviation and adjective", "He earned an M.S. degree at a European university.",
			nil, []string{"M.S."}},
		{"event not place", "Ministers met at the Shangri-La Dialogue in Singapore.",
			[]want{{name: "Singapore", id: "geonames:1880252"}}, []string{"Shangri-La"}},
		{"person with given name", "Hillary Clinton spoke to John Kelly in Paris.",
			[]want{{name: "Paris", cc: "FR"}}, []string{"Clinton", "Kelly"}},
		{"US town in a US story", "Police in Texas said the suspect fled from Dallas to Paris, Texas.",
			[]want{{name: "Paris", cc: "US", a1: "US.TX"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := mustParse(t, p, tt.text)
			for _, w := range tt.want {
				pl := placeNamed(ps, w.name)
				if pl == nil {
					t.Errorf("%q: no place %q in %v", tt.text, w.name, names(ps))
					continue
				}
				if w.id != "" && pl.GazetteerID != w.id {
					t.Errorf("%s: gazetteer_id %s, want %s", w.name, pl.GazetteerID, w.id)
				}
				if w.cc != "" && pl.CountryCode != w.cc {
					t.Errorf("%s: country %s, want %s (%s)", w.name, pl.CountryCode, w.cc, pl.GazetteerID)
				}
				if w.a1 != "" && pl.Admin1 != w.a1 {
					t.Errorf("%s: admin1 %s, want %s (%s)", w.name, pl.Admin1, w.a1, pl.GazetteerID)
				}
				if w.metonymic && !pl.Metonymic {
					t.Errorf("%s: not marked metonymic", w.name)
				}
				if pl.Adjective != w.adj {
					t.Errorf("%s: adjective %v, want %v", w.name, pl.Adjective, w.adj)
				}
				if got := string([]rune(tt.text)[pl.Start:pl.End]); got != pl.Name {
					t.Errorf("%s: span [%d,%d) is %q", w.name, pl.Start, pl.End, got)
				}
			}
			for _, n := range tt.absent {
				if pl := placeNamed(ps, n); pl != nil {
					t.Errorf("%q: %q taken for a place (%s)", tt.text, n, pl.GazetteerID)
				}
			}
		})
	}
}

func names(ps []model.Place) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name + "=" + p.GazetteerID
	}
	return out
}

// TestHomonyms checks the homonyms the gazetteer issue names, in context.
func TestHomonyms(t *testing.T) {
	p := mustParser(t)
	text := "Ukrainian drones struck Belaya Air Base in Irkutsk Oblast. Belaya's runway was damaged, officials in Moscow said."
	ps := mustParse(t, p, text)
	for _, pl := range ps {
		if pl.Name == "Belaya" || pl.Name == "Belaya Air Base" {
			if pl.GazetteerID != "ourairports:34948" || pl.Admin1 != "RU.20" {
				t.Errorf("%s → %s %s, want the air base UIIB in RU.20 (not villages 578230/712667)", pl.Name, pl.GazetteerID, pl.Admin1)
			}
		}
	}
	if pl := placeNamed(ps, "Moscow"); pl == nil || pl.GazetteerID != "geonames:524901" {
		t.Errorf("Moscow → %v, want 524901 (not Moscow, Idaho)", pl)
	}
	if placeNamed(ps, "Belaya") == nil {
		t.Errorf("the short form Belaya was not found: %v", names(ps))
	}
}

// TestResolveSpans resolves given spans, non-ASCII text included.
func TestResolveSpans(t *testing.T) {
	p := mustParser(t)
	text := "Šakalienė flew from Vilnius to Usol’ye-Sibirskoye."
	rs := []rune(text)
	find := func(s string) model.Span {
		i := strings.Index(string(rs), s)
		start := len([]rune(string(rs)[:i]))
		return model.Span{Start: start, End: start + len([]rune(s))}
	}
	spans := []model.Span{find("Vilnius"), find("Usol’ye-Sibirskoye"), find("Šakalienė")}
	ps, err := p.Resolve(context.Background(), text, spans)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 3 {
		t.Fatalf("got %d places, want 3 (one per span)", len(ps))
	}
	for _, pl := range ps {
		if got := string(rs[pl.Start:pl.End]); got != pl.Name {
			t.Errorf("span [%d,%d) = %q, name %q", pl.Start, pl.End, got, pl.Name)
		}
		if pl.GazetteerID == "" {
			t.Errorf("%s: no gazetteer id", pl.Name)
		}
	}
	if pl := placeNamed(ps, "Vilnius"); pl == nil || pl.CountryCode != "LT" {
		t.Errorf("Vilnius → %v", pl)
	}
	if pl := placeNamed(ps, "Usol’ye-Sibirskoye"); pl == nil || pl.Admin1 != "RU.20" {
		t.Errorf("Usol’ye-Sibirskoye → %v", pl)
	}
	if _, err := p.Resolve(context.Background(), text, []model.Span{{Start: 5, End: 500}}); !errors.Is(err, ErrBadSpan) {
		t.Errorf("span past the end: err = %v, want ErrBadSpan", err)
	}
}

// TestBadInput: results or clear errors, never a panic.
func TestBadInput(t *testing.T) {
	p := mustParser(t)
	many := strings.Repeat("Kyiv, Moscow, Paris and Springfield. ", 2500) // 10,000 names
	tests := map[string]string{
		"empty":          "",
		"no places":      "the quick brown fox jumps over the lazy dog.",
		"many places":    many,
		"unknown script": "ꦗꦮ ꦱꦼꦏꦂ 北京 москва ᓄᓇᕗᑦ 🙂",
		"invalid utf8":   "in \xff\xfe Kyiv \x00 and Lviv",
		"only punct":     "...,,;;--''\"\"()",
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			ps, err := p.Parse(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			n := len([]rune(text))
			for _, pl := range ps {
				if pl.Start < 0 || pl.End > n || pl.Start >= pl.End {
					t.Fatalf("bad span %+v", pl)
				}
			}
			if name == "many places" && len(ps) < 9000 {
				t.Errorf("found %d of 10,000 names", len(ps))
			}
		})
	}
	if _, err := New(nil, Options{}); !errors.Is(err, ErrNoGazetteer) {
		t.Errorf("New(nil): err = %v, want ErrNoGazetteer", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.Parse(ctx, "Kyiv"); err == nil {
		t.Error("Parse with a cancelled context: no error")
	}
}
