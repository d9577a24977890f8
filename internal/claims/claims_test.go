package claims

import (
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/model"
)

// claimCase is one claim written for the test, with the answer computed
// independently of geowire: point-to-point distances and bearings by the
// haversine formula (R = 6,371.0088 km) from the coordinates in the
// comment (Wikipedia, rounded to 4 decimals), border distances from
// published figures. 1 mi = 1.609344 km, 1 nmi = 1.852 km.
type claimCase struct {
	name    string
	text    string
	places  []string // see mustPlaces
	kind    string
	pick    string // a substring of the claim's text; "" for the first claim of kind
	verdict string
	key     string  // measured value checked (default distance_km)
	min     float64 // its expected range; min == max == 0: not checked
	max     float64
}

var claimCases = []claimCase{
	// Kyiv 50.4501 N 30.5234 E, Moscow 55.7558 N 37.6173 E: 755.7 km.
	{name: "kyiv moscow km", text: "Moscow lies about 750 km from Kyiv.",
		places: []string{"Moscow", "Kyiv"}, kind: model.ClaimDistance, verdict: model.VerdictSupported, min: 745, max: 765},
	// 755.7 km = 469.6 mi.
	{name: "kyiv moscow miles", text: "Moscow is roughly 470 miles from Kyiv.",
		places: []string{"Moscow", "Kyiv"}, kind: model.ClaimDistance, verdict: model.VerdictSupported, min: 745, max: 765},
	// 755.7 km is not 1,000 miles (1,609 km): off by more than half.
	{name: "kyiv moscow contradicted", text: "Moscow is some 1,000 miles from Kyiv.",
		places: []string{"Moscow", "Kyiv"}, kind: model.ClaimDistance, verdict: model.VerdictContradicted, min: 745, max: 765},
	// Kharkiv 49.9935 N 36.2304 E, Belgorod 50.5997 N 36.5983 E: 72.3 km =
	// 44.9 mi, bearing 21° (north sector).
	{name: "belgorod north of kharkiv distance", text: "Belgorod, 45 miles north of Kharkiv, was shelled.",
		places: []string{"Belgorod", "Kharkiv"}, kind: model.ClaimDistance, verdict: model.VerdictSupported, min: 68, max: 77},
	{name: "belgorod north of kharkiv direction", text: "Belgorod, 45 miles north of Kharkiv, was shelled.",
		places: []string{"Belgorod", "Kharkiv"}, kind: model.ClaimDirection, verdict: model.VerdictSupported, key: "bearing_deg", min: 10, max: 30},
	// Kyiv to Odesa 46.4825 N 30.7233 E: 441.4 km, bearing 178° (south):
	// "north" is 178° off, and 200 km is 55 % short.
	{name: "odesa north of kyiv direction", text: "Odesa, about 200 km north of Kyiv, was quiet.",
		places: []string{"Odesa", "Kyiv"}, kind: model.ClaimDirection, verdict: model.VerdictContradicted, key: "bearing_deg", min: 170, max: 185},
	{name: "odesa north of kyiv distance", text: "Odesa, about 200 km north of Kyiv, was quiet.",
		places: []string{"Odesa", "Kyiv"}, kind: model.ClaimDistance, verdict: model.VerdictContradicted, min: 430, max: 450},
	// Kyiv to Lviv 49.8397 N 24.0297 E: 467.5 km = 290.5 mi, bearing 264°.
	{name: "lviv west of kyiv", text: "Lviv lies 290 miles west of Kyiv.",
		places: []string{"Lviv", "Kyiv"}, kind: model.ClaimDirection, verdict: model.VerdictSupported, key: "bearing_deg", min: 255, max: 272},
	// Odesa to Sevastopol 44.6166 N 33.5254 E: 301.1 km = 162.6 nmi,
	// bearing 133° (southeast).
	{name: "sevastopol nautical miles", text: "Sevastopol lies some 160 nautical miles southeast of Odesa.",
		places: []string{"Sevastopol", "Odesa"}, kind: model.ClaimDistance, verdict: model.VerdictSupported, min: 290, max: 310},
	{name: "sevastopol southeast of odesa", text: "Sevastopol lies some 160 nautical miles southeast of Odesa.",
		places: []string{"Sevastopol", "Odesa"}, kind: model.ClaimDirection, verdict: model.VerdictSupported, key: "bearing_deg", min: 125, max: 140},
	// Sevastopol to Novorossiysk 44.7239 N 37.7708 E: 335.9 km = 181.4 nmi,
	// not 50 nmi (92.6 km).
	{name: "novorossiysk nautical miles contradicted", text: "Novorossiysk is only 50 nautical miles from Sevastopol.",
		places: []string{"Novorossiysk", "Sevastopol"}, kind: model.ClaimDistance, verdict: model.VerdictContradicted, min: 325, max: 345},
	// Kyiv to Minsk 53.9006 N 27.5590 E: 433.6 km; "more than 400 km" holds.
	{name: "minsk more than", text: "Minsk is more than 400 km from Kyiv.",
		places: []string{"Minsk", "Kyiv"}, kind: model.ClaimDistance, verdict: model.VerdictSupported, min: 425, max: 445},
	// ... and "less than 300 km" does not.
	{name: "minsk less than contradicted", text: "Minsk is less than 300 km from Kyiv.",
		places: []string{"Minsk", "Kyiv"}, kind: model.ClaimDistance, verdict: model.VerdictContradicted, min: 425, max: 445},
	// Kharkiv lies 30–40 km from the Russian border (the border runs ~32 km
	// north of the city at Kozacha Lopan).
	{name: "kharkiv russian border", text: "Kharkiv is about 30 km from the Russian border.",
		places: []string{"Kharkiv"}, kind: model.ClaimDistance, verdict: model.VerdictSupported, min: 28, max: 42},
	{name: "kharkiv border miles", text: "Kharkiv lies about 20 miles from the Russian border.",
		places: []string{"Kharkiv"}, kind: model.ClaimDistance, verdict: model.VerdictSupported, min: 28, max: 42},
	{name: "kharkiv within 10 km contradicted", text: "Kharkiv lies within 10 km of the border with Russia.",
		places: []string{"Kharkiv", "Russia=country:RU"}, kind: model.ClaimDistance, verdict: model.VerdictContradicted, min: 28, max: 42},
	// The unnamed border of a Kharkiv claim is Russia's, the nearest.
	{name: "kharkiv unnamed border", text: "Kharkiv, some 30 km from the border, was hit again.",
		places: []string{"Kharkiv"}, kind: model.ClaimDistance, verdict: model.VerdictSupported, min: 28, max: 42},
	// The shared border, for a city in Ukraine, is Russia's outline.
	{name: "kharkiv two-country border", text: "Kharkiv is roughly 35 km from the Russia-Ukraine border.",
		places: []string{"Kharkiv", "Russia=country:RU", "Ukraine=country:UA"}, kind: model.ClaimDistance, verdict: model.VerdictSupported, min: 28, max: 42},
	// Belgorod lies about 40 km north of the Ukrainian border.
	{name: "belgorod more than 500 km contradicted", text: "Belgorod is more than 500 km from the Ukrainian border.",
		places: []string{"Belgorod"}, kind: model.ClaimDistance, verdict: model.VerdictContradicted, min: 30, max: 45},
	{name: "belgorod near border", text: "Belgorod, near the Ukrainian border, was hit.",
		places: []string{"Belgorod"}, kind: model.ClaimProximity, verdict: model.VerdictSupported, min: 30, max: 45},
	// Lviv is 60–70 km from the Polish border (57 km at the nearest point),
	// Poland's being the nearest foreign border: loose, rank 1.
	{name: "lviv close to poland", text: "Lviv, close to the border with Poland, took in refugees.",
		places: []string{"Lviv", "Poland=country:PL"}, kind: model.ClaimProximity, verdict: model.VerdictLoose, min: 50, max: 75},
	{name: "lviv close to poland rank", text: "Lviv, close to the border with Poland, took in refugees.",
		places: []string{"Lviv", "Poland=country:PL"}, kind: model.ClaimProximity, verdict: model.VerdictLoose, key: "rank", min: 1, max: 1},
	// Moscow is thousands of km from China (the nearest point, in the Altai,
	// is some 2,900 km away; Kazakhstan, Ukraine, Belarus are far nearer).
	{name: "moscow near china contradicted", text: "Moscow, near the border with China, hosted the talks.",
		places: []string{"Moscow", "China=country:CN"}, kind: model.ClaimProximity, verdict: model.VerdictContradicted, min: 2500, max: 3500},
	// Irpin 50.5218 N 30.2506 E: 20.9 km from Kyiv's centre.
	{name: "irpin outskirts of kyiv", text: "Irpin, on the outskirts of Kyiv, was retaken.",
		places: []string{"Irpin", "Kyiv"}, kind: model.ClaimDirection, verdict: model.VerdictSupported, min: 18, max: 24},
	// Poltava 49.5883 N 34.5514 E: 303.3 km from Kyiv.
	{name: "poltava outskirts contradicted", text: "Poltava, on the outskirts of Kyiv, was hit.",
		places: []string{"Poltava", "Kyiv"}, kind: model.ClaimDirection, verdict: model.VerdictContradicted, min: 295, max: 310},
	{name: "irpin near kyiv", text: "Irpin, near Kyiv, was retaken.",
		places: []string{"Irpin", "Kyiv"}, kind: model.ClaimProximity, verdict: model.VerdictSupported, min: 18, max: 24},
	// Belgorod to Kursk 51.7373 N 36.1874 E: 129.7 km: "near" only loosely.
	{name: "kursk near belgorod loose", text: "Kursk, near Belgorod, was also attacked.",
		places: []string{"Kursk", "Belgorod"}, kind: model.ClaimProximity, verdict: model.VerdictLoose, min: 120, max: 140},
	// Containment.
	{name: "belgorod in russia", text: "A drone hit Belgorod in Russia overnight.",
		places: []string{"Belgorod", "Russia=country:RU"}, kind: model.ClaimContainment, verdict: model.VerdictSupported},
	{name: "kharkiv comma ukraine", text: "The attack on Kharkiv, Ukraine, killed three.",
		places: []string{"Kharkiv", "Ukraine=country:UA"}, kind: model.ClaimContainment, verdict: model.VerdictSupported},
	{name: "minsk comma russia contradicted", text: "Talks were held in Minsk, Russia, last week.",
		places: []string{"Minsk", "Russia=country:RU"}, kind: model.ClaimContainment, verdict: model.VerdictContradicted},
	{name: "lviv in kharkiv oblast contradicted", text: "Lviv in Kharkiv Oblast was struck.",
		places: []string{"Kharkiv Oblast=geonames:706482", "Lviv"}, kind: model.ClaimContainment, verdict: model.VerdictContradicted},
	{name: "sevastopol occupied crimea", text: "Sevastopol, in Russian-occupied Crimea, was struck.",
		places: []string{"Sevastopol", "Crimea=geonames:703883"}, kind: model.ClaimContainment, verdict: model.VerdictSupported},
	// Crimea is Ukraine's de jure and held by Russia: loose either way.
	{name: "sevastopol in ukraine disputed", text: "Sevastopol in Ukraine was struck.",
		places: []string{"Sevastopol", "Ukraine=country:UA"}, kind: model.ClaimContainment, verdict: model.VerdictLoose},
	{name: "belgorod inside russian territory", text: "Belgorod, inside Russian territory, was hit.",
		places: []string{"Belgorod"}, kind: model.ClaimDirection, verdict: model.VerdictSupported},
	{name: "kharkiv inside russian territory contradicted", text: "Kharkiv, deep inside Russian territory, was hit.",
		places: []string{"Kharkiv"}, kind: model.ClaimDirection, verdict: model.VerdictContradicted},
	// Conversions, by arithmetic.
	{name: "conversion miles km", text: "The convoy stopped 30 miles (48 km) from Kyiv.",
		places: []string{"Kyiv"}, kind: model.ClaimConversion, verdict: model.VerdictSupported, key: "converted_value", min: 48.2, max: 48.3},
	{name: "conversion nautical miles", text: "The ship sailed 50 nautical miles (93 km) from Odesa.",
		places: []string{"Odesa"}, kind: model.ClaimConversion, verdict: model.VerdictSupported, key: "converted_value", min: 92.5, max: 92.7},
	{name: "conversion contradicted", text: "The base lies 4,000 km (2,000 miles) from Kyiv.",
		places: []string{"Kyiv"}, kind: model.ClaimConversion, verdict: model.VerdictContradicted, key: "converted_value", min: 2485, max: 2486},
	{name: "conversion loose", text: "The town lies 30 miles (50 km) from Kyiv.",
		places: []string{"Kyiv"}, kind: model.ClaimConversion, verdict: model.VerdictLoose, key: "converted_value", min: 48.2, max: 48.3},
	// Bad input.
	{name: "absurd distance", text: "Kharkiv lies 4,000,000 km from Kyiv.",
		places: []string{"Kharkiv", "Kyiv"}, kind: model.ClaimDistance, verdict: model.VerdictContradicted},
	{name: "negative distance", text: "Kharkiv lies -20 km from Kyiv.",
		places: []string{"Kharkiv", "Kyiv"}, kind: model.ClaimDistance, verdict: model.VerdictUnverifiable},
	{name: "unresolved anchor", text: "Kharkiv lies 40 km from Blorptown.",
		places: []string{"Kharkiv"}, kind: model.ClaimDistance, verdict: model.VerdictUnverifiable},
	{name: "front line", text: "Kharkiv lies about 25 km from the front line.",
		places: []string{"Kharkiv"}, kind: model.ClaimDistance, verdict: model.VerdictUnverifiable},
	{name: "no subject", text: "A depot some 40 km from Kyiv burned.",
		places: []string{"Kyiv"}, kind: model.ClaimDistance, verdict: model.VerdictUnverifiable},
}

