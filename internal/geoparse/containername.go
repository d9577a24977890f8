package geoparse

import (
	"slices"

	"github.com/geowire/geowire/internal/gazetteer"
)

// namedContainers marks the mentions that are themselves the container of
// the mention before them ("Olympia, Washington", "Savannah, Georgia"): such
// a mention names the state or the country that holds the town, not a
// city or a country of the same name elsewhere (Washington, D.C., the
// Caucasus republic). containers holds, per mention, the container found
// after it (containerAfter).
func (d *doc) namedContainers(containers []*gazetteer.Entry) {
	for i := 1; i < len(d.ms); i++ {
		c, prev := containers[i-1], &d.ms[i-1]
		if c == nil || prev.tj < 0 {
			continue
		}
		k := d.containerMark(prev.tj)
		if k < 0 {
			continue
		}
		starts := d.bracketContainers(k)
		for j := i; j < min(i+len(starts), len(d.ms)); j++ {
			if m := &d.ms[j]; slices.Contains(starts, m.ti) && d.holds(m, c) {
				m.container = c
				break
			}
		}
	}
}

// holds reports whether c is among m's candidates.
func (d *doc) holds(m *mention, c *gazetteer.Entry) bool {
	for k := range m.cands {
		if m.cands[k].e == c {
			return true
		}
	}
	return false
}
