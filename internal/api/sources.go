package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"

	"github.com/geowire/geowire/internal/store"
)

var sourceKinds = []string{store.SourceFeed, store.SourcePage, store.SourceSitemap, store.SourcePath, store.SourceWARC}

type sourcesResponse struct {
	Sources []store.Source `json:"sources"`
}

func (s *Server) handleSources(w http.ResponseWriter, r *http.Request) {
	list, err := s.opt.Store.ListSources(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, sourcesResponse{Sources: nonNil(list)})
}

// handleAddSource stores a source: POST {"kind": "feed", "location": "…",
// "title": "…"}. Needs the bearer token.
func (s *Server) handleAddSource(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Kind     string `json:"kind"`
		Location string `json:"location"`
		Title    string `json:"title"`
	}
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		if _, code := statusOf(err); code == "too_large" {
			s.writeError(w, r, err)
			return
		}
		s.writeError(w, r, fmt.Errorf("%w: body: %v", errBadRequest, err))
		return
	}
	if !slices.Contains(sourceKinds, in.Kind) {
		s.writeError(w, r, fmt.Errorf("%w: kind %q: want one of %v", errBadRequest, in.Kind, sourceKinds))
		return
	}
	if in.Location == "" || len(in.Location) > 4096 || len(in.Title) > 1000 {
		s.writeError(w, r, fmt.Errorf("%w: location is required (at most 4096 bytes), title at most 1000", errBadRequest))
		return
	}
	src, err := s.opt.Store.AddSource(r.Context(), store.Source{Kind: in.Kind, Location: in.Location, Title: in.Title})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusCreated, src)
}

// handleRemoveSource deletes a source. Needs the bearer token.
func (s *Server) handleRemoveSource(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.writeError(w, r, fmt.Errorf("%w: source id %q", errBadRequest, r.PathValue("id")))
		return
	}
	if err := s.opt.Store.RemoveSource(r.Context(), id); err != nil {
		s.writeError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
