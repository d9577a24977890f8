package events

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/geowire/geowire/internal/model"
)

// gp is a resolved place for the tests: its mention (the first one after
// the previous place's), its entry and flags. The sentences and entries
// are made up; coordinates are rough.
type gp struct {
	name, id, fc, cc, a1 string
	lat, lon             float64
	adj                  bool
}

// placesIn finds each place's mention in text, in order.
func placesIn(tb testing.TB, text string, ps []gp) []model.Place {
	tb.Helper()
	var out []model.Place
	from := 0
	for _, p := range ps {
		i := strings.Index(text[from:], p.name)
		if i < 0 {
			tb.Fatalf("%q not in %q", p.name, text)
		}
		i += from
		start := utf8.RuneCountInString(text[:i])
		out = append(out, model.Place{Start: start, End: start + utf8.RuneCountInString(p.name), Name: p.name,
			GazetteerID: p.id, FeatureCode: p.fc, CountryCode: p.cc, Admin1: p.a1, Lat: p.lat, Lon: p.lon,
			Confidence: 0.8, Adjective: p.adj})
		from = i + len(p.name)
	}
	return out
}

// firstLocation codes text with the places and returns the gazetteer id
// of the first event's location ("" if none) and its precision.
func firstLocation(tb testing.TB, text string, ps []gp) (string, int) {
	tb.Helper()
	for _, ev := range mustCodePlaces(tb, text, placesIn(tb, text, ps), Options{}) {
		if ev.Location != nil {
			return ev.Location.GazetteerID, ev.Location.Precision
		}
	}
	return "", 0
}

