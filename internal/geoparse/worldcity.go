package geoparse

import "github.com/geowire/geowire/internal/gazetteer"

// worldCityPrior is the prior from which a national capital is a world
// city that news names without a word of where it lies ("based in
// London"): about three million people with the capital's bonus.
const worldCityPrior = 6.5

// namesakePrior is the prior under which a town named like a world city
// is a small namesake (about 10,000 people: London, California).
const namesakePrior = 4.0

// wNamesake is what a small namesake of a world city loses when nothing
// but its state or country speaks for it: no container ("London,
// Ky."), no other named place within 50 km.
const wNamesake = 2.5

// worldCity returns m's candidate that is a world city matched by its
// name, or nil.
func worldCity(m *mention) *gazetteer.Entry {
	for _, c := range m.cands {
		if c.e.FeatureCode == "PPLC" && c.e.Prior >= worldCityPrior && c.match == gazetteer.MatchName {
			return c.e
		}
	}
	return nil
}

// smallNamesake reports whether e is a small town named like the world
// city wc, with no container and (once places are placed) no named
// place near it.
func smallNamesake(e, wc, container *gazetteer.Entry, f *focus, key string, spatial bool) bool {
	if wc == nil || e == wc || e.Kind != gazetteer.KindPlace || e.Prior >= namesakePrior || container != nil {
		return false
	}
	return !spatial || f.nearKm(key, e.Lat, e.Lon) >= 50
}
