package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/geowire/geowire/internal/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// migrationLock is the pg_advisory_lock key that serialises migrations
// (and the CREATE EXTENSION they run) across every process using the
// database: the first 8 bytes of "geowire!" read as an integer.
const migrationLock int64 = 0x67656f7769726521

// lockConns bounds the connections a process holds for cluster locks;
// more concurrent clusterings wait for one without holding a connection
// of the main pool.
const lockConns = 8

// DB is a store.Store on a PostgreSQL database.
type DB struct {
	pool *pgxpool.Pool
	// locks holds the connections of cluster locks (WithClusterLock).
	locks *pgxpool.Pool
	now   func() time.Time
	cands *store.CandidateCache
}

// candidateCacheSize bounds the decoded cluster candidates kept (about
// 300 bytes each).
const candidateCacheSize = 100_000

var _ store.Store = (*DB)(nil)

// Open connects to the database named by dsn (a postgres:// URL or
// key=value string, as libpq takes them) and brings its schema up to
// date. Several processes may Open the same database at once.
func Open(ctx context.Context, dsn string) (*DB, error) {
	if strings.TrimSpace(dsn) == "" {
		return nil, fmt.Errorf("postgres: open: %w: empty DSN", store.ErrInvalid)
	}
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// The parse error may quote the DSN, password included: keep only
		// that it failed.
		return nil, fmt.Errorf("postgres: open: %w: cannot parse the DSN", store.ErrInvalid)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: open %s: %w", where(cfg), err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: open %s: %w", where(cfg), err)
	}
	lcfg := cfg.Copy()
	lcfg.MaxConns = lockConns
	lcfg.MinConns = 0
	locks, err := pgxpool.NewWithConfig(ctx, lcfg)
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: open %s: %w", where(cfg), err)
	}
	db := &DB{pool: pool, locks: locks, now: time.Now, cands: store.NewCandidateCache(candidateCacheSize)}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: open %s: %w", where(cfg), err)
	}
	return db, nil
}

// where names the server and database of cfg, without credentials.
func where(cfg *pgxpool.Config) string {
	c := cfg.ConnConfig
	return c.Host + ":" + strconv.Itoa(int(c.Port)) + "/" + c.Database
}

// Close closes every connection of the pool.
func (db *DB) Close() error {
	db.locks.Close()
	db.pool.Close()
	return nil
}

// migrate applies the embedded migrations not yet in schema_migrations,
// each in its own transaction, holding the advisory lock on one
// connection so that workers starting together apply each migration once.
func (db *DB) migrate(ctx context.Context) (err error) {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, migrationLock); err != nil {
		return fmt.Errorf("migrate: lock: %w", err)
	}
	defer func() {
		// A connection that still holds the lock must not go back to the
		// pool: close it, which releases the lock.
		uctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if _, uerr := conn.Exec(uctx, `SELECT pg_advisory_unlock($1)`, migrationLock); uerr != nil {
			conn.Conn().Close(uctx)
		}
	}()
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    integer PRIMARY KEY,
		name       text NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var version int
	if err := conn.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&version); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if version > len(names) {
		return fmt.Errorf("schema version %d is newer than this geowire (%d): upgrade geowire", version, len(names))
	}
	for i := version; i < len(names); i++ {
		body, err := migrations.ReadFile(names[i])
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(names[i], "migrations/")
		err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			// The simple protocol runs a file of several statements.
			if _, err := tx.Exec(ctx, string(body), pgx.QueryExecModeSimpleProtocol); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, i+1, name)
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate %s: %w", name, err)
		}
	}
	return nil
}

// text makes s storable in a PostgreSQL text column, which holds neither
// NUL characters nor invalid UTF-8 (SQLite holds both).
func text(s string) string {
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// timestamp maps a missing or zero time to NULL.
func timestamp(t *time.Time) any {
	if t == nil || t.IsZero() {
		return nil
	}
	return t.UTC()
}

// utc returns t in UTC (pgx scans timestamptz in the local zone).
func utc(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

// isNoRows reports whether err says a query returned no row.
func isNoRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) }
