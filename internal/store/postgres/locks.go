package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/geowire/geowire/internal/store"
)

// clusterLockClass is the first key of the two-key advisory locks that
// serialise clustering by area ("gw" and 1); the migration lock's
// 64-bit key has a different high half, so the two never collide.
const clusterLockClass int32 = 0x67770001

var _ store.ClusterLocker = (*DB)(nil)

// WithClusterLock implements store.ClusterLocker with transaction-level
// advisory locks, taken in sorted order (so two holders of overlapping
// areas cannot deadlock) on a connection of a pool of their own: a
// goroutine waiting for a lock holds no connection that fn's queries,
// or another holder's, need.
func (db *DB) WithClusterLock(ctx context.Context, keys []int32, fn func(context.Context) error) error {
	keys = slices.Clone(keys)
	slices.Sort(keys)
	keys = slices.Compact(keys)
	if len(keys) == 0 {
		return fn(ctx)
	}
	conn, err := db.locks.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("postgres: cluster lock: %w", err)
	}
	defer conn.Release()
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("postgres: cluster lock: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx)) // ends the transaction, which releases the locks
	if err := lockAreas(ctx, tx, keys); err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	if err := fn(ctx); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil && !errors.Is(err, pgx.ErrTxClosed) {
		return fmt.Errorf("postgres: cluster unlock: %w", err)
	}
	return nil
}

// lockAreas takes the transaction-level advisory locks of the area keys,
// in sorted order, so that two transactions locking overlapping areas
// cannot deadlock.
func lockAreas(ctx context.Context, tx pgx.Tx, keys []int32) error {
	keys = slices.Clone(keys)
	slices.Sort(keys)
	for _, k := range slices.Compact(keys) {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, $2)`, clusterLockClass, k); err != nil {
			return fmt.Errorf("cluster lock %d: %w", k, err)
		}
	}
	return nil
}
