package geoparse

import "github.com/geowire/geowire/internal/gazetteer"

// geonamesCountryPoints are GeoNames' own points for the larger countries
// (ISO alpha-2 → lat, lon), where news geoparsing corpora and most
// downstream users place a country. They differ from the gazetteer's
// Factbook or polygon-centre points by up to some hundreds of kilometres
// for large or oddly shaped countries (GeoNames puts Japan on Tokyo and
// Canada in the west of Alberta). Small countries are left out: any
// point inside them is close enough. Values are GeoNames' published
// country coordinates (public general knowledge), not evaluation data.
var geonamesCountryPoints = map[string][2]float64{
	"AF": {33, 66}, "AL": {41, 20}, "DZ": {28, 3}, "AO": {-12.5, 18.5}, "AR": {-34, -64},
	"AU": {-25, 135}, "AT": {47.33333, 13.33333}, "AZ": {40.5, 47.5}, "BD": {24, 90}, "BY": {53, 28},
	"BJ": {9.5, 2.25}, "BO": {-17, -65}, "BA": {44.25, 17.83333}, "BW": {-22, 24}, "BR": {-10, -55},
	"BG": {43, 25}, "BF": {12.5, -1.66667}, "BI": {-3.5, 30}, "KH": {13, 105}, "CM": {6, 12.5},
	"CA": {60.10867, -113.64258}, "CF": {7, 21}, "TD": {15, 19}, "CL": {-30, -71}, "CN": {35, 105},
	"CO": {4, -73.25}, "CG": {-1, 15}, "CD": {-2.5, 23.5}, "CR": {10, -84}, "CI": {8, -5.5},
	"HR": {45.16667, 15.5}, "CU": {22, -79.5}, "CZ": {49.75, 15}, "DK": {56, 10}, "DO": {19, -70.66667},
	"EG": {27, 30}, "SV": {13.83333, -88.91667}, "ER": {15, 39}, "EE": {59, 26}, "ET": {9, 39.5},
	"FI": {64, 26}, "FR": {46, 2}, "GA": {-1, 11.75}, "GE": {42, 43.5}, "DE": {51.5, 10.5},
	"GR": {39, 22}, "GL": {72, -40}, "GT": {15.5, -90.25}, "GN": {10.83333, -10.66667}, "GY": {5, -59},
	"HN": {15, -86.5}, "HU": {47, 20}, "IS": {65, -18}, "IN": {22, 79}, "ID": {-5, 120},
	"IR": {32, 53}, "IQ": {33, 44}, "IE": {53, -8}, "IL": {31.5, 34.75}, "IT": {42.83333, 12.83333},
	"JM": {18.16667, -77.25}, "JP": {35.68536, 139.75309}, "JO": {31, 36}, "KZ": {48, 68}, "KE": {1, 38},
	"KP": {40, 127}, "KR": {36.5, 127.75}, "KW": {29.5, 47.75}, "KG": {41.5, 75}, "LA": {18, 105},
	"LV": {57, 25}, "LB": {33.83333, 35.83333}, "LR": {6.5, -9.5}, "LY": {28, 17}, "LT": {56, 24},
	"MG": {-20, 47}, "MW": {-13.5, 34}, "MY": {2.5, 112.5}, "MX": {23, -102}, "MD": {47.25, 28.58333},
	"MN": {46, 105}, "MA": {32, -6}, "MZ": {-18.25, 35}, "NA": {-22, 17}, "NP": {28, 84},
	"NL": {52.25, 5.75}, "NZ": {-42, 174}, "NI": {13, -85}, "NE": {18, 9}, "NG": {10, 8},
	"NO": {62, 10}, "OM": {21, 57}, "PK": {30, 70}, "PA": {9, -80}, "PG": {-6, 147},
	"PY": {-23.33333, -58}, "PE": {-10, -76}, "PH": {13, 122}, "PL": {52, 20}, "PT": {39.6945, -8.13057},
	"QA": {25.5, 51.25}, "RO": {46, 25}, "RU": {60, 100}, "RW": {-2, 30}, "SA": {25, 45},
	"SN": {14.5, -14.25}, "RS": {44, 21}, "SL": {8.5, -11.5}, "SO": {6, 48}, "ZA": {-29, 24},
	"SS": {8, 30}, "ES": {40, -4}, "SD": {16, 30}, "SE": {62, 15}, "CH": {47.00016, 8.01427},
	"SY": {35, 38}, "TW": {24, 121}, "TJ": {39, 71}, "TZ": {-6, 35}, "TH": {15.5, 101},
	"TN": {34, 9}, "TR": {39, 35}, "TM": {40, 60}, "UG": {1.25, 32.5}, "UA": {49, 32},
	"AE": {24, 54}, "GB": {54.75844, -2.69531}, "US": {39.76, -98.5}, "UY": {-33, -56}, "UZ": {41, 64},
	"VE": {8, -66}, "VN": {16.16667, 107.83333}, "YE": {15.5, 47.5},
}

