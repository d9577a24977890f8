// Package api is geowire's HTTP interface: a versioned JSON API under
// /api/v1 (events with filters, keyset pagination and exports; one event
// with its evidence, claims and cluster; documents with their
// annotations; places; sources; health), the OpenAPI document describing
// it, and the embedded map UI at /.
//
// In: HTTP requests and a store.Store. Out: JSON, GeoJSON, CSV and JSONL.
// It never runs a pipeline stage and never builds SQL: filters go to the
// store as typed values. Reads are open; writes need the bearer token.
//
// Event pages are the hot path: with a store.RawEventQuerier the page is
// spliced from each event's stored JSON (no decode, no re-encode), and
// with a store.ChangeCounter pages are cached by query until the store's
// next write (Options.CacheBytes), which also makes ETag revalidation and
// gzip nearly free for polling clients.
package api
