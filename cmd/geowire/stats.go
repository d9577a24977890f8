package main

import (
	"context"
	"encoding/json"
	"fmt"
)

func init() {
	register(command{name: "stats", summary: "count what the database holds (JSON)", run: runStats})
}

func runStats(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "stats", "[--db PATH | --postgres DSN]", "Prints the counts of documents, events, places, sources and clusters as JSON.")
	dbPath := fs.String("db", defaultDB(e), "SQLite database `PATH`")
	pgDSN := postgresFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, pos[0])
	}
	db, err := openExistingStore(ctx, e, fs, *dbPath, *pgDSN, "")
	if err != nil {
		return err
	}
	defer db.Close()
	s, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(s)
}
