package api

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

type documentsResponse struct {
	Documents []store.DocumentHit `json:"documents"`
}

// handleDocuments runs a full-text search: GET /api/v1/documents?q=…&limit=….
func (s *Server) handleDocuments(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	text := strings.TrimSpace(q.Get("q"))
	if text == "" || len(text) > 1000 {
		s.writeError(w, r, fmt.Errorf("%w: q: give search words (at most 1000 bytes)", errBadRequest))
		return
	}
	limit := 50
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1000 {
			s.writeError(w, r, fmt.Errorf("%w: limit=%q: want 1 to 1000", errBadRequest, v))
			return
		}
		limit = n
	}
	hits, err := s.opt.Store.SearchDocuments(r.Context(), text, limit)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, documentsResponse{Documents: nonNil(hits)})
}

type analysisJSON struct {
	Version    string         `json:"version"`
	AnalyzedAt time.Time      `json:"analyzed_at"`
	Reading    *model.Reading `json:"reading"`
	Places     []model.Place  `json:"places"`
	Events     []model.Event  `json:"events"`
	Claims     []model.Claim  `json:"claims"`
}

type documentResponse struct {
	Document        model.Document `json:"document"`
	PipelineVersion string         `json:"pipeline_version"`
	StoredAt        time.Time      `json:"stored_at"`
	Analysis        *analysisJSON  `json:"analysis"`
}

// handleDocument returns a document (without its raw bytes) and its
// annotations: the reading, places, events and claims, every one with
// code-point spans into the document's text.
func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	d, err := s.opt.Store.GetDocument(ctx, r.PathValue("id"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	resp := documentResponse{Document: d.Document, PipelineVersion: d.PipelineVersion, StoredAt: d.StoredAt}
	resp.Document.Headings, resp.Document.Embeds = nonNil(d.Headings), nonNil(d.Embeds)
	a, err := s.opt.Store.GetAnalysis(ctx, d.ID)
	switch {
	case err == nil:
		resp.Analysis = &analysisJSON{Version: a.Version, AnalyzedAt: a.AnalyzedAt, Reading: a.Reading,
			Places: nonNil(a.Places), Events: nonNil(a.Events), Claims: nonNil(a.Claims)}
	case !isNotFound(err):
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, resp)
}
