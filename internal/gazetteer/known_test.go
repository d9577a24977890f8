package gazetteer

import (
	"strings"
	"testing"
)

// Known answers from public facts.

func TestKnownBelayaAirBase(t *testing.T) {
	g := mustReal(t)
	cs := g.Lookup("Belaya Air Base")
	if len(cs) == 0 {
		t.Fatal("no candidates")
	}
	b := cs[0]
	if b.Kind != KindAirfield || b.Code != "UIIB" || b.Admin1Code != "RU.20" || b.Admin1Name != "Irkutsk Oblast" || b.CountryCode != "RU" {
		t.Fatalf("best = %+v", b.Entry)
	}
	// The villages named Belaya are other candidates for "Belaya".
	found := map[int]bool{}
	var air bool
	for _, c := range g.Lookup("Belaya") {
		found[c.GeonameID] = true
		air = air || c.Code == "UIIB"
	}
	if !found[578230] || !found[712667] || !air {
		t.Fatalf("Belaya candidates lack 578230, 712667 or UIIB: %v", found)
	}
	if v := g.Get("578230"); v == nil || v.Admin1Name != "Kursk Oblast" {
		t.Errorf("578230 = %+v", v)
	}
	if v := g.Get("712667"); v == nil || v.Admin1Name != "Ternopil" {
		t.Errorf("712667 = %+v", v)
	}
	tests := []struct {
		iso      string
		min, max float64
	}{
		{"UA", 4200, 4350}, {"CN", 900, 1100}, {"MN", 150, 250},
	}
	for _, tt := range tests {
		d, err := g.DistanceToBorderKm(b.Lat, b.Lon, tt.iso)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("Belaya Air Base → border of %s: %.1f km", tt.iso, d)
		if d < tt.min || d > tt.max {
			t.Errorf("distance to %s = %.1f km, want %v–%v", tt.iso, d, tt.min, tt.max)
		}
	}
}

func TestKnownNames(t *testing.T) {
	g := mustReal(t)
	tests := []struct {
		name string
		want int // GeoNames id of the best candidate
	}{
		{"Moscow", 524901}, {"Kyiv", 703448}, {"Kiev", 703448}, {"KYIV", 703448},
		{"Dnipro", 709930}, {"Dnipropetrovsk", 709930},
		{"Usol’ye-Sibirskoye", 2014022}, {"Usolye-Sibirskoye", 2014022}, {"Usolye Sibirskoye", 2014022},
		{"Irkutsk", 2023469}, {"Irkutsk Oblast", 2023468}, {"Irkutsk region", 2023468},
		{"Gaza Strip", 281132}, {"Sevastopol", 694423},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := g.Lookup(tt.name)
			if len(cs) == 0 || cs[0].GeonameID != tt.want {
				var got []string
				for i, c := range cs {
					if i < 4 {
						got = append(got, c.ID+" "+c.Name)
					}
				}
				t.Fatalf("Lookup(%q) = %v, want geonames:%d first", tt.name, got, tt.want)
			}
		})
	}
	// Moscow, Idaho is a candidate, below Moscow, Russia.
	var ru, id = -1, -1
	for i, c := range g.Lookup("Moscow") {
		switch c.GeonameID {
		case 524901:
			ru = i
		case 5601538:
			id = i
		}
	}
	if ru < 0 || id < 0 || ru > id {
		t.Fatalf("Moscow ranks: Russia %d, Idaho %d", ru, id)
	}
	if g.Lookup("Šakalienė") != nil && g.Best("Šakalienė").Kind == KindCountry {
		t.Fatal("a person's name matched a country")
	}
}

func TestKnownRegionsAndDemonyms(t *testing.T) {
	g := mustReal(t)
	for _, n := range []string{"Siberia", "Donbas", "Crimea", "West Bank", "Sahel", "Horn of Africa", "Kurdistan",
		"Indo-Pacific", "Middle East", "Black Sea", "Red Sea", "Europe"} {
		if g.Best(n) == nil {
			t.Errorf("no entry for %q", n)
		}
	}
	for w, cc := range map[string]string{"Ukrainian": "UA", "Lithuanian": "LT", "Chinese": "CN", "Russians": "RU", "British": "GB"} {
		if got := g.Demonym(w); got != cc {
			t.Errorf("Demonym(%q) = %q, want %q", w, got, cc)
		}
	}
	if c := g.Country("UA"); c == nil || c.Name != "Ukraine" || !c.HasPolygon || len(c.Neighbours()) == 0 {
		t.Errorf("Country(UA) = %+v", c)
	}
	if len(g.Countries()) < 200 {
		t.Errorf("%d countries", len(g.Countries()))
	}
}

func TestKnownWhere(t *testing.T) {
	g := mustReal(t)
	kyiv := g.Get("703448")
	if w := g.WhereIs(kyiv.Lat, kyiv.Lon); w.Country == nil || w.Country.Code != "UA" || w.Disputed != "" {
		t.Fatalf("Kyiv: %+v", w)
	}
	sev := g.Get("694423")
	w := g.WhereIs(sev.Lat, sev.Lon)
	if w.Country == nil || !strings.Contains(w.Disputed, "Ukraine") || !strings.Contains(w.Disputed, "Crimea") {
		t.Fatalf("Sevastopol: %+v", w)
	}
	t.Logf("Sevastopol: country %s, disputed: %s", w.Country.Name, w.Disputed)
	belaya := g.Best("Belaya Air Base")
	if w := g.WhereIs(belaya.Lat, belaya.Lon); w.Country == nil || w.Country.Code != "RU" || w.Admin1 == nil || w.Admin1.Admin1Code != "RU.20" {
		t.Fatalf("Belaya: %+v", w)
	}
	if w := g.WhereIs(43.4, 34.0); w.Country != nil { // the Black Sea
		t.Fatalf("Black Sea in %s", w.Country.Name)
	}
	// Every populated place of the cities500 data lies in (or within a
	// coastline's error of) its country: measure agreement.
	agree, n := 0, 0
	for i := 0; i < g.Len(); i += 7 {
		e := g.Entry(i)
		if e.Kind != KindPlace || e.CountryCode == "" {
			continue
		}
		n++
		if c := g.CountryAt(e.Lat, e.Lon); c != nil && c.CountryCode == e.CountryCode {
			agree++
		}
	}
	t.Logf("point-in-country agrees with GeoNames' country for %d of %d places (%.1f%%)", agree, n, 100*float64(agree)/float64(n))
	if float64(agree) < 0.97*float64(n) {
		t.Errorf("only %d of %d places lie in their country", agree, n)
	}
}
