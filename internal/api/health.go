package api

import (
	"errors"
	"fmt"
	"net/http"
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

func (s *Server) handleNoRoute(w http.ResponseWriter, r *http.Request) {
	s.writeError(w, r, fmt.Errorf("%w: %s %s", errNoRoute, r.Method, r.URL.Path))
}

func isNotFound(err error) bool { return errors.Is(err, store.ErrNotFound) }
