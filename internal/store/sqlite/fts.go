package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// Full-text indexing in bulk (migration 0007): new documents queue their
// rowid in fts_pending and the writer indexes the queue in one statement
// (one FTS5 segment) when ftsBatch documents wait, when the oldest has
// waited ftsMaxLag (a batch past it, or the ticker of ftsIndexer when no
// batch comes), before any full-text query, and at Close. Its times are
// the wall clock's (time.Now), not DB.now.

const (
	ftsBatch  = 512
	ftsMaxLag = time.Second
)

type ftsIndexer struct {
	pending atomic.Int64 // documents queued by this process, not yet indexed
	oldest  atomic.Int64 // unix nanoseconds when the first of them was queued (0: none)
	stop    chan struct{}
	done    chan struct{}
	once    sync.Once
}

// queued records n documents queued in fts_pending by a commit at now.
func (f *ftsIndexer) queued(n int, now time.Time) {
	if n <= 0 {
		return
	}
	f.oldest.CompareAndSwap(0, now.UnixNano())
	f.pending.Add(int64(n))
}

// due reports whether a batch committing at now, adding n documents,
// should index the queue.
func (f *ftsIndexer) due(n int, now time.Time) bool {
	p := f.pending.Load() + int64(n)
	if p == 0 {
		return false
	}
	if p >= ftsBatch {
		return true
	}
	o := f.oldest.Load()
	return o != 0 && now.Sub(time.Unix(0, o)) >= ftsMaxLag
}

// indexed records that the queue was emptied by a commit.
func (f *ftsIndexer) indexed() {
	f.pending.Store(0)
	f.oldest.Store(0)
}

// indexPendingTx indexes every queued document inside tx (the writer's)
// and empties the queue.
func indexPendingTx(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO documents_fts (rowid, title, text)
		SELECT d.rowid, d.title, d.text FROM fts_pending p JOIN documents d ON d.rowid = p.doc ORDER BY p.doc`); err != nil {
		return fmt.Errorf("full-text index: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM fts_pending`); err != nil {
		return fmt.Errorf("full-text index: %w", err)
	}
	return nil
}

// flushFTS indexes the queued documents in a transaction of its own, if
// any are queued (by this process or, when check is set, by another).
func (db *DB) flushFTS(ctx context.Context, check bool) error {
	if db.fts.pending.Load() == 0 {
		if !check {
			return nil
		}
		var queued bool
		if err := db.read.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM fts_pending)`).Scan(&queued); err != nil {
			return fmt.Errorf("full-text index: %w", err)
		}
		if !queued {
			return nil
		}
	}
	db.batchMu.Lock()
	defer db.batchMu.Unlock()
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return fmt.Errorf("full-text index: %w", err)
	}
	defer tx.Rollback()
	if err := indexPendingTx(ctx, tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("full-text index: %w", err)
	}
	db.fts.indexed()
	return nil
}

// searchable makes every stored document searchable before a full-text
// query. A failure (a read-only file, say) leaves the query to run on
// the index as it is.
func (db *DB) searchable(ctx context.Context) {
	if err := db.flushFTS(ctx, true); err != nil && ctx.Err() == nil {
		slog.Warn("full-text index not brought up to date before a search", "db", db.path, "err", err)
	}
}

// startFTS starts the ticker that indexes the queue when no batch comes
// to do it.
func (db *DB) startFTS() {
	db.fts.stop, db.fts.done = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(db.fts.done)
		t := time.NewTicker(ftsMaxLag)
		defer t.Stop()
		for {
			select {
			case <-db.fts.stop:
				return
			case now := <-t.C:
				if !db.fts.due(0, now) {
					continue
				}
				if err := db.flushFTS(context.Background(), false); err != nil {
					slog.Warn("full-text indexing failed; retrying", "db", db.path, "err", err)
				}
			}
		}
	}()
}

// closeFTS stops the ticker and indexes what is still queued.
func (db *DB) closeFTS() error {
	var err error
	db.fts.once.Do(func() {
		if db.fts.stop != nil {
			close(db.fts.stop)
			<-db.fts.done
		}
		err = db.flushFTS(context.Background(), false)
	})
	return err
}
