package postgres

import (
	"context"
	"fmt"

	"github.com/geowire/geowire/internal/store"
)

var _ store.ChangeCounter = (*DB)(nil)

// Generation implements store.ChangeCounter with the server's write-ahead
// log position: every commit, by any process, writes a commit record and
// moves it on before the commit returns, so a write that has returned
// shows in a later call, and two equal values mean nothing was committed
// in between. On a streaming replica it is the replayed position, which
// moves when the replica sees the primary's commits. The position also
// moves for writes geowire did not make (other databases on the server,
// vacuum): those only cost a cache a refill.
func (db *DB) Generation(ctx context.Context) (uint64, error) {
	var n uint64
	err := db.pool.QueryRow(ctx, `SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_insert_lsn() END - '0/0'::pg_lsn)::bigint`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("postgres: generation: %w", err)
	}
	return n, nil
}