// TestLocationChoice: which mention becomes the event's location.
func TestLocationChoice(t *testing.T) {
	kenya := gp{name: "Kenya", id: "country:KE", fc: "PCLI", cc: "KE", lat: 0.5, lon: 37.9}
	cases := []struct {
		name, text string
		places     []gp
		want       string
		prec       int // 0: not checked
	}{{
		name:   "province_over_country",
		text:   "Police dispersed protesters in Kenya on Monday, officials in Rift Valley region said.",
		places: []gp{kenya, {name: "Rift Valley", id: "rift", fc: "ADM1", cc: "KE", a1: "KE.08", lat: 0.5, lon: 36}},
		want:   "rift",
	}, {
		name: "of_only_after_a_part_noun",
		text: "In Eldoret, the association of Kisumu traders protested on Tuesday.",
		places: []gp{{name: "Eldoret", id: "eldoret", fc: "PPLA", cc: "KE", a1: "KE.08", lat: 0.52, lon: 35.27},
			{name: "Kisumu", id: "kisumu", fc: "PPLA", cc: "KE", a1: "KE.07", lat: -0.1, lon: 34.75}},
		want: "eldoret",
	}, {
		name: "homonym_outside_its_province_falls_to_the_province",
		text: "Gunmen killed two farmers in Springfield village (Illinois) on Friday.",
		places: []gp{{name: "Springfield", id: "springfield-mo", fc: "PPLA2", cc: "US", a1: "US.MO", lat: 37.2, lon: -93.3},
			{name: "Illinois", id: "illinois", fc: "ADM1", cc: "US", a1: "US.IL", lat: 40, lon: -89.2}},
		want: "illinois", prec: 3,
	}, {
		name: "misread_middle_link_does_not_condemn_the_town",
		text: "A soldier shot dead a trader in Potiskum (Fika, Yobe) on Sunday.",
		places: []gp{{name: "Potiskum", id: "potiskum", fc: "PPL", cc: "NG", a1: "NG.44", lat: 11.7, lon: 11.07},
			{name: "Fika", id: "fika-abroad", fc: "PPL", cc: "PG", a1: "PG.01", lat: -6, lon: 147},
			{name: "Yobe", id: "yobe", fc: "ADM1", cc: "NG", a1: "NG.44", lat: 12.2, lon: 11.5}},
		want: "potiskum",
	}, {
		name: "town_over_the_places_that_qualify_it",
		text: "In Kisii (Nyamira, Nyanza), hundreds of nurses protested over unpaid wages.",
		places: []gp{{name: "Kisii", id: "kisii", fc: "PPLA", cc: "KE", a1: "KE.07", lat: -0.68, lon: 34.77},
			{name: "Nyamira", id: "nyamira", fc: "PPLA", cc: "KE", a1: "KE.07", lat: -0.56, lon: 34.93},
			{name: "Nyanza", id: "nyanza", fc: "ADM1", cc: "KE", a1: "KE.07", lat: -0.5, lon: 34.6}},
		want: "kisii",
	}, {
		name: "part_of_a_city_resolved_elsewhere",
		text: "Police and youths from Nairobi - Kibera clashed over evictions.",
		places: []gp{{name: "Nairobi", id: "nairobi", fc: "PPLC", cc: "KE", a1: "KE.05", lat: -1.28, lon: 36.82},
			{name: "Kibera", id: "kibera-abroad", fc: "PPL", cc: "KE", a1: "KE.01", lat: -4, lon: 39.6}},
		want: "nairobi",
	}, {
		name: "part_of_a_city_named_after_it",
		text: "Youths clashed with police in Nairobi - Kibera over evictions.",
		places: []gp{{name: "Nairobi", id: "nairobi", fc: "PPLC", cc: "KE", a1: "KE.05", lat: -1.28, lon: 36.82},
			{name: "Kibera", id: "kibera", fc: "PPLX", cc: "KE", a1: "KE.05", lat: -1.31, lon: 36.78}},
		want: "kibera",
	}, {
		name: "fronted_scene_over_a_detail",
		text: "In Kisumu, two traders were shot dead in Kondele on Monday.",
		places: []gp{{name: "Kisumu", id: "kisumu", fc: "PPLA", cc: "KE", a1: "KE.07", lat: -0.1, lon: 34.75},
			{name: "Kondele", id: "kondele", fc: "PPL", cc: "KE", a1: "KE.07", lat: -0.09, lon: 34.77}},
		want: "kisumu",
	}, {
		name: "lone_homonym_abroad",
		text: "Residents protested in Mtongwe on Monday, the third day of unrest in Mombasa, Kenya.",
		places: []gp{{name: "Mtongwe", id: "mtongwe-abroad", fc: "PPL", cc: "TZ", a1: "TZ.02", lat: -6.8, lon: 39.2},
			{name: "Mombasa", id: "mombasa", fc: "PPLA", cc: "KE", a1: "KE.02", lat: -4.05, lon: 39.66},
			kenya},
		want: "mombasa",
	}, {
		name: "neighbourhood_named_after_the_scene_resolved_far_away",
		text: "Life in Cuenca (Azuay) is usually quiet. A man was shot dead in the San Roque neighbourhood, near the Azuay provincial offices.",
		places: []gp{{name: "Cuenca", id: "cuenca", fc: "PPLA", cc: "EC", a1: "EC.02", lat: -2.9, lon: -79},
			{name: "Azuay", id: "azuay", fc: "ADM1", cc: "EC", a1: "EC.02", lat: -3, lon: -79.2},
			{name: "San Roque", id: "sanroque-far", fc: "PPL", cc: "EC", a1: "EC.02", lat: -0.3, lon: -78.4},
			{name: "Azuay", id: "azuay", fc: "ADM1", cc: "EC", a1: "EC.02", lat: -3, lon: -79.2}},
		want: "azuay",
	}, {
		name: "coded_to",
		text: "Fighting was reported in an unnamed hamlet of Diffa region (coded to Bosso) on Tuesday, killing three.",
		places: []gp{{name: "Diffa", id: "diffa", fc: "ADM1", cc: "NE", a1: "NE.02", lat: 13.9, lon: 12.6},
			{name: "Bosso", id: "bosso", fc: "PPL", cc: "NE", a1: "NE.02", lat: 13.7, lon: 13.3}},
		want: "bosso",
	}, {
		name: "coded_to_a_capital",
		text: "Militants attacked a checkpoint somewhere in Kunar province. Coded to Kunar capital Asadabad.",
		places: []gp{{name: "Kunar", id: "kunar", fc: "ADM1", cc: "AF", a1: "AF.34", lat: 34.9, lon: 71.1},
			{name: "Kunar", id: "kunar", fc: "ADM1", cc: "AF", a1: "AF.34", lat: 34.9, lon: 71.1},
			{name: "Asadabad", id: "asadabad", fc: "PPLA", cc: "AF", a1: "AF.34", lat: 34.87, lon: 71.15}},
		want: "asadabad",
	}, {
		name: "capital_inside_its_namesake_province",
		text: "Two men were killed when a mine exploded in Tarqeh in rural Tehran on Sunday.",
		places: []gp{{name: "Tarqeh", id: "tarqeh", fc: "PPL", cc: "IR", a1: "IR.26", lat: 35.5, lon: 51.1},
			{name: "Tehran", id: "tehran", fc: "PPLC", cc: "IR", a1: "IR.40", lat: 35.7, lon: 51.4}},
		want: "tarqeh",
	}, {
		name: "airfield_container_has_no_province_code",
		text: "Dockers protested in Molfetta (Bari) against job cuts.",
		places: []gp{{name: "Molfetta", id: "molfetta", fc: "PPLA3", cc: "IT", a1: "IT.13", lat: 41.2, lon: 16.6},
			{name: "Bari", id: "ourairports:1", fc: "AIRP", cc: "IT", a1: "IT.BA", lat: 41.14, lon: 16.76}},
		want: "molfetta",
	}, {
		name: "route_ends_are_not_the_place",
		text: "Farmers have been protesting for a week on the Eldoret - Kisumu highway, elders in Kapsabet said.",
		places: []gp{{name: "Eldoret", id: "eldoret", fc: "PPLA", cc: "KE", a1: "KE.08", lat: 0.52, lon: 35.27},
			{name: "Kisumu", id: "kisumu", fc: "PPLA", cc: "KE", a1: "KE.07", lat: -0.1, lon: 34.75},
			{name: "Kapsabet", id: "kapsabet", fc: "PPLA", cc: "KE", a1: "KE.08", lat: 0.2, lon: 35.1}},
		want: "kapsabet",
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, prec := firstLocation(t, c.text, c.places)
			if got != c.want {
				t.Errorf("location %q, want %q", got, c.want)
			}
			if c.prec != 0 && prec != c.prec {
				t.Errorf("precision %d, want %d", prec, c.prec)
			}
		})
	}
}

