package api_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/geowire/geowire/internal/api"
	"github.com/geowire/geowire/internal/api/apitest"
)

func TestMethodNotAllowed(t *testing.T) {
	_, db := apitest.MustFixture(t, t.TempDir(), 0)
	s, err := api.New(api.Options{Store: db, Token: "test-token-0123456789"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		method, path string
		code         int
		allow        string
	}{
		{"POST", "/api/v1/events", http.StatusMethodNotAllowed, "GET"},
		{"DELETE", "/api/v1/stats", http.StatusMethodNotAllowed, "GET"},
		{"PUT", "/api/v1/sources", http.StatusMethodNotAllowed, "GET, POST"},
		{"GET", "/api/v1/nothing", http.StatusNotFound, ""},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
		if rec.Code != tt.code || rec.Header().Get("Allow") != tt.allow {
			t.Errorf("%s %s = %d, Allow %q; want %d, %q", tt.method, tt.path, rec.Code, rec.Header().Get("Allow"), tt.code, tt.allow)
		}
	}
}
