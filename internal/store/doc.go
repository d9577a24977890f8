// Package store defines geowire's durable state: the Store interface that
// every backend implements, and the types it stores. Backends live in
// subpackages named after their engine (sqlite, later postgres); the one
// conformance suite in storetest runs against each of them.
//
// In: documents (raw and clean) and sources from the pipeline. Out: the same,
// deduplicated, searchable. It never calls a pipeline stage.
package store
