package api

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/geowire/geowire/internal/store"
)

type healthResponse struct {
	Status        string  `json:"status"`
	Version       string  `json:"version"`
	UptimeSeconds float64 `json:"uptime_seconds"`
}

// handleHealth answers 200 when the store answers, 503 when it does not.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	if _, err := s.opt.Store.Stats(r.Context()); err != nil {
		s.opt.Log.Error("health: store", "err", err)
		writeJSON(w, r, http.StatusServiceUnavailable, healthResponse{Status: "unavailable", Version: s.opt.Version})
		return
	}
	writeJSON(w, r, http.StatusOK, healthResponse{Status: "ok", Version: s.opt.Version, UptimeSeconds: time.Since(s.started).Round(time.Second).Seconds()})
}

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.opt.Store.Stats(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, st)
}

// handleNoRoute answers API paths no route takes: 405 with Allow when the
// path exists for other methods, else 404.
func (s *Server) handleNoRoute(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodDelete} {
		if m == r.Method {
			continue
		}
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "/api/" && pattern != "" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		s.writeError(w, r, fmt.Errorf("%w: %s %s", errMethod, r.Method, r.URL.Path))
		return
	}
	s.writeError(w, r, fmt.Errorf("%w: %s %s", errNoRoute, r.Method, r.URL.Path))
}

func isNotFound(err error) bool { return errors.Is(err, store.ErrNotFound) }
