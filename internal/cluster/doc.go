// Package cluster recognises repeated reporting: near-duplicate documents
// (one story syndicated to several sites with small edits) and reports of
// one real-world event by different sources.
//
// What comes in and what goes out:
//   - Signature turns a document's clean text into a Sig, a 128-value
//     MinHash over 5-word shingles; Similarity estimates the Jaccard
//     similarity of two texts' shingle sets from their Sigs. Sigs persist
//     with MarshalBinary (520 bytes) and come back with UnmarshalBinary.
//   - Index holds Sigs in memory with LSH banding and answers "which
//     documents are near-duplicates of this one" (Near) without comparing
//     against every Sig. A pair with Similarity ≥ DuplicateThreshold is one
//     story (see threshold.go for how the threshold was chosen).
//   - Match decides whether an event reports the same real-world event as
//     one of a list of candidate events (type, place, date, actors,
//     fatalities) and says why, with a score from 0 to 1. Window says which
//     stored events are worth offering as candidates (a bounding box and a
//     date range for store.EventFilter); ClusterID names a new cluster.
//
// Units and conventions are the model package's: coordinates are WGS 84
// degrees (lat, lon; a bounding box is [minLon, minLat, maxLon, maxLat] as
// in store.EventFilter), distances km, dates YYYY-MM-DD.
//
// What it never does: it does no I/O, never calls the store or another
// stage, and keeps no state beyond an Index the caller owns. The pipeline
// fetches candidates, stores signatures and cluster ids, and decides when
// to rebuild an Index.
package cluster
