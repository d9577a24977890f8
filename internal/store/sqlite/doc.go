// Package sqlite is the embedded default store.Store: one SQLite file
// (pure Go, modernc.org/sqlite), WAL journal, foreign keys on, ordered
// migrations embedded from migrations/*.sql and tracked in PRAGMA
// user_version. Writes go through a single connection; reads use a pool.
//
// Ingest is bounded by that one writer, so everything that need not run
// in it runs elsewhere: documents are encoded to JSON by their callers
// (PutDocument), concurrent PutDocuments share a transaction (group
// commit, groupcommit.go) written without savepoints unless a document
// fails, cluster candidates are read ahead on a reader while documents
// queue for the writer (prefetch.go), statement journals stay in memory,
// and WAL checkpoints run on a connection of their own (checkpoint.go).
// WriteStats tells how busy the writer was.
package sqlite
