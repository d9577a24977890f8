package api

import (
	"context"
	"errors"
	"net/http"

	"github.com/geowire/geowire/internal/export"
	"github.com/geowire/geowire/internal/store"
)

// API errors that are not the store's.
var (
	errBadRequest   = errors.New("api: bad request")
	errUnauthorized = errors.New("api: missing or wrong bearer token")
	errWritesOff    = errors.New("api: writes are disabled (no token configured)")
	errNoRoute      = errors.New("api: no such endpoint")
	errMethod       = errors.New("api: method not allowed")
)

// statuses is the one table from errors to HTTP statuses and the stable
// codes clients see. The first match wins.
var statuses = []struct {
	err    error
	status int
	code   string
}{
	{store.ErrNotFound, http.StatusNotFound, "not_found"},
	{errNoRoute, http.StatusNotFound, "not_found"},
	{errMethod, http.StatusMethodNotAllowed, "method_not_allowed"},
	{store.ErrInvalid, http.StatusBadRequest, "invalid"},
	{errBadRequest, http.StatusBadRequest, "bad_request"},
	{export.ErrFormat, http.StatusBadRequest, "bad_request"},
	{errUnauthorized, http.StatusUnauthorized, "unauthorized"},
	{errWritesOff, http.StatusForbidden, "forbidden"},
	{context.DeadlineExceeded, http.StatusServiceUnavailable, "timeout"},
	{context.Canceled, 499, "canceled"},
}

// statusOf returns the HTTP status and code of err.
func statusOf(err error) (int, string) {
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return http.StatusRequestEntityTooLarge, "too_large"
	}
	for _, s := range statuses {
		if errors.Is(err, s.err) {
			return s.status, s.code
		}
	}
	return http.StatusInternalServerError, "internal"
}

// apiError is the body of every error response.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// writeError answers with err's status. Internal errors are logged and
// reported without detail.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status, code := statusOf(err)
	var body apiError
	body.Error.Code = code
	body.Error.Message = err.Error()
	if status >= 500 {
		s.opt.Log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		if status == http.StatusInternalServerError {
			body.Error.Message = "internal error"
		}
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="geowire"`)
	}
	if status == 499 { // the client is gone: nothing to write
		return
	}
	writeJSON(w, r, status, body)
}
