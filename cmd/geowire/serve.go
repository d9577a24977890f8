package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"time"

	"github.com/geowire/geowire/internal/api"
	"github.com/geowire/geowire/internal/pipeline"
	"github.com/geowire/geowire/internal/web"
)

func init() {
	register(command{name: "serve", summary: "serve the HTTP API, exports and the map", run: runServe})
}

const serveAbout = `
Serves the JSON API under /api/v1 (events with filters and exports, documents, places,
sources, health; described at /api/v1/openapi.json) and the map at /.

Reads are open. Writes (adding and removing sources) need the bearer token: it is
generated at first start into --token-file (mode 0600) and printed once on stderr;
send it as "Authorization: Bearer TOKEN". Listen on loopback (the default) unless a
proxy in front adds TLS.`

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "[--db PATH | --postgres DSN] [--addr HOST:PORT]", serveAbout)
	dbPath := fs.String("db", defaultDB(e), "SQLite database `PATH`")
	pgDSN := postgresFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (port 0 picks a free one)")
	tokenFile := fs.String("token-file", filepath.Join(e.cfg.DataDir, "api-token"), "bearer token `FILE` for write endpoints")
	webDir := fs.String("web-dir", "", "dev mode: serve the UI from `DIR` (internal/web/static) instead of the binary")
	cors := fs.String("cors-origin", "", "allow this `ORIGIN` to call the API from a browser (CORS is off by default)")
	timeout := fs.Duration("timeout", 30*time.Second, "per-request `TIMEOUT` (exports: 30m)")
	cacheMB := fs.Int("cache-mb", 32, "`MiB` of event pages cached until the next write (0 turns the cache off)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, pos[0])
	}
	db, err := openExistingStore(ctx, e, fs, *dbPath, *pgDSN, " (run geowire ingest first)")
	if err != nil {
		return err
	}
	defer db.Close()
	token, created, err := api.LoadOrCreateToken(*tokenFile)
	if err != nil {
		return err
	}
	if created {
		fmt.Fprintf(e.stderr, "geowire serve: new API token for write endpoints (saved in %s, shown once):\n%s\n", *tokenFile, token)
	}
	if *webDir == "" && !web.Bundled() {
		e.log.Warn("the map is not built into this binary: run make web, then make build", "ui", "/")
	}
	srv, err := api.New(api.Options{
		Store: db, Token: token, UI: web.Handler(*webDir), CORSOrigin: *cors,
		Timeout: *timeout, Version: pipeline.Version, Log: e.log, CacheBytes: cacheBytes(*cacheMB),
	})
	if err != nil {
		return err
	}
	return listenAndServe(ctx, e, "serve", *addr, srv.HTTPServer)
}

// listenAndServe listens on addr, says where on stderr, serves until ctx is
// done, then shuts down gracefully.
func listenAndServe(ctx context.Context, e *env, name, addr string, server func(addr string) *http.Server) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	hs := server(ln.Addr().String())
	fmt.Fprintf(e.stderr, "geowire %s: listening on http://%s\n", name, ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// cacheBytes turns --cache-mb into api.Options.CacheBytes (negative: off).
func cacheBytes(mb int) int64 {
	if mb <= 0 {
		return -1
	}
	return int64(mb) << 20
}
