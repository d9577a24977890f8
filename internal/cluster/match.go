package cluster

import (
	"fmt"
	"strings"
	"time"

	"github.com/geowire/geowire/internal/model"
)

// Weights of the parts of a match score; they add up to 1.
const (
	weightKind       = 0.25
	weightPlace      = 0.30
	weightDate       = 0.25
	weightActors     = 0.10
	weightFatalities = 0.10
)

// Scores of parts a report leaves open: no evidence either way.
const (
	unknownPlace      = 0.4
	unknownDate       = 0.4
	unknownActor      = 0.7
	unknownFatalities = 0.8
)

// Match returns the candidate that reports the same real-world event as e,
// with its score (0–1) and the reasons, or nil when none scores
// opts.MinScore; then score is the best candidate's and why says what kept
// each candidate out. The result points into candidates. Candidates that
// are e itself (same ID) or come from e's document are skipped: the events
// stage already merged what one document says twice.
//
// Two reports match when their types are compatible (see Types), their
// places are within a distance set by the coarser of their location
// precisions (PlaceKm, AreaKm, or the same admin1), their dates within a
// window set by the coarser date precision (DayWindow, WeekWindow, or the
// same month), their actors and recipients are not of different countries
// and their fatalities do not contradict (one at least ten times the other
// and ten more). Among those the score weighs how closely each agrees; ties
// go to the smaller candidate ID.
func Match(e model.Event, candidates []model.Event, opts Options) (best *model.Event, score float64, why []string) {
	opts = opts.withDefaults()
	var rejected []string
	top := -1.0
	for i := range candidates {
		c := &candidates[i]
		if c.ID != "" && c.ID == e.ID {
			continue
		}
		s, w, ok := Score(e, *c, opts)
		switch {
		case !ok:
			rejected = append(rejected, c.ID+": "+w[len(w)-1])
			continue
		case s < opts.MinScore:
			rejected = append(rejected, fmt.Sprintf("%s: score %.2f below %.2f", c.ID, s, opts.MinScore))
		}
		if s > top || s == top && best != nil && c.ID < best.ID {
			top = s
			if s >= opts.MinScore {
				best, why = c, w
			}
		}
	}
	if best == nil {
		return nil, max(top, 0), rejected
	}
	return best, top, why
}

// Score compares two reports: ok is false when something rules out one
// event (the last reason says what); else score is 0–1 and why gives one
// reason per part (type, place, date, actors, fatalities).
func Score(a, b model.Event, opts Options) (score float64, why []string, ok bool) {
	opts = opts.withDefaults()
	if a.DocumentID != "" && a.DocumentID == b.DocumentID {
		return 0, []string{"same document " + a.DocumentID}, false
	}
	if a.Aux.Asserted() != b.Aux.Asserted() {
		return 0, []string{"one report says it happened, the other does not"}, false
	}
	parts := []struct {
		w  float64
		fn func(a, b *model.Event, o *Options) (float64, string, bool)
	}{
		{weightKind, func(a, b *model.Event, _ *Options) (float64, string, bool) { return kindScore(a, b) }},
		{weightPlace, placeScore},
		{weightDate, dateScore},
		{weightActors, func(a, b *model.Event, _ *Options) (float64, string, bool) { return actorsScore(a, b) }},
		{weightFatalities, func(a, b *model.Event, _ *Options) (float64, string, bool) { return fatalitiesScore(a, b) }},
	}
	for _, p := range parts {
		s, w, ok := p.fn(&a, &b, &opts)
		why = append(why, w)
		if !ok {
			return 0, why, false
		}
		score += p.w * s
	}
	return score, why, true
}

// placeScore compares locations; ok is false when they are too far apart
// for the coarser precision.
func placeScore(a, b *model.Event, o *Options) (float64, string, bool) {
	la, lb := a.Location, b.Location
	if la == nil || lb == nil {
		return unknownPlace, "location unknown in one report", true
	}
	if la.GazetteerID != "" && la.GazetteerID == lb.GazetteerID ||
		la.GeonameID != nil && lb.GeonameID != nil && *la.GeonameID == *lb.GeonameID {
		return 1, "same place " + la.Name, true
	}
	d := distanceKm(la.Lat, la.Lon, lb.Lat, lb.Lon)
	prec := max(precision(la.Precision), precision(lb.Precision))
	var limit float64
	switch prec {
	case 1:
		limit = o.PlaceKm
	case 2:
		limit = o.AreaKm
	default:
		if la.Admin1 != "" && lb.Admin1 != "" {
			if la.Admin1 != lb.Admin1 {
				return 0, fmt.Sprintf("different regions %s (%s) and %s (%s)", la.Name, la.Admin1, lb.Name, lb.Admin1), false
			}
			return 0.7, fmt.Sprintf("%s and %s are in one region (%s)", la.Name, lb.Name, la.Admin1), true
		}
		if la.CountryCode != "" && lb.CountryCode != "" && la.CountryCode != lb.CountryCode {
			return 0, fmt.Sprintf("different countries %s and %s", la.CountryCode, lb.CountryCode), false
		}
		if d > o.RegionKm {
			return 0, fmt.Sprintf("%s and %s are %.0f km apart, more than %.0f km for a region", la.Name, lb.Name, d, o.RegionKm), false
		}
		return 0.5, fmt.Sprintf("%s and %s are %.0f km apart (a region without admin1)", la.Name, lb.Name, d), true
	}
	if d > limit {
		return 0, fmt.Sprintf("%s and %s are %.0f km apart, more than %.0f km at precision %d", la.Name, lb.Name, d, limit, prec), false
	}
	return 1 - 0.5*d/limit, fmt.Sprintf("%s and %s are %.0f km apart (at most %.0f)", la.Name, lb.Name, d, limit), true
}

