// Package storetest is the conformance suite every store.Store backend
// runs: the same behaviour, proven the same way, for SQLite and PostgreSQL.
package storetest
