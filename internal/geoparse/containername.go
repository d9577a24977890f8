package geoparse

import "github.com/geowire/geowire/internal/gazetteer"

// namedContainers marks the mentions that are themselves the container of
// the mention before them ("Olympia, Washington", "Savannah, Georgia"): such
// a mention names the state or the country that holds the town, not a
// city or a country of the same name elsewhere (Washington, D.C., the
// Caucasus republic). containers holds, per mention, the container found
// after it (containerAfter).
func (d *doc) namedContainers(containers []*gazetteer.Entry) {
	for i := 1; i < len(d.ms); i++ {
		c, prev, m := containers[i-1], &d.ms[i-1], &d.ms[i]
		if c == nil || prev.tj < 0 || m.ti != prev.tj+1 {
			continue
		}
		for k := range m.cands {
			if m.cands[k].e == c {
				m.container = c
				break
			}
		}
	}
}
