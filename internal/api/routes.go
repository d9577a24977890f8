package api

import "net/http"

// routes is the one table of geowire's HTTP routes.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	s.mux = mux
	api := func(pattern string, h http.HandlerFunc) { mux.Handle(pattern, s.timeout(s.queue(h))) }
	write := func(pattern string, h http.HandlerFunc) { mux.Handle(pattern, s.timeout(s.auth(s.queue(h)))) }

	api("GET /api/v1/health", s.handleHealth)
	api("GET /api/v1/openapi.json", s.handleOpenAPI)
	mux.HandleFunc("GET /api/v1/events", s.handleEvents) // its own timeout and queueing: exports stream for long
	api("GET /api/v1/events/{id}", s.handleEvent)
	api("GET /api/v1/documents", s.handleDocuments)
	api("GET /api/v1/documents/{id}", s.handleDocument)
	api("GET /api/v1/places", s.handlePlaces)
	api("GET /api/v1/sources", s.handleSources)
	write("POST /api/v1/sources", s.handleAddSource)
	write("DELETE /api/v1/sources/{id}", s.handleRemoveSource)
	api("GET /api/v1/stats", s.handleStats)
	mux.HandleFunc("/api/", s.handleNoRoute)

	if s.opt.UI != nil {
		// "/" for every method (a "GET /" pattern would conflict with "/api/"):
		// the UI only reads.
		ui := s.opt.UI
		mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			if r.Method != http.MethodGet && r.Method != http.MethodHead {
				w.Header().Set("Allow", "GET, HEAD")
				http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
				return
			}
			ui.ServeHTTP(w, r)
		})
	}
	return s.recover(s.securityHeaders(s.cors(s.limitBody(s.gzip(mux)))))
}
