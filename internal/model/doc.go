// Package model holds geowire's domain types: the one vocabulary every stage,
// command, store and export speaks (see docs/DATA-MODEL.md in the shared
// folder).
//
// Conventions, everywhere in geowire:
//   - offsets are Unicode code points into a Document's clean Text, End exclusive;
//   - coordinates are WGS 84 decimal degrees, named Lat and Lon in that order
//     in Go and "lat"/"lon" in JSON (GeoJSON geometry keeps [lon, lat]);
//   - distances are kilometres, times are UTC.
//
// The package imports nothing of the project and does no I/O.
package model
