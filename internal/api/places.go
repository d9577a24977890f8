package api

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/geowire/geowire/internal/store"
)

type placesResponse struct {
	Places []store.PlaceCount `json:"places"`
}

// handlePlaces lists the places documents mention, most mentioned first:
// GET /api/v1/places?name=&bbox=&country=&document=&limit=.
func (s *Server) handlePlaces(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var f store.PlaceFilter
	for k := range q {
		switch k {
		case "name", "bbox", "country", "document", "limit":
		default:
			s.writeError(w, r, fmt.Errorf("%w: unknown parameter %q", errBadRequest, k))
			return
		}
	}
	f.Name = strings.TrimSpace(q.Get("name"))
	f.DocumentID = q.Get("document")
	if v := q.Get("country"); v != "" {
		if len(v) != 2 || !isLetters(v) {
			s.writeError(w, r, fmt.Errorf("%w: country=%q: want an ISO 3166-1 alpha-2 code", errBadRequest, v))
			return
		}
		f.Country = v
	}
	if v := q.Get("bbox"); v != "" {
		b, err := floats(v, 4)
		if err != nil || b[0] > b[2] || b[1] > b[3] {
			s.writeError(w, r, fmt.Errorf("%w: bbox=%q: want minLon,minLat,maxLon,maxLat", errBadRequest, v))
			return
		}
		f.BBox = &[4]float64{b[0], b[1], b[2], b[3]}
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1000 {
			s.writeError(w, r, fmt.Errorf("%w: limit=%q: want 1 to 1000", errBadRequest, v))
			return
		}
		f.Limit = n
	}
	places, err := s.opt.Store.QueryPlaces(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, placesResponse{Places: nonNil(places)})
}
