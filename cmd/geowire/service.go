package main

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/geowire/geowire/internal/api"
	"github.com/geowire/geowire/internal/ingest"
	"github.com/geowire/geowire/internal/metrics"
	"github.com/geowire/geowire/internal/pipeline"
	"github.com/geowire/geowire/internal/store"
	"github.com/geowire/geowire/internal/web"
)

// serveWhile serves the API, the map and /metrics on addr while work runs
// in the background; when ctx ends it stops both and waits for work. It is
// the shared frame of `geowire run`, embedded or as a NATS coordinator.
func serveWhile(ctx context.Context, e *env, db store.Store, m *metrics.Metrics, tokenFile, addr string, work func(ctx context.Context)) error {
	token, created, err := api.LoadOrCreateToken(tokenFile)
	if err != nil {
		return err
	}
	if created {
		fmt.Fprintf(e.stderr, "geowire run: new API token for write endpoints (saved in %s, shown once):\n%s\n", tokenFile, token)
	}
	srv, err := api.New(api.Options{Store: db, Token: token, UI: web.Handler(""), Timeout: 30 * time.Second, Version: pipeline.Version, Log: e.log})
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler())
	mux.Handle("/", srv)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	wg.Go(func() { work(ctx) })
	err = listenAndServe(ctx, e, "run", addr, func(a string) *http.Server {
		hs := srv.HTTPServer(a)
		hs.Handler = mux
		return hs
	})
	cancel()
	wg.Wait()
	return err
}

// every runs fn now and then once per interval until ctx ends.
func every(ctx context.Context, interval time.Duration, fn func(context.Context)) {
	for {
		fn(ctx)
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}

// watchedSources are the sources of a cycle: those of the --sources file,
// then those stored with `geowire sources add`.
func watchedSources(ctx context.Context, e *env, db store.Store, m *metrics.Metrics, files []ingest.Source) []ingest.Source {
	sources := append([]ingest.Source(nil), files...)
	stored, err := db.ListSources(ctx)
	if err != nil {
		e.log.Error("list sources", "err", err)
		m.Error("store")
	}
	for _, s := range stored {
		sources = append(sources, ingest.Source{Kind: ingest.Kind(s.Kind), Location: s.Location, Name: s.Title})
	}
	return sources
}
