package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sync"

	"github.com/geowire/geowire/internal/store"
)

// Cluster candidates read ahead. Document.Assign must run inside the
// write transaction, where it sees every event stored before it, also in
// the same batch; but the writer is the one serial part of ingest, and
// reading the candidates was its largest share. So PutDocument first runs
// Assign once outside, in the caller's goroutine, on a read transaction,
// only to record the candidate lists it asks for and the newest event
// row at that moment; inside the writer the same lists come from that
// record plus the events stored after that row (a short rowid range), and
// Assign decides on those. Events deleted in between (a re-analysis) may
// still be offered; their cluster only loses a member.

// readAheadBacklog is the number of documents waiting for the writer from
// which reading ahead pays. Reading ahead costs more CPU in all than the
// writer reading the same rows itself (a reader's page cache starts cold
// after every commit, the writer's stays warm), so it is worth it only
// when the writer, not the CPU, is what documents wait for: when
// documents queue up for it.
const readAheadBacklog = 2

// writerBacklogged reports whether readAheadBacklog documents or more wait
// for the writer.
func (db *DB) writerBacklogged() bool {
	db.queueMu.Lock()
	defer db.queueMu.Unlock()
	return len(db.queue) >= readAheadBacklog
}

type prefetched struct {
	maxRowid int64
	mu       sync.Mutex
	results  map[string][]store.Candidate
}

// prefetch records the candidate lists d.Assign asks for, as committed now.
func (db *DB) prefetch(ctx context.Context, d *store.Document) (*prefetched, error) {
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("read ahead: %w", err)
	}
	// A statement not yet prepared is prepared after the transaction: the
	// pool's connection is free then. Preparing it through the pool while
	// holding one would deadlock once every reader holds one and waits.
	var unprepared []string
	defer func() {
		tx.Rollback()
		for _, q := range unprepared {
			db.readStmt(ctx, q)
		}
	}()
	var maxRowid sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT max(rowid) FROM events`).Scan(&maxRowid); err != nil {
		return nil, fmt.Errorf("read ahead: %w", err)
	}
	pre := &prefetched{maxRowid: max(maxRowid.Int64, 0), results: map[string][]store.Candidate{}}
	inTx := func(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
		st := db.preparedRead(q)
		if st == nil {
			unprepared = append(unprepared, q)
			return tx.QueryContext(ctx, q, args...)
		}
		// Prepared on the transaction's own connection if need be.
		return tx.StmtContext(ctx, st).QueryContext(ctx, args...)
	}
	record := func(ctx context.Context, f store.EventFilter) ([]store.Candidate, error) {
		got, err := db.candidates(ctx, f, 0, inTx)
		if err != nil {
			return nil, err
		}
		pre.mu.Lock()
		pre.results[filterKey(f)] = got
		pre.mu.Unlock()
		// This run of Assign only records what it asks for, and which
		// lists it asks for depends on the document's events alone: an
		// empty answer spares it the matching, done for real in the writer.
		return nil, nil
	}
	if _, err := d.Assign(ctx, record); err != nil {
		return nil, fmt.Errorf("read ahead: %w", err)
	}
	return pre, nil
}

// lookup returns the recorded candidates of f, if f was asked for.
func (p *prefetched) lookup(f store.EventFilter) ([]store.Candidate, bool) {
	if p == nil || p.maxRowid <= 0 {
		return nil, false // nothing stored yet: the full query is as cheap
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	got, ok := p.results[filterKey(f)]
	return got, ok
}

// filterKey names the fields of a candidate filter.
func filterKey(f store.EventFilter) string {
	var b [4]float64
	if f.BBox != nil {
		b = *f.BBox
	}
	return fmt.Sprintf("%v|%t|%s|%s|%q|%d", b, f.BBox != nil, f.From, f.To, f.Types, f.Limit)
}

// mergeCandidates joins the candidates read ahead with those stored since
// (which win for an event in both), in query order, cut to limit.
func mergeCandidates(before, since []store.Candidate, limit int) []store.Candidate {
	if limit <= 0 {
		limit = 200
	}
	if len(since) == 0 {
		return before
	}
	seen := make(map[string]bool, len(since))
	out := make([]store.Candidate, 0, len(before)+len(since))
	for _, c := range since {
		seen[c.Event.ID] = true
		out = append(out, c)
	}
	for _, c := range before {
		if !seen[c.Event.ID] {
			out = append(out, c)
		}
	}
	sortCandidates(out)
	return out[:min(len(out), limit)]
}
