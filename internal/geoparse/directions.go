package geoparse

import (
	"strings"

	"github.com/geowire/geowire/internal/gazetteer"
)

// directionalPart reports whether a fallback mention is a direction and
// a country, a division or a region ("North Argentina", "Eastern
// Texas") that is better placed at that country or division than at the
// local focus: the focus lies outside it, or in another part of it than
// the one named (Buenos Aires is no town of northern Argentina; Houston
// lies in eastern Texas, and stays).
func (d *doc) directionalPart(m *mention, e, focus *gazetteer.Entry) bool {
	if m.part != partDirection {
		return false
	}
	switch e.Kind {
	case gazetteer.KindCountry, gazetteer.KindAdmin1, gazetteer.KindRegion:
	default:
		return false // "North Hills" is no part of a town called Hills
	}
	if focus == nil || !inside(focus, e) {
		return true
	}
	lat, lon := pointOf(e)
	for _, w := range strings.Fields(strings.ToLower(m.text)) {
		switch {
		case strings.HasPrefix(w, "north") && focus.Lat < lat, strings.HasPrefix(w, "south") && focus.Lat > lat:
			return true
		case strings.HasSuffix(w, "east") || strings.HasSuffix(w, "eastern"):
			if focus.Lon < lon {
				return true
			}
		case strings.HasSuffix(w, "west") || strings.HasSuffix(w, "western"):
			if focus.Lon > lon {
				return true
			}
		}
	}
	return false
}

// directionalCandidates adds, for a direction and a name ("Southwest
// Florida", "Northern Ontario") that the gazetteer knows only as the name
// of airfields, the countries, divisions and regions the
// name after the direction holds: the region is part of the division,
// not one of its airports.
func (d *doc) directionalCandidates(m *mention) {
	for _, c := range m.cands {
		if c.e.Kind != gazetteer.KindAirfield {
			return
		}
	}
	first, rest, ok := strings.Cut(m.text, " ")
	if !ok || !directionsOnly([]string{first}) || rest == "" {
		return
	}
	d.buf = d.p.g.AppendLookup(d.buf[:0], rest)
	for _, c := range d.buf {
		if c.Match != gazetteer.MatchName && c.Match != gazetteer.MatchAlternate {
			continue
		}
		switch c.Kind {
		case gazetteer.KindCountry, gazetteer.KindAdmin1, gazetteer.KindRegion:
			if !dup(m.cands, c.Entry) && len(m.cands) < 48 {
				m.cands = append(m.cands, cand{e: c.Entry, base: c.Score, match: gazetteer.MatchShort})
			}
		}
	}
}

// directionsOnly reports whether words are all directions or modifiers
// of a place name ("South", "Northern", "Upper"): "North Argentina" is a
// part of Venezuela, placed there rather than at the story's town.
func directionsOnly(words []string) bool {
	for _, w := range words {
		if l := strings.ToLower(w); !directions[l] && !modifiers[l] {
			return false
		}
	}
	return len(words) > 0
}
