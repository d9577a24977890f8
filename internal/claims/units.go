package claims

import (
	"math"
	"strconv"
	"strings"
)

// A unit converts to a base unit: kilometres for lengths, km/h for speeds,
// km² for areas, kilograms for masses. The symbols are the ones nlp writes
// into model.Quantity.Unit.
type unit struct {
	base   string
	factor float64 // value in base = value × factor
}

var units = map[string]unit{
	"km": {"km", 1}, "m": {"km", 0.001}, "cm": {"km", 1e-5}, "mm": {"km", 1e-6},
	"mi": {"km", 1.609344}, "nmi": {"km", 1.852}, "ft": {"km", 0.0003048}, "yd": {"km", 0.0009144},
	"km/h": {"km/h", 1}, "mph": {"km/h", 1.609344}, "kn": {"km/h", 1.852},
	"km2": {"km2", 1}, "mi2": {"km2", 2.589988110336}, "ha": {"km2", 0.01}, "acre": {"km2", 0.0040468564224},
	"kg": {"kg", 1}, "t": {"kg", 1000}, "lb": {"kg", 0.45359237},
}

// isLength reports whether a unit symbol is a length.
func isLength(sym string) bool { return units[sym].base == "km" }

// toKm converts a length to kilometres; ok is false for other units.
func toKm(v float64, sym string) (float64, bool) {
	u, ok := units[sym]
	if !ok || u.base != "km" {
		return 0, false
	}
	return v * u.factor, true
}

// convert converts v from one unit to another of the same dimension.
func convert(v float64, from, to string) (float64, bool) {
	a, okA := units[from]
	b, okB := units[to]
	if !okA || !okB || a.base != b.base {
		return 0, false
	}
	return v * a.factor / b.factor, true
}

// lengthWords maps a lower-case length word (or two words joined by one
// space) to its unit symbol, for the finder's own scan of numbers nlp did
// not keep (negative ones: "-20 km").
var lengthWords = map[string]string{
	"km": "km", "kms": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
	"m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
	"mi": "mi", "mile": "mi", "miles": "mi",
	"nautical mile": "nmi", "nautical miles": "nmi", "nmi": "nmi", "nm": "nmi",
	"ft": "ft", "feet": "ft", "foot": "ft",
}

// parseNumber reads a number as written in English text: "4,000",
// "2,485.5", "12". It returns the value and the number of decimals written.
func parseNumber(s string) (v float64, decimals int, ok bool) {
	s = strings.ReplaceAll(s, ",", "")
	if s == "" || len(s) > 40 {
		return 0, 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, 0, false
	}
	if i := strings.IndexByte(s, '.'); i >= 0 {
		decimals = len(s) - i - 1
	}
	return v, decimals, true
}

// roundTo rounds v to n decimals.
func roundTo(v float64, n int) float64 {
	p := math.Pow(10, float64(n))
	return math.Round(v*p) / p
}
