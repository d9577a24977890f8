package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/geowire/geowire/internal/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a store.Store on one SQLite file.
type DB struct {
	path  string
	write *sql.DB // one connection: SQLite has one writer
	read  *sql.DB
	now   func() time.Time

	stmtMu   sync.Mutex
	stmts    map[string]*sql.Stmt // see queryRead
	wstmts   map[string]*sql.Stmt // see txExec
	wpending []string             // write statements to prepare (beginWrite)

	gen  generation   // see Generation
	ckpt checkpointer // see checkpoint.go
	fts  ftsIndexer   // see fts.go

	cands *store.CandidateCache // see ClusterCandidates
	mem   *memCands             // the writer's cluster candidates (memcands.go)

	// Group commit of PutDocument (groupcommit.go): queue holds the
	// waiting requests; batchMu is held by the writer of a batch.
	queueMu sync.Mutex
	queue   []*putReq
	batchMu sync.Mutex
	writes  WriteStats // under batchMu
}

// candidateCacheSize bounds the decoded cluster candidates kept (about
// 300 bytes each).
const candidateCacheSize = 100_000

var _ store.Store = (*DB)(nil)

// Open opens (creating if needed) the database at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, fmt.Errorf("sqlite: open: %w: empty path", store.ErrInvalid)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
		}
	}
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "foreign_keys(1)", "busy_timeout(10000)", "synchronous(NORMAL)"} {
		q.Add("_pragma", p)
	}
	dsn := "file:" + path + "?" + q.Encode()
	// The writer keeps 32 MiB of pages (SQLite's default is 2 MiB): it
	// also reads, inside its transactions, the cluster candidates of every
	// new document (Document.Assign), and its cache, unlike a reader's,
	// survives the commits. Readers start each transaction with a cold
	// cache anyway once anything was written, so they keep the default.
	// Its statement journals (one per document's savepoint in a group
	// commit) stay in memory: SQLite's default spills any journal over
	// 64 KiB to a temporary file, created and deleted for every document.
	// Checkpoints are left to a goroutine of their own (checkpoint.go).
	wdsn := dsn + "&" + url.Values{"_pragma": {"cache_size(-32768)", "temp_store(MEMORY)",
		fmt.Sprintf("wal_autocheckpoint(%d)", writerAutoCheckpoint)}}.Encode()
	w, err := sql.Open("sqlite", wdsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	r, err := sql.Open("sqlite", dsn+"&mode=ro")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	// Readers: the API's queries, and each document being stored reads its
	// cluster candidates ahead (prefetch.go), as many at once as the
	// pipeline has workers (4 per core).
	readers := max(4, 4*runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(readers)
	// Keep every read connection: opening one (pragmas, WAL) costs far more
	// than a query, and database/sql keeps only 2 idle by default.
	r.SetMaxIdleConns(readers)
	r.SetConnMaxIdleTime(0)
	db := &DB{path: path, write: w, read: r, now: time.Now, cands: store.NewCandidateCache(candidateCacheSize), mem: newMemCands(), stmts: map[string]*sql.Stmt{}, wstmts: map[string]*sql.Stmt{}}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := db.gen.open(dsn + "&mode=ro"); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if err := db.ckpt.start(dsn); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	var queued int
	if err := db.write.QueryRowContext(ctx, `SELECT count(*) FROM fts_pending`).Scan(&queued); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	db.fts.queued(queued, time.Now())
	db.startFTS()
	return db, nil
}

// Close closes the database.
func (db *DB) Close() error {
	// What is still queued for the full-text index is indexed first (a
	// failure leaves it queued for the next Open).
	errs := []error{db.closeFTS()}
	db.stmtMu.Lock()
	for _, m := range []map[string]*sql.Stmt{db.stmts, db.wstmts} {
		for q, st := range m {
			errs = append(errs, st.Close())
			delete(m, q)
		}
	}
	db.stmtMu.Unlock()
	return errors.Join(append(errs, db.ckpt.close(), db.gen.close(), db.read.Close(), db.write.Close())...)
}

// maxStmts bounds the prepared read statements kept: one per distinct SQL
// text (the event filters make a few dozen shapes in practice).
const maxStmts = 256

// queryRead runs a read query through a statement prepared once per SQL
// text and kept for the life of the DB (database/sql prepares it again on
// each pooled connection the first time it runs there, then reuses it).
// Parsing and planning a query costs about as much as running a small one.
// Past maxStmts distinct texts it runs unprepared.
func (db *DB) queryRead(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := db.readStmt(ctx, q)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return db.read.QueryContext(ctx, q, args...)
	}
	return st.QueryContext(ctx, args...)
}

// preparedRead returns the read pool's prepared statement of q if it has
// one, without preparing it.
func (db *DB) preparedRead(q string) *sql.Stmt {
	db.stmtMu.Lock()
	defer db.stmtMu.Unlock()
	return db.stmts[q]
}

// readStmt returns the read pool's prepared statement of q, preparing it
// the first time; nil past maxStmts texts.
func (db *DB) readStmt(ctx context.Context, q string) (*sql.Stmt, error) {
	db.stmtMu.Lock()
	st := db.stmts[q]
	full := len(db.stmts) >= maxStmts
	db.stmtMu.Unlock()
	if st == nil && !full {
		prepared, err := db.read.PrepareContext(ctx, q)
		if err != nil {
			return nil, err
		}
		db.stmtMu.Lock()
		if st = db.stmts[q]; st == nil && len(db.stmts) < maxStmts {
			db.stmts[q], st = prepared, prepared
		} else {
			prepared.Close()
		}
		db.stmtMu.Unlock()
	}
	return st, nil
}

// migrate applies the embedded migrations newer than PRAGMA user_version,
// each in its own transaction.
func (db *DB) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	var version int
	if err := db.write.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("sqlite: open %s: %w", db.path, err)
	}
	if version > len(names) {
		return fmt.Errorf("sqlite: %s has schema version %d, newer than this geowire (%d): upgrade geowire", db.path, version, len(names))
	}
	for i := version; i < len(names); i++ {
		body, err := migrations.ReadFile(names[i])
		if err != nil {
			return err
		}
		tx, err := db.write.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("sqlite: migrate: %w", err)
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: migrate %s: %w", names[i], err)
		}

		// PRAGMA takes no parameters; i+1 is our own integer.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: migrate %s: %w", names[i], err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("sqlite: migrate %s: %w", names[i], err)
		}
	}
	return nil
}

func timeText(t *time.Time) any {
	if t == nil || t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func parseTime(s sql.NullString) (*time.Time, error) {
	if !s.Valid || s.String == "" {
		return nil, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s.String)
	if err != nil {
		return nil, fmt.Errorf("sqlite: bad time %q: %w", s.String, err)
	}
	return &t, nil
}

// ftsQuery turns free text into an FTS5 query of quoted terms (AND), so
// that user input can never be FTS syntax.
func ftsQuery(q string) string {
	var terms []string
	for _, f := range strings.Fields(q) {
		f = strings.ReplaceAll(f, `"`, `""`)
		terms = append(terms, `"`+f+`"`)
	}
	return strings.Join(terms, " ")
}
