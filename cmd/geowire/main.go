// Command geowire turns news articles into a geolocated, evidence-backed
// event database. Each subcommand lives in a file of its own and registers
// itself with register.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/geowire/geowire/internal/config"
)

// command is one geowire subcommand.
type command struct {
	name    string
	summary string
	// run executes the command with its arguments (without the command name).
	run func(ctx context.Context, env *env, args []string) error
}

// env is what every command gets: its streams and the configuration.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	cfg            config.Config
	log            *slog.Logger
}

var commands = map[string]command{}

func register(c command) {
	if _, dup := commands[c.name]; dup {
		panic("geowire: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// errUsage marks an error caused by wrong arguments: exit status 2.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

// run is main without the process: tests call it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv config.Getenv) int {
	level := slog.LevelInfo
	if getenv("GEOWIRE_DEBUG") != "" {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				return exitCode(c.run(ctx, &env{stdin: stdin, stdout: stdout, stderr: stderr, log: logger}, []string{"-h"}), stderr, c.name)
			}
		}
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "geowire: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	cfg, err := config.Load(getenv)
	if err != nil {
		fmt.Fprintf(stderr, "geowire: %v\n", err)
		return 2
	}
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, cfg: cfg, log: logger}
	return exitCode(c.run(ctx, e, args[1:]), stderr, c.name)
}

func exitCode(err error, stderr io.Writer, name string) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "geowire %s: %v\n", name, err)
		return 2
	default:
		fmt.Fprintf(stderr, "geowire %s: %v\n", name, err)
		return 1
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "geowire turns news articles into a geolocated, evidence-backed event database.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: geowire COMMAND [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'geowire COMMAND --help' for a command's flags.")
	fmt.Fprintln(w, "Environment: GEOWIRE_DATA_DIR (data directory), GEOWIRE_MAX_INPUT_BYTES,")
	fmt.Fprintln(w, "GEOWIRE_EXTRACT_TIMEOUT, GEOWIRE_DEBUG (debug logging).")
}

// newFlags returns a FlagSet that reports errors instead of exiting and
// prints its usage to stderr with a one-line synopsis.
func newFlags(e *env, name, synopsis, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: geowire %s %s\n\n%s\n\nFlags:\n", name, synopsis, strings.TrimSpace(about))
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, mapping a flag error to errUsage. Flags may come
// after positional arguments too ("extract FILE --format text").
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
