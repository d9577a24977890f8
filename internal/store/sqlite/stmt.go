package sqlite

import (
	"context"
	"database/sql"
)

// Write statements are prepared once per SQL text and reused: parsing a
// statement costs about as much as inserting a small row, and the ingest
// path runs the same few statements for every document. The write pool has
// a single connection, which an open transaction holds, so a statement
// cannot be prepared from inside one: txExec runs an unknown statement
// unprepared and queues it, and beginWrite prepares the queue before it
// starts the next transaction. Past maxStmts distinct texts nothing more
// is prepared.

// beginWrite prepares the queued write statements, then begins a write
// transaction.
func (db *DB) beginWrite(ctx context.Context) (*sql.Tx, error) {
	db.stmtMu.Lock()
	pending := db.wpending
	db.wpending = nil
	db.stmtMu.Unlock()
	for _, q := range pending {
		st, err := db.write.PrepareContext(ctx, q)
		if err != nil {
			continue // it still runs, unprepared
		}
		db.stmtMu.Lock()
		if db.wstmts[q] == nil && len(db.wstmts) < maxStmts {
			db.wstmts[q] = st
		} else {
			st.Close()
		}
		db.stmtMu.Unlock()
	}
	return db.write.BeginTx(ctx, nil)
}

// txExec runs q inside tx, through its prepared statement once there is one.
func (db *DB) txExec(ctx context.Context, tx *sql.Tx, q string, args ...any) (sql.Result, error) {
	if st := db.txStmt(q); st != nil {
		return tx.StmtContext(ctx, st).ExecContext(ctx, args...)
	}
	return tx.ExecContext(ctx, q, args...)
}

// txQuery runs the query q inside tx, prepared as txExec prepares.
func (db *DB) txQuery(ctx context.Context, tx *sql.Tx, q string, args ...any) (*sql.Rows, error) {
	if st := db.txStmt(q); st != nil {
		return tx.StmtContext(ctx, st).QueryContext(ctx, args...)
	}
	return tx.QueryContext(ctx, q, args...)
}

// txStmt returns the write connection's prepared statement of q, or nil
// after queueing q to be prepared before the next transaction.
func (db *DB) txStmt(q string) *sql.Stmt {
	db.stmtMu.Lock()
	defer db.stmtMu.Unlock()
	st := db.wstmts[q]
	if st == nil && len(db.wstmts)+len(db.wpending) < maxStmts && !contains(db.wpending, q) {
		db.wpending = append(db.wpending, q)
	}
	return st
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
