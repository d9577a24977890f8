// Package sqlite is the embedded default store.Store: one SQLite file
// (pure Go, modernc.org/sqlite), WAL journal, foreign keys on, ordered
// migrations embedded from migrations/*.sql and tracked in PRAGMA
// user_version. Writes go through a single connection; reads use a pool.
package sqlite