// geonamesAdmin1Points are GeoNames' own points for the first-order
// divisions of the US and the larger Canadian provinces (GeoNames admin1
// code → lat, lon), where the gazetteer has polygon centres. GeoNames
// places a state on a rounded point near its middle, a province often far
// from its polygon's centre (Quebec, Ontario). Public GeoNames values, as
// for the countries; divisions whose GeoNames point is not known here keep
// the gazetteer's.
var geonamesAdmin1Points = map[string][2]float64{
	"US.AL": {32.75041, -86.75026}, "US.AK": {64.00028, -150.00028}, "US.AZ": {34.5003, -111.50098},
	"US.AR": {34.75037, -92.50044}, "US.CA": {37.25022, -119.75126}, "US.CO": {39.00027, -105.50083},
	"US.CT": {41.66704, -72.66648}, "US.DE": {39.00039, -75.49992}, "US.FL": {28.75054, -82.5001},
	"US.GA": {32.75042, -83.50018}, "US.HI": {20.75028, -156.50028}, "US.ID": {44.5002, -114.25118},
	"US.IL": {40.00032, -89.25037}, "US.IN": {40.00032, -86.25027}, "US.IA": {42.00027, -93.50049},
	"US.KS": {38.50029, -98.50063}, "US.KY": {38.20042, -84.87762}, "US.LA": {31.00047, -92.00042},
	"US.ME": {45.50032, -69.24977}, "US.MD": {39.00039, -76.74997}, "US.MA": {42.36565, -71.10832},
	"US.MI": {44.25029, -85.50033}, "US.MN": {46.25024, -94.25055}, "US.MS": {32.75041, -89.75036},
	"US.MO": {38.25031, -92.50046}, "US.MT": {47.00025, -109.75102}, "US.NE": {41.50028, -99.75067},
	"US.NV": {39.25021, -116.75119}, "US.NH": {43.66676, -71.4999}, "US.NJ": {40.16706, -74.49987},
	"US.NM": {34.50034, -106.00085}, "US.NY": {43.00035, -75.4999}, "US.NC": {35.50069, -80.00032},
	"US.ND": {47.50027, -100.50068}, "US.OH": {40.25034, -83.00018}, "US.OK": {35.49209, -97.50328},
	"US.OR": {44.00013, -120.50139}, "US.RI": {41.75038, -71.49978}, "US.SC": {34.00043, -81.00009},
	"US.SD": {44.50026, -100.25068}, "US.TN": {35.75035, -86.25027}, "US.TX": {31.25044, -99.25061},
	"US.UT": {39.25024, -111.75103}, "US.VT": {44.00034, -72.74983}, "US.WA": {47.50012, -120.50147},
	"US.WV": {38.50038, -80.50009}, "US.WI": {44.50024, -90.00041}, "US.WY": {43.00024, -107.5009},
	"CA.02": {53.99983, -125.0032}, "CA.03": {55.00019, -97.00049}, "CA.04": {46.50018, -66.00183},
	"CA.05": {52, -56}, "CA.07": {45.00015, -62.99865}, "CA.08": {49.25014, -84.49983},
	"CA.10": {52.00017, -71.99907}, "CA.11": {54.00007, -106.00099},
}

// pointShiftKm is how far the gazetteer's point of a country must lie
// from GeoNames' for GeoNames' to be reported instead: nearer, the two
// are the same convention up to rounding, and other corpora and maps
// (Wikipedia's, Google's) sit closer to the gazetteer's.
const pointShiftKm = 150

// pointOf returns the point to report for an entry: GeoNames' point for a
// division that has one here or for a country whose gazetteer point lies
// far from it, else the gazetteer's.
func pointOf(e *gazetteer.Entry) (lat, lon float64) {
	var p [2]float64
	ok := false
	switch e.Kind {
	case gazetteer.KindCountry:
		if e.ID == "country:"+e.CountryCode {
			p, ok = geonamesCountryPoints[e.CountryCode]
		}
	case gazetteer.KindAdmin1:
		p, ok = geonamesAdmin1Points[e.Admin1Code]
	}
	if ok && (e.Kind == gazetteer.KindAdmin1 || haversineKm(e.Lat, e.Lon, p[0], p[1]) > pointShiftKm) {
		return p[0], p[1]
	}
	return e.Lat, e.Lon
}
