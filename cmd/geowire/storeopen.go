package main

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"

	"github.com/geowire/geowire/internal/config"
	"github.com/geowire/geowire/internal/store"
	"github.com/geowire/geowire/internal/store/postgres"
	"github.com/geowire/geowire/internal/store/sqlite"
)

// postgresEnv names the variable that points the store commands at a
// PostgreSQL database when neither --postgres nor --db is given.
const postgresEnv = config.EnvPostgres

// postgresFlag adds --postgres to fs.
func postgresFlag(fs *flag.FlagSet) *string {
	return fs.String("postgres", "", "PostgreSQL/PostGIS `DSN` (postgres://user@host/db) to use instead of the SQLite --db (default $"+postgresEnv+")")
}

// postgresDSN is the DSN the command opens, "" for SQLite: --postgres, else
// $GEOWIRE_POSTGRES unless --db was given. Both flags at once is a usage
// error.
func postgresDSN(e *env, fs *flag.FlagSet, flagDSN string) (string, error) {
	dbSet := false
	fs.Visit(func(f *flag.Flag) { dbSet = dbSet || f.Name == "db" })
	switch {
	case flagDSN != "" && dbSet:
		return "", fmt.Errorf("%w: --db and --postgres exclude each other", errUsage)
	case flagDSN != "":
		return flagDSN, nil
	case dbSet:
		return "", nil
	}
	return e.cfg.PostgresDSN, nil
}

// openStore opens the PostgreSQL database dsn, or, when dsn is empty, the
// SQLite database at dbPath.
func openStore(ctx context.Context, e *env, dbPath, dsn string) (store.Store, error) {
	if dsn != "" {
		e.log.Debug("store", "backend", "postgres", "database", storeLocation(dbPath, dsn))
		return postgres.Open(ctx, dsn)
	}
	e.log.Debug("store", "backend", "sqlite", "database", dbPath)
	return sqlite.Open(ctx, dbPath)
}

// storeLocation names the database for messages: the SQLite path, or the
// PostgreSQL DSN without its password.
func storeLocation(dbPath, dsn string) string {
	if dsn == "" {
		return dbPath
	}
	if u, err := url.Parse(dsn); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		return u.Redacted()
	}
	return "PostgreSQL (" + postgresEnv + " or --postgres)"
}

// openExistingStore opens the store a reading command names with --db or
// --postgres: a SQLite file that is missing is an error (reading commands
// never create one), with hint appended to the message.
func openExistingStore(ctx context.Context, e *env, fs *flag.FlagSet, dbPath, flagDSN, hint string) (store.Store, error) {
	dsn, err := postgresDSN(e, fs, flagDSN)
	if err != nil {
		return nil, err
	}
	if dsn == "" {
		if _, err := os.Stat(dbPath); err != nil {
			return nil, fmt.Errorf("no database at %s%s: %w", dbPath, hint, err)
		}
	}
	return openStore(ctx, e, dbPath, dsn)
}
