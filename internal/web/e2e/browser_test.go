// Package e2e drives the map in a real browser: Debian's Chromium through
// playwright-core (from internal/web/node_modules), against the real
// server on a free loopback port with the apitest fixture database.
package e2e

import (
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/api"
	"github.com/geowire/geowire/internal/api/apitest"
	"github.com/geowire/geowire/internal/web"
)

func TestBrowserMap(t *testing.T) {
	chromium := "/usr/bin/chromium"
	if _, err := os.Stat(chromium); err != nil {
		t.Skip("browser test skipped: /usr/bin/chromium missing (apt-get install chromium)")
	}
	if _, err := os.Stat("../node_modules/playwright-core"); err != nil {
		t.Skip("browser test skipped: internal/web/node_modules missing (make web)")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("browser test skipped: node missing")
	}
	if !web.Bundled() {
		t.Skip("browser test skipped: the UI bundle was not built into this test binary (make web, then go test)")
	}
	_, db := apitest.MustFixture(t, t.TempDir(), 40)
	srv, err := api.New(api.Options{Store: db, Token: "browser-test-token-0123456789", UI: web.Handler("")})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := srv.HTTPServer(ln.Addr().String())
	go hs.Serve(ln)
	defer hs.Close()

	out := os.Getenv("GEOWIRE_ARTIFACTS")
	if out == "" {
		out = filepath.Join("..", "..", "..", "out", "screenshots")
	}
	out, _ = filepath.Abs(out)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "browser.mjs", "http://"+ln.Addr().String()+"/", out)
	cmd.Env = append(os.Environ(), "NODE_PATH="+filepath.Join("..", "node_modules"))
	res, err := cmd.CombinedOutput()
	t.Logf("browser: %s", res)
	if err != nil {
		t.Fatalf("browser test failed: %v (screenshots in %s)", err, out)
	}
	t.Logf("screenshots in %s", out)
}
