package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func init() {
	register(command{name: "eval", summary: "score geowire on the public evaluation sets (extract, …)", run: runEval})
}

// evalCommands are the capabilities `geowire eval` can score; each file
// that adds one registers it.
var evalCommands = map[string]command{}

func registerEval(c command) { evalCommands[c.name] = c }

func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		names := make([]string, 0, len(evalCommands))
		for n := range evalCommands {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintln(e.stderr, "Usage: geowire eval CAPABILITY [flags] [DIR]")
		fmt.Fprintln(e.stderr, "\nScores geowire on the evaluation sets in DIR (default: the shared/eval folder")
		fmt.Fprintln(e.stderr, "found beside or above the working directory) with each set's own metric.")
		fmt.Fprintln(e.stderr, "\nCapabilities:")
		for _, n := range names {
			fmt.Fprintf(e.stderr, "  %-10s %s\n", n, evalCommands[n].summary)
		}
		if len(args) == 0 {
			return fmt.Errorf("%w: name a capability", errUsage)
		}
		return nil
	}
	c, ok := evalCommands[args[0]]
	if !ok {
		return fmt.Errorf("%w: unknown capability %q", errUsage, args[0])
	}
	return c.run(ctx, e, args[1:])
}

// findEvalDir locates shared/eval/<name>: GEOWIRE_EVAL_DIR/<name>, then
// shared/eval/<name> or ../shared/eval/<name> from the working directory
// and each of its parents.
func findEvalDir(name string) (string, error) {
	if d := os.Getenv("GEOWIRE_EVAL_DIR"); d != "" {
		p := filepath.Join(d, name)
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("GEOWIRE_EVAL_DIR: %w", err)
		}
		return p, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		for _, rel := range []string{filepath.Join("shared", "eval", name), filepath.Join("..", "shared", "eval", name)} {
			p := filepath.Join(dir, rel)
			if st, err := os.Stat(p); err == nil && st.IsDir() {
				return p, nil
			}
		}
		if dir == filepath.Dir(dir) {
			break
		}
	}
	return "", fmt.Errorf("no evaluation folder shared/eval/%s found from %s: give DIR", name, wd)
}

// evalSets returns the sets under dir: dir itself when it holds gold files
// directly, else each subfolder that does.
func evalSets(dir, goldExt string) ([]string, error) {
	if has(dir, goldExt) {
		return []string{dir}, nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var sets []string
	for _, en := range entries {
		p := filepath.Join(dir, en.Name())
		if en.IsDir() && has(p, goldExt) {
			sets = append(sets, p)
		}
	}
	if len(sets) == 0 {
		return nil, fmt.Errorf("%s holds no evaluation set (no *%s files)", dir, goldExt)
	}
	return sets, nil
}

func has(dir, ext string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, en := range entries {
		if !en.IsDir() && strings.HasSuffix(en.Name(), ext) {
			return true
		}
	}
	return false
}

// evalSetsArg resolves the eval commands' optional DIR argument (default:
// the shared/eval/<name> folder) to its sets, each a folder of gold files
// ending in goldExt.
func evalSetsArg(pos []string, name, goldExt string) ([]string, error) {
	if len(pos) > 1 {
		return nil, fmt.Errorf("%w: at most one DIR", errUsage)
	}
	dir := ""
	if len(pos) == 1 {
		dir = pos[0]
	} else {
		var err error
		if dir, err = findEvalDir(name); err != nil {
			return nil, err
		}
	}
	return evalSets(dir, goldExt)
}
