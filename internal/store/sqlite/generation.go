package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sync"

	"github.com/geowire/geowire/internal/store"
)

var _ store.ChangeCounter = (*DB)(nil)

// Generation implements store.ChangeCounter with SQLite's PRAGMA
// data_version, read on one connection kept for the purpose: its value
// changes when any other connection — this process's writer, or another
// process such as `geowire ingest` — has committed since the last read.
// No write method has to remember to bump a counter.
func (db *DB) Generation(ctx context.Context) (uint64, error) {
	return db.gen.get(ctx)
}

// generation turns data_version, which is only comparable on one
// connection, into a counter that only grows: it moves on when the value
// changes or when the connection had to be replaced (its values restart).
type generation struct {
	mu      sync.Mutex
	db      *sql.DB
	conn    *sql.Conn
	stmt    *sql.Stmt
	version int64  // last data_version seen on conn
	n       uint64 // the generation
}

func (g *generation) open(dsn string) error {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return err
	}
	db.SetMaxOpenConns(1)
	g.db = db
	return nil
}

func (g *generation) close() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.reset()
	if g.db == nil {
		return nil
	}
	return g.db.Close()
}

// reset drops the connection; the next get opens another.
func (g *generation) reset() {
	if g.stmt != nil {
		g.stmt.Close()
		g.stmt = nil
	}
	if g.conn != nil {
		g.conn.Close()
		g.conn = nil
	}
}

func (g *generation) get(ctx context.Context) (uint64, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.db == nil {
		return 0, fmt.Errorf("sqlite: generation: closed")
	}
	if g.conn == nil {
		conn, err := g.db.Conn(ctx)
		if err != nil {
			return 0, fmt.Errorf("sqlite: generation: %w", err)
		}
		stmt, err := conn.PrepareContext(ctx, "PRAGMA data_version")
		if err != nil {
			conn.Close()
			return 0, fmt.Errorf("sqlite: generation: %w", err)
		}
		g.conn, g.stmt = conn, stmt
		g.n++ // a new connection's values are not comparable to the old one's
		g.version = -1
	}
	var v int64
	if err := g.stmt.QueryRowContext(ctx).Scan(&v); err != nil {
		g.reset()
		return 0, fmt.Errorf("sqlite: generation: %w", err)
	}
	if v != g.version {
		if g.version != -1 {
			g.n++
		}
		g.version = v
	}
	return g.n, nil
}