// TestLocationReading: what the words around a place say of it.
func TestLocationReading(t *testing.T) {
	type flags struct{ absent, locative, near, weak, out, qualifier bool }
	cases := []struct {
		name, text string
		places     []gp
		which      int // the place to check
		want       flags
	}{{
		name:   "outskirts_of",
		text:   "Gunmen raided a market on the outskirts of Garissa late on Friday.",
		places: []gp{{name: "Garissa", fc: "PPLA", cc: "KE"}},
		want:   flags{locative: true, near: true},
	}, {
		name:   "object_of_a_strike",
		text:   "Drones struck Odesa overnight.",
		places: []gp{{name: "Odesa", fc: "PPLA", cc: "UA"}},
		want:   flags{locative: true},
	}, {
		name:   "through_a_type_noun_and_a_name",
		text:   "Soldiers shelled positions in Kuda village, Bentiu county.",
		places: []gp{{name: "Bentiu", fc: "PPLA", cc: "SS"}},
		want:   flags{locative: true},
	}, {
		name:   "actor_named_after_a_country",
		text:   "Rebels clashed with the Chad army near Faya.",
		places: []gp{{name: "Chad", fc: "PCLI", cc: "TD"}, {name: "Faya", fc: "PPL", cc: "TD"}},
		want:   flags{absent: true},
	}, {
		name:   "truncated_name",
		text:   "Troops clashed with militants in Bir Tawil Sharqi village on Monday.",
		places: []gp{{name: "Bir", fc: "PPL", cc: "EG"}},
		want:   flags{locative: true, weak: true},
	}, {
		name:   "arabic_article_runs_on",
		text:   "Rebels shelled Tell al-Hamra on Monday.",
		places: []gp{{name: "Tell", fc: "PPL", cc: "SY"}},
		want:   flags{locative: true, weak: true},
	}, {
		name:   "district_qualifier_is_not_a_truncation",
		text:   "A mob beat a thief in Kisumu Central on Monday.",
		places: []gp{{name: "Kisumu", fc: "PPLA", cc: "KE"}},
		want:   flags{locative: true},
	}, {
		name:   "facility_named_after_the_town",
		text:   "Lawyers protested at the Kisumu Law Courts on Monday.",
		places: []gp{{name: "Kisumu", fc: "PPLA", cc: "KE"}},
		want:   flags{locative: true},
	}, {
		name:   "two_resolutions_of_one_name",
		text:   "Traders rallied at Uhuru Kenyatta park on Monday.",
		places: []gp{{name: "Uhuru", fc: "PPL", cc: "TZ"}, {name: "Kenyatta", fc: "PPL", cc: "KE"}},
		want:   flags{locative: true, weak: true},
	}, {
		name:   "road_towards",
		text:   "Farmers blocked the highway towards Malaba on Monday.",
		places: []gp{{name: "Malaba", fc: "PPL", cc: "KE"}},
		want:   flags{locative: true, near: true, weak: true},
	}, {
		name:   "quoted_title",
		text:   "Hundreds joined a 'Lagos for all' rally on Monday.",
		places: []gp{{name: "Lagos", fc: "PPLA", cc: "NG"}},
		want:   flags{weak: true},
	}, {
		name: "qualifying_province",
		text: "Nurses protested in Kisii (Nyanza) on Monday.",
		places: []gp{{name: "Kisii", fc: "PPLA", cc: "KE", a1: "KE.07"},
			{name: "Nyanza", fc: "ADM1", cc: "KE", a1: "KE.07"}},
		which: 1,
		want:  flags{locative: true, qualifier: true},
	}, {
		name: "homonym_outside_its_container",
		text: "Nurses protested in Kisii (Nyanza) on Monday.",
		places: []gp{{name: "Kisii", fc: "PPL", cc: "KE", a1: "KE.01"},
			{name: "Nyanza", fc: "ADM1", cc: "KE", a1: "KE.07"}},
		want: flags{locative: true, out: true},
	}, {
		name: "square_in_a_town_lies_near_it",
		text: "Students gathered in Uhuru square in Arusha on Monday.",
		places: []gp{{name: "Uhuru", fc: "PPL", cc: "TZ", a1: "TZ.01", lat: -6.2, lon: 35.7},
			{name: "Arusha", fc: "PPLA", cc: "TZ", a1: "TZ.01", lat: -3.37, lon: 36.68}},
		want: flags{locative: true, out: true},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ps := placesIn(t, c.text, c.places)
			lps := sentencePlaces(tokenize(c.text, nil), ps)
			var got *locPlace
			for i := range lps {
				if lps[i].p.Start == ps[c.which].Start {
					got = &lps[i]
				}
			}
			if c.want.absent {
				if got != nil {
					t.Errorf("%s kept as a possible location", c.places[c.which].name)
				}
				return
			}
			if got == nil {
				t.Fatalf("%s dropped", c.places[c.which].name)
			}
			g := flags{locative: got.locative, near: got.near, weak: got.weak, out: got.out, qualifier: got.qualifier}
			if g != c.want {
				t.Errorf("got %+v, want %+v", g, c.want)
			}
		})
	}
}
