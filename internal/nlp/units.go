package nlp

// unit is a unit of measure or a currency.
type unit struct {
	symbol string
	base   string  // unit that values normalise to; empty when none
	factor float64 // value in base = value * factor
}

var (
	uKM   = unit{"km", "km", 1}
	uM    = unit{"m", "km", 0.001}
	uCM   = unit{"cm", "km", 1e-5}
	uMM   = unit{"mm", "km", 1e-6}
	uMI   = unit{"mi", "km", 1.609344}
	uNMI  = unit{"nmi", "km", 1.852}
	uFT   = unit{"ft", "km", 0.0003048}
	uYD   = unit{"yd", "km", 0.0009144}
	uKM2  = unit{"km2", "km2", 1}
	uMI2  = unit{"mi2", "km2", 2.589988110336}
	uHA   = unit{"ha", "km2", 0.01}
	uAC   = unit{"acre", "km2", 0.0040468564224}
	uKG   = unit{"kg", "kg", 1}
	uT    = unit{"t", "kg", 1000}
	uLB   = unit{"lb", "kg", 0.45359237}
	uKMH  = unit{"km/h", "km/h", 1}
	uMPH  = unit{"mph", "km/h", 1.609344}
	uKN   = unit{"kn", "km/h", 1.852}
	uPct  = unit{"%", "", 0}
	uSec  = unit{"s", "h", 1.0 / 3600}
	uMin  = unit{"min", "h", 1.0 / 60}
	uHour = unit{"h", "h", 1}
	uDay  = unit{"d", "", 0}
	uWeek = unit{"week", "", 0}
	uMon  = unit{"month", "", 0}
	uYear = unit{"year", "", 0}
	uUSD  = unit{"USD", "", 0}
	uEUR  = unit{"EUR", "", 0}
	uGBP  = unit{"GBP", "", 0}
	uUAH  = unit{"UAH", "", 0}
	uRUB  = unit{"RUB", "", 0}
	uCNY  = unit{"CNY", "", 0}
)

// units maps a lower-case unit word, or two words joined by a space, to
// its unit.
var units = map[string]unit{
	"km": uKM, "kms": uKM, "kilometer": uKM, "kilometers": uKM, "kilometre": uKM, "kilometres": uKM,
	"m": uM, "meter": uM, "meters": uM, "metre": uM, "metres": uM,
	"cm": uCM, "centimeters": uCM, "centimetres": uCM, "mm": uMM, "millimeter": uMM, "millimetre": uMM,
	"millimeters": uMM, "millimetres": uMM,
	"mi": uMI, "mile": uMI, "miles": uMI,
	"nautical mile": uNMI, "nautical miles": uNMI, "nmi": uNMI,
	"ft": uFT, "foot": uFT, "feet": uFT, "yard": uYD, "yards": uYD, "yd": uYD,
	"km2": uKM2, "km²": uKM2, "sq km": uKM2, "square kilometers": uKM2, "square kilometres": uKM2,
	"square kilometer": uKM2, "square kilometre": uKM2,
	"square miles": uMI2, "square mile": uMI2, "sq mi": uMI2, "hectares": uHA, "hectare": uHA, "ha": uHA,
	"acres": uAC, "acre": uAC,
	"kg": uKG, "kilogram": uKG, "kilograms": uKG, "kilogramme": uKG, "kilogrammes": uKG,
	"t": uT, "tonne": uT, "tonnes": uT, "ton": uT, "tons": uT, "metric tons": uT, "metric tonnes": uT,
	"lb": uLB, "lbs": uLB, "pound": uLB, "pounds": uLB,
	"km/h": uKMH, "kph": uKMH, "kilometers per hour": uKMH, "kilometres per hour": uKMH,
	"mph": uMPH, "miles per hour": uMPH, "knots": uKN, "knot": uKN,
	"%": uPct, "percent": uPct, "per cent": uPct, "pct": uPct, "percentage points": uPct,
	"seconds": uSec, "second": uSec, "sec": uSec, "secs": uSec,
	"minutes": uMin, "minute": uMin, "min": uMin, "mins": uMin,
	"hours": uHour, "hour": uHour, "hrs": uHour, "h": uHour,
	"days": uDay, "day": uDay, "weeks": uWeek, "week": uWeek,
	"months": uMon, "month": uMon, "years": uYear, "year": uYear,
	"dollars": uUSD, "dollar": uUSD, "usd": uUSD, "euros": uEUR, "euro": uEUR, "eur": uEUR,
	"hryvnias": uUAH, "hryvnia": uUAH, "hryvnas": uUAH, "uah": uUAH,
	"rubles": uRUB, "roubles": uRUB, "ruble": uRUB, "rouble": uRUB, "rub": uRUB,
	"yuan": uCNY, "renminbi": uCNY, "cny": uCNY,
}

// currencySymbols come before the number: "$5 million".
var currencySymbols = map[string]unit{"$": uUSD, "€": uEUR, "£": uGBP, "₴": uUAH, "₽": uRUB, "¥": uCNY}

// longUnits are three-word units, first word to the whole.
var longUnits = map[string]bool{"kilometers": true, "kilometres": true, "miles": true}

// readUnit reads a unit at token j (after an optional glued hyphen:
// "4,000-kilometer"), returning it and the index after it.
func readUnit(toks []token, j int) (unit, int, bool) {
	if j >= len(toks) {
		return unit{}, j, false
	}
	if toks[j].text == "-" && !toks[j].is(fSpace) && j+1 < len(toks) && !toks[j+1].is(fSpace) {
		j++
	}
	if j >= len(toks) {
		return unit{}, j, false
	}
	t := &toks[j]
	if t.kind != tkWord && t.text != "%" {
		return unit{}, j, false
	}
	// three words: "kilometers per hour"
	if longUnits[t.low] && j+2 < len(toks) && toks[j+1].low == "per" {
		if u, ok := units[t.low+" per "+toks[j+2].low]; ok {
			return u, j + 3, true
		}
	}
	if j+1 < len(toks) && toks[j+1].kind == tkWord {
		if u, ok := units[t.low+" "+toks[j+1].low]; ok {
			return u, j + 2, true
		}
	}
	// "km/h"
	if j+2 < len(toks) && toks[j+1].text == "/" && !toks[j+1].is(fSpace) {
		if u, ok := units[t.low+"/"+toks[j+2].low]; ok {
			return u, j + 3, true
		}
	}
	if u, ok := units[t.low]; ok {
		// Single letters are units only glued to the number ("5m", "10t").
		if len(t.low) == 1 && t.low != "%" && t.is(fSpace) {
			return unit{}, j, false
		}
		return u, j + 1, true
	}
	return unit{}, j, false
}
