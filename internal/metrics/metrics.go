package metrics

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds geowire's collectors. A nil *Metrics records nothing, so
// callers need no checks.
type Metrics struct {
	reg        *prometheus.Registry
	fetches    *prometheus.CounterVec
	errors     *prometheus.CounterVec
	stage      *prometheus.HistogramVec
	queue      prometheus.Gauge
	documents  *prometheus.CounterVec
	events     prometheus.Counter
	httpServed *prometheus.CounterVec
}

// New registers geowire's metrics (and the Go runtime and process
// collectors) on a new registry.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		fetches: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "geowire_fetches_total", Help: "HTTP fetches by outcome (ok, not_modified, error).",
		}, []string{"outcome"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "geowire_errors_total", Help: "Errors by kind (fetch, extract, analyze, store, source).",
		}, []string{"kind"}),
		stage: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "geowire_stage_seconds", Help: "Time spent per document in each pipeline stage.",
			Buckets: prometheus.ExponentialBuckets(0.0001, 4, 10),
		}, []string{"stage"}),
		queue: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "geowire_queue_depth", Help: "Documents waiting to be processed.",
		}),
		documents: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "geowire_documents_total", Help: "Documents processed by result (stored, duplicate, skipped, failed).",
		}, []string{"result"}),
		events: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "geowire_events_stored_total", Help: "Events stored.",
		}),
		httpServed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "geowire_http_requests_total", Help: "HTTP requests served by status class.",
		}, []string{"code"}),
	}
	m.reg.MustRegister(m.fetches, m.errors, m.stage, m.queue, m.documents, m.events, m.httpServed,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// Registry returns the registry, for tests and extra collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Fetch counts one fetch by outcome.
func (m *Metrics) Fetch(outcome string) {
	if m != nil {
		m.fetches.WithLabelValues(outcome).Inc()
	}
}

// Error counts one error of a kind.
func (m *Metrics) Error(kind string) {
	if m != nil {
		m.errors.WithLabelValues(kind).Inc()
	}
}

// Stage records the time one stage took for one document.
func (m *Metrics) Stage(stage string, d time.Duration) {
	if m != nil {
		m.stage.WithLabelValues(stage).Observe(d.Seconds())
	}
}

// Queue sets the queue depth.
func (m *Metrics) Queue(n int) {
	if m != nil {
		m.queue.Set(float64(n))
	}
}

// Document counts one processed document by result.
func (m *Metrics) Document(result string) {
	if m != nil {
		m.documents.WithLabelValues(result).Inc()
	}
}

// Events counts stored events.
func (m *Metrics) Events(n int) {
	if m != nil {
		m.events.Add(float64(n))
	}
}

// HTTP counts one served request by status code.
func (m *Metrics) HTTP(status int) {
	if m != nil {
		m.httpServed.WithLabelValues(statusClass(status)).Inc()
	}
}

func statusClass(s int) string {
	switch {
	case s >= 500:
		return "5xx"
	case s >= 400:
		return "4xx"
	case s >= 300:
		return "3xx"
	default:
		return "2xx"
	}
}
