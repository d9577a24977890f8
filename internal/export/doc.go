// Package export writes events as GeoJSON (RFC 7946), ACLED-compatible
// CSV and JSONL, streaming: it reads events one at a time from an
// iterator (store.Events) and writes each before reading the next, so
// memory stays constant however many events there are.
//
// In: an iterator of store.EventRow. Out: bytes on an io.Writer. It never
// queries the store itself.
package export
