package api

import (
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/geowire/geowire/internal/export"
	"github.com/geowire/geowire/internal/store"
)

// Options configure a Server.
type Options struct {
	Store store.Store
	// Token is the bearer token write endpoints require; empty disables
	// writes (403).
	Token string
	// UI serves everything outside /api/ (the embedded map); nil serves
	// 404 there.
	UI http.Handler
	// CORSOrigin, when set, is the one origin allowed to read the API from
	// a browser ("https://analyst.example.org", or "*"). CORS is off by
	// default.
	CORSOrigin string
	// MaxBodyBytes caps request bodies (default 1 MiB).
	MaxBodyBytes int64
	// Timeout bounds a request (default 30 s); ExportTimeout bounds an
	// export (default 30 min).
	Timeout, ExportTimeout time.Duration
	// Names fills country and admin1 names in CSV exports.
	Names export.Names
	// Version is reported by the health endpoint.
	Version string
	Log     *slog.Logger
	// CacheBytes sizes the cache of event pages (default 32 MiB; negative
	// turns it off). It needs a store that counts its changes
	// (store.ChangeCounter): pages are kept until the next write.
	CacheBytes int64
}

// Server is the HTTP API and map. It is an http.Handler; `geowire serve`
// runs it alone and `geowire run` mounts it beside ingestion.
type Server struct {
	opt     Options
	handler http.Handler
	mux     *http.ServeMux // the routes, to tell 404 from 405
	started time.Time
	slots   chan struct{} // see queue

	cache   *responseCache      // nil when off
	changes store.ChangeCounter // the store's, when cache is on
}

// New returns a Server.
func New(o Options) (*Server, error) {
	if o.Store == nil {
		return nil, errors.New("api: no store")
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 1 << 20
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.ExportTimeout <= 0 {
		o.ExportTimeout = 30 * time.Minute
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.CacheBytes == 0 {
		o.CacheBytes = 32 << 20
	}
	s := &Server{opt: o, started: time.Now(), slots: make(chan struct{}, 4)}
	if cc, ok := o.Store.(store.ChangeCounter); ok && o.CacheBytes > 0 {
		s.cache, s.changes = newResponseCache(o.CacheBytes), cc
	}
	s.handler = s.routes()
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// HTTPServer returns an http.Server for s on addr with geowire's
// timeouts: slow clients cannot hold connections open, and exports extend
// their own write deadline.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      s.opt.Timeout + 10*time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.opt.Log.Handler(), slog.LevelWarn),
	}
}
