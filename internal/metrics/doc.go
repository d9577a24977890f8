// Package metrics defines geowire's Prometheus metrics, all named
// geowire_…, on a registry of their own (no global state): fetches, errors
// by kind, stage latencies, queue depth, documents and events stored.
package metrics
