package sqlite

import (
	"context"
	"fmt"
	"time"

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
	enc *encodedDocument
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

// WriteStats describes the work of the writer since the database was
// opened: how many transactions it committed, how many documents they
// held, and how long the writer was busy writing them. Busy time close to
// the wall-clock time of an ingest means the single writer is what
// bounds it.
type WriteStats struct {
	Transactions int64
	Documents    int64
	Busy         time.Duration
}

// WriteStats returns the writer's figures so far.
func (db *DB) WriteStats() WriteStats {
	db.batchMu.Lock()
	defer db.batchMu.Unlock()
	return db.writes
}

// putBatch writes the requests in one transaction. A request whose
// context is done is skipped with its error. Documents rarely fail, so the
// batch is first written without savepoints (each costs the writer a
// statement journal of every page it touches); if one document fails, the
// whole transaction is rolled back and written again with each document
// in a savepoint (putEach), so that it fails alone.
func (db *DB) putBatch(batch []*putReq) {
	start := time.Now()
	defer func() {
		db.writes.Transactions++
		db.writes.Documents += int64(len(batch))
		db.writes.Busy += time.Since(start)
	}()
	live := make([]*putReq, 0, len(batch))
	for _, r := range batch {
		if err := r.ctx.Err(); err != nil {
			r.err, r.done = err, true
			continue
		}
		live = append(live, r)
	}
	if len(live) == 0 {
		return
	}
	if !db.putAll(live) {
		db.putEach(live)
	}
}

// putAll writes the batch in one transaction without savepoints. It
// reports false, having written nothing, if a document of a batch of
// several failed; otherwise every request is done.
func (db *DB) putAll(batch []*putReq) bool {
	// The batch outlives any one caller's cancellation (checked before).
	ctx := context.Background()
	tx, err := db.beginWrite(ctx)
	if err != nil {
		finishAll(batch, err)
		return true
	}
	defer tx.Rollback()
	mem := db.mem.begin(ctx, tx, db.now())
	created := 0
	for _, r := range batch {
		r.id, r.created, r.err = db.putTx(ctx, tx, r.d, r.enc, r.pre, mem)
		if r.err != nil {
			if len(batch) > 1 {
				return false
			}
			r.id, r.created, r.done = "", false, true
			return true
		}
		if r.created {
			created++
		}
	}
	now := time.Now()
	indexed := db.fts.due(created, now)
	if indexed {
		if err := indexPendingTx(ctx, tx); err != nil {
			finishAll(batch, err)
			return true
		}
	}
	if err := tx.Commit(); err != nil {
		// Nothing of the batch is stored.
		finishAll(batch, err)
		return true
	}
	if mem != nil {
		mem.commit()
	}
	if indexed {
		db.fts.indexed()
	} else {
		db.fts.queued(created, now)
	}
	finishAll(batch, nil)
	return true
}

// putEach writes the batch in one transaction, each document in a
// savepoint: an error in one rolls back only its savepoint; a failed
// begin or commit fails all.
func (db *DB) putEach(batch []*putReq) {
	ctx := context.Background()
	// Savepoints undo some documents' events: the cluster candidates in
	// memory are loaded again rather than followed.
	db.mem.invalidate()
	defer db.mem.invalidate()
	tx, err := db.beginWrite(ctx)
	if err != nil {
		finishAll(batch, err)
		return
	}
	defer tx.Rollback()
	for _, r := range batch {
		if _, err := tx.ExecContext(ctx, `SAVEPOINT put_document`); err != nil {
			finishAll(batch, err)
			return
		}
		r.id, r.created, r.err = db.putTx(ctx, tx, r.d, r.enc, r.pre, nil)
		if r.err != nil {
			r.id, r.created, r.done = "", false, true
			if _, err := tx.ExecContext(ctx, `ROLLBACK TO put_document`); err != nil {
				finishAll(batch, fmt.Errorf("roll back a failed document: %w", err))
				return
			}
		}
		if _, err := tx.ExecContext(ctx, `RELEASE put_document`); err != nil {
			finishAll(batch, err)
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
	created := 0
	for _, r := range batch {
		if r.err == nil && r.created {
			created++
		}
	}
	db.fts.queued(created, time.Now())
	finishAll(batch, nil)
}

// finishAll marks every request not yet done as done, failed with err if
// err is not nil.
func finishAll(batch []*putReq, err error) {
	for _, r := range batch {
		if !r.done {
			if err != nil {
				r.err, r.id, r.created = err, "", false
			}
			r.done = true
		}
	}
}
