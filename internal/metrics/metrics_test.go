package metrics

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestMetricsExposition(t *testing.T) {
	m := New()
	m.Fetch("ok")
	m.Fetch("ok")
	m.Error("extract")
	m.Stage("geoparse", 3*time.Millisecond)
	m.Queue(7)
	m.Document("stored")
	m.Events(3)
	m.HTTP(404)
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	text := string(body)
	for _, want := range []string{
		`geowire_fetches_total{outcome="ok"} 2`,
		`geowire_errors_total{kind="extract"} 1`,
		`geowire_stage_seconds_count{stage="geoparse"} 1`,
		`geowire_queue_depth 7`,
		`geowire_documents_total{result="stored"} 1`,
		`geowire_events_stored_total 3`,
		`geowire_http_requests_total{code="4xx"} 1`,
		`go_goroutines`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "# HELP ") {
			name := strings.Fields(line)[2]
			if !strings.HasPrefix(name, "geowire_") && !strings.HasPrefix(name, "go_") && !strings.HasPrefix(name, "process_") {
				t.Errorf("metric %s is not named geowire_…", name)
			}
		}
	}
}

func TestNilMetrics(t *testing.T) {
	var m *Metrics
	m.Fetch("ok")
	m.Error("x")
	m.Stage("x", time.Second)
	m.Queue(1)
	m.Document("stored")
	m.Events(1)
	m.HTTP(200)
}
