package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/geowire/geowire/internal/ingest"
	"github.com/geowire/geowire/internal/store"
)

func init() {
	register(command{name: "sources", summary: "add, list or remove the sources `geowire run` watches", run: runSources})
}

const sourcesAbout = `
Manages the sources stored in the database, which 'geowire run' watches:
  geowire sources add [--db PATH] [--name NAME] SPEC...   SPEC as for 'geowire ingest'
  geowire sources list [--db PATH] [--json]
  geowire sources remove [--db PATH] ID...`

func runSources(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintf(e.stderr, "Usage: geowire sources add|list|remove [flags] [args]\n%s\n", sourcesAbout)
		if len(args) == 0 {
			return fmt.Errorf("%w: missing subcommand", errUsage)
		}
		return nil
	}
	sub, args := args[0], args[1:]
	fs := newFlags(e, "sources "+sub, "[--db PATH | --postgres DSN] ...", sourcesAbout)
	dbPath := fs.String("db", defaultDB(e), "SQLite database `PATH`")
	pgDSN := postgresFlag(fs)
	name := fs.String("name", "", "add: a name for the source (default: the feed title or host)")
	asJSON := fs.Bool("json", false, "list: print JSON")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch sub {
	case "add", "remove":
		if len(pos) == 0 {
			return fmt.Errorf("%w: sources %s needs at least one argument", errUsage, sub)
		}
	case "list":
		if len(pos) > 0 {
			return fmt.Errorf("%w: sources list takes no arguments", errUsage)
		}
	default:
		return fmt.Errorf("%w: unknown subcommand %q (add, list, remove)", errUsage, sub)
	}
	// Validate everything before opening (and perhaps creating) the database.
	var specs []ingest.Source
	var ids []int64
	for _, a := range pos {
		if sub == "add" {
			s, err := ingest.ParseSource(a)
			if err != nil {
				return fmt.Errorf("%w: %v", errUsage, err)
			}
			specs = append(specs, s)
		} else if sub == "remove" {
			id, err := strconv.ParseInt(a, 10, 64)
			if err != nil || id <= 0 {
				return fmt.Errorf("%w: %q is not a source id (see 'geowire sources list')", errUsage, a)
			}
			ids = append(ids, id)
		}
	}
	dsn, err := postgresDSN(e, fs, *pgDSN)
	if err != nil {
		return err
	}
	db, err := openStore(ctx, e, *dbPath, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	switch sub {
	case "add":
		for _, s := range specs {
			got, err := db.AddSource(ctx, store.Source{Kind: string(s.Kind), Location: s.Location, Title: *name})
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "%d\t%s\t%s\n", got.ID, got.Kind, got.Location)
		}
	case "remove":
		for _, id := range ids {
			if err := db.RemoveSource(ctx, id); err != nil {
				return err
			}
		}
	case "list":
		list, err := db.ListSources(ctx)
		if err != nil {
			return err
		}
		if *asJSON {
			if list == nil {
				list = []store.Source{}
			}
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(list)
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tKIND\tLOCATION\tNAME\tADDED")
		for _, s := range list {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", s.ID, s.Kind, s.Location, s.Title, s.AddedAt.Format("2006-01-02 15:04"))
		}
		return tw.Flush()
	}
	return nil
}
