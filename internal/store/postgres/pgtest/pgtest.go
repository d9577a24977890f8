// Package pgtest gives tests a PostgreSQL database of their own: a fresh
// schema in the server named by GEOWIRE_TEST_PG, dropped when the test
// ends, so that tests do not see each other's rows and can run in
// parallel. Without GEOWIRE_TEST_PG the test is skipped.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Env names the variable holding the test server's DSN, such as
// postgres://postgres@127.0.0.1:5432/test?sslmode=disable.
const Env = "GEOWIRE_TEST_PG"

// DSN creates a schema named t_<random> and returns a DSN whose
// search_path is that schema, then public (where the PostGIS and unaccent
// extensions live). The schema is dropped, with everything in it, in
// tb.Cleanup. It skips tb when GEOWIRE_TEST_PG is unset.
func DSN(tb testing.TB) string {
	tb.Helper()
	base := Require(tb)
	var b [6]byte
	rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	exec(tb, base, "CREATE SCHEMA "+schema)
	tb.Cleanup(func() { exec(tb, base, "DROP SCHEMA IF EXISTS "+schema+" CASCADE") })
	return WithSearchPath(base, schema+",public")
}

// Require returns the test server's DSN, or skips tb, saying why, when
// GEOWIRE_TEST_PG is unset.
func Require(tb testing.TB) string {
	tb.Helper()
	dsn := os.Getenv(Env)
	if dsn == "" {
		tb.Skipf("%s is not set: no PostgreSQL server to test against (e.g. %s=postgres://postgres@127.0.0.1:5432/test?sslmode=disable)", Env, Env)
	}
	return dsn
}

// WithSearchPath returns dsn with its search_path run-time parameter set
// to path, in the URL or the key=value form.
func WithSearchPath(dsn, path string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		if u, err := url.Parse(dsn); err == nil {
			q := u.Query()
			q.Set("search_path", path)
			u.RawQuery = q.Encode()
			return u.String()
		}
	}
	return dsn + " search_path='" + path + "'"
}

func exec(tb testing.TB, dsn, sql string) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		tb.Fatalf("pgtest: connect to %s: %v", Env, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		tb.Fatalf("pgtest: %s: %v", sql, err)
	}
}
