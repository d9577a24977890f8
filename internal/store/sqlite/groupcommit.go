package sqlite

import (
	"context"
	"fmt"

	"github.com/geowire/geowire/internal/store"
)

// Group commit. SQLite has one writer, and a commit costs more than the
// inserts of a document (the WAL frames of every page touched, then the
// checkpoints): one transaction per document caps ingest at about a
// thousand commits a second on any disk, and well below once the indexes
// outgrow the cache. So PutDocument calls that arrive while a transaction
// is being written wait, and the next writer takes all of them into one
// transaction (at most maxBatch), each inside a savepoint so that one
// bad document fails alone. Every call still returns only after its own
// document is committed: an acknowledged document is durable, as before.
// The writer is whichever waiting caller gets the lock first (leader and
// followers), so there is no goroutine to start or stop.

// maxBatch bounds the documents of one transaction.
const maxBatch = 64

type putReq struct {
	ctx context.Context
	d   *store.Document
	pre *prefetched

	done    bool // set by the writer, under db.batchMu
	id      string
	created bool
	err     error
}

// putQueue queues r and returns once a writer has handled it.
func (db *DB) putQueue(r *putReq) {
	db.queueMu.Lock()
	db.queue = append(db.queue, r)
	db.queueMu.Unlock()

	db.batchMu.Lock()
	defer db.batchMu.Unlock()
	for !r.done {
		db.queueMu.Lock()
		n := min(len(db.queue), maxBatch)
		batch := make([]*putReq, n)
		copy(batch, db.queue)
		db.queue = append(db.queue[:0], db.queue[n:]...)
		db.queueMu.Unlock()
		db.putBatch(batch)
	}
}

// putBatch writes the requests in one transaction, each in a savepoint.
// A request whose context is done is skipped with its error; an error in
// one rolls back only its savepoint; a failed begin or commit fails all.
func (db *DB) putBatch(batch []*putReq) {
	finish := func(err error) {
		for _, r := range batch {
			if !r.done {
				if err != nil {
					r.err, r.id, r.created = err, "", false
				}
				r.done = true
			}
		}
	}
	// The batch outlives any one caller's cancellation; each caller's own
	// context is checked before its document is written.
	ctx := context.Background()
	tx, err := db.beginWrite(ctx)
	if err != nil {
		finish(err)
		return
	}
	defer tx.Rollback()
	for _, r := range batch {
		if err := r.ctx.Err(); err != nil {
			r.err, r.done = err, true
			continue
		}
		if _, err := tx.ExecContext(ctx, `SAVEPOINT put_document`); err != nil {
			finish(err)
			return
		}
		r.id, r.created, r.err = db.putTx(ctx, tx, r.d, r.pre)
		if r.err != nil {
			r.id, r.created, r.done = "", false, true
			if _, err := tx.ExecContext(ctx, `ROLLBACK TO put_document`); err != nil {
				finish(fmt.Errorf("roll back a failed document: %w", err))
				return
			}
		}
		if _, err := tx.ExecContext(ctx, `RELEASE put_document`); err != nil {
			finish(err)
			return
		}
	}
	if err := tx.Commit(); err != nil {
		// Nothing of the batch is stored, not even the documents that
		// succeeded inside it.
		for _, r := range batch {
			r.err, r.id, r.created = err, "", false
		}
	}
	finish(nil)
}
