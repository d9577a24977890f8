package cluster

// Options tunes same-event matching. The zero value of a field means its
// default (DefaultOptions).
type Options struct {
	// PlaceKm is the greatest distance between two reports of one event
	// when both name the place itself (location precision 1): 25 km.
	PlaceKm float64
	// AreaKm is the greatest distance when the coarser of the two is "near
	// a place or a small area" (precision 2): 75 km.
	AreaKm float64
	// RegionKm is, when the coarser of the two is only a region (precision
	// 3), the greatest distance allowed if either report lacks its admin1
	// (with admin1 on both, the admin1 must be the same); it is also the
	// radius of the Window: 300 km.
	RegionKm float64
	// DayWindow is how many days apart two reports dated to the day (date
	// precision 1) may be: 1 (time zones, "yesterday" read against a
	// publication date). Two reports that both state different days never
	// match.
	DayWindow int
	// WeekWindow is how many days apart they may be when the coarser of
	// the two dates is "around that day" (precision 2): 7. Month-precision
	// dates (3) must share the month.
	WeekWindow int
	// MinScore is the least score (0–1) of a match: 0.6.
	MinScore float64
}

// DefaultOptions returns the defaults every zero field of Options stands
// for.
func DefaultOptions() Options {
	return Options{PlaceKm: 25, AreaKm: 75, RegionKm: 300, DayWindow: 1, WeekWindow: 7, MinScore: 0.6}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.PlaceKm <= 0 {
		o.PlaceKm = d.PlaceKm
	}
	if o.AreaKm <= 0 {
		o.AreaKm = d.AreaKm
	}
	if o.RegionKm <= 0 {
		o.RegionKm = d.RegionKm
	}
	if o.DayWindow <= 0 {
		o.DayWindow = d.DayWindow
	}
	if o.WeekWindow <= 0 {
		o.WeekWindow = d.WeekWindow
	}
	if o.MinScore <= 0 {
		o.MinScore = d.MinScore
	}
	return o
}