func TestClaims(t *testing.T) {
	g := mustGazetteer(t)
	for _, tc := range claimCases {
		t.Run(tc.name, func(t *testing.T) {
			cs := mustCheck(t, g, tc.text, mustPlaces(t, g, tc.text, tc.places...))
			var got *model.Claim
			for i := range cs {
				if cs[i].Kind == tc.kind && strings.Contains(cs[i].Text, tc.pick) {
					got = &cs[i]
					break
				}
			}
			if got == nil {
				t.Fatalf("no %s claim in %q; got %+v", tc.kind, tc.text, cs)
			}
			if got.Verdict != tc.verdict {
				t.Errorf("%q: verdict %s (%s), want %s; measured %v", got.Text, got.Verdict, got.Reason, tc.verdict, got.Measured)
			}
			if got.Reason == "" {
				t.Errorf("%q: no reason", got.Text)
			}
			if tc.min == 0 && tc.max == 0 {
				return
			}
			key := tc.key
			if key == "" {
				key = "distance_km"
			}
			v, ok := num(got.Measured, key)
			if !ok || v < tc.min || v > tc.max {
				t.Errorf("%q: measured %s = %v, want %v–%v (%s)", got.Text, key, got.Measured[key], tc.min, tc.max, got.Reason)
			}
		})
	}
}