// precision reads an ACLED precision, taking an unset one as 2.
func precision(p int) int {
	if p < 1 || p > 3 {
		return 2
	}
	return p
}

// dateScore compares dates; ok is false when they are further apart than
// the coarser precision allows.
func dateScore(a, b *model.Event, o *Options) (float64, string, bool) {
	da, errA := parseDate(a.Date)
	db, errB := parseDate(b.Date)
	if errA != nil || errB != nil {
		return unknownDate, "date unknown in one report", true
	}
	days := int(da.Sub(db).Hours() / 24)
	if days < 0 {
		days = -days
	}
	prec := max(precision(a.DatePrecision), precision(b.DatePrecision))
	var window int
	switch prec {
	case 1:
		window = o.DayWindow
		if days > 0 && a.DateBasis == model.BasisStated && b.DateBasis == model.BasisStated {
			return 0, fmt.Sprintf("both reports state the day, and the days differ (%s, %s)", a.Date, b.Date), false
		}
	case 2:
		window = o.WeekWindow
	default:
		if da.Year() != db.Year() || da.Month() != db.Month() {
			return 0, fmt.Sprintf("different months %s and %s", a.Date[:7], b.Date[:7]), false
		}
		return 0.7, "same month " + a.Date[:7], true
	}
	if days > window {
		return 0, fmt.Sprintf("dates %s and %s are %d days apart, more than %d at precision %d", a.Date, b.Date, days, window, prec), false
	}
	if days == 0 {
		return 1, "same date " + a.Date, true
	}
	return 1 - 0.5*float64(days)/float64(window), fmt.Sprintf("dates %s and %s are %d days apart (at most %d)", a.Date, b.Date, days, window), true
}

func parseDate(s string) (time.Time, error) {
	if len(s) > 10 {
		s = s[:10]
	}
	return time.Parse(time.DateOnly, s)
}

// actorsScore compares the countries of the actors and of the recipients;
// ok is false when either pair is of two different countries.
func actorsScore(a, b *model.Event) (float64, string, bool) {
	sa, wa, ok := actorScore("actors", a.Actor, b.Actor)
	if !ok {
		return 0, wa, false
	}
	sr, wr, ok := actorScore("recipients", a.Recipient, b.Recipient)
	if !ok {
		return 0, wr, false
	}
	return (sa + sr) / 2, wa + "; " + wr, true
}

func actorScore(role string, a, b *model.Actor) (float64, string, bool) {
	ca, cb := country(a), country(b)
	switch {
	case ca == "" || cb == "":
		return unknownActor, role + ": a country unknown", true
	case ca != cb:
		return 0, fmt.Sprintf("%s of different countries %s and %s", role, ca, cb), false
	}
	return 1, role + " of one country " + ca, true
}

func country(a *model.Actor) string {
	if a == nil {
		return ""
	}
	return strings.ToUpper(strings.TrimSpace(a.Country))
}

// fatalitiesScore compares death tolls, which grow as reports come in; ok
// is false when one is at least ten times the other and ten more.
func fatalitiesScore(a, b *model.Event) (float64, string, bool) {
	if a.Fatalities == nil || b.Fatalities == nil {
		return unknownFatalities, "fatalities unknown in one report", true
	}
	lo, hi := min(*a.Fatalities, *b.Fatalities), max(*a.Fatalities, *b.Fatalities)
	if hi >= 10*max(lo, 1) && hi-lo >= 10 {
		return 0, fmt.Sprintf("fatalities contradict (%d and %d)", lo, hi), false
	}
	if lo == hi {
		return 1, fmt.Sprintf("same fatalities %d", lo), true
	}
	return 0.5 + 0.5*float64(lo+1)/float64(hi+1), fmt.Sprintf("fatalities %d and %d", lo, hi), true
}
