package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// newTestFetcher returns a fast fetcher for local httptest servers: private
// addresses allowed (they listen on 127.0.0.1), robots off, tiny backoff.
func newTestFetcher(tb testing.TB, mod func(*FetcherConfig)) *Fetcher {
	tb.Helper()
	cfg := FetcherConfig{
		UserAgent:         DefaultUserAgent("test"),
		RequestsPerSecond: 1000,
		MaxPerHost:        4,
		ConnectTimeout:    2 * time.Second,
		HeaderTimeout:     2 * time.Second,
		TotalTimeout:      5 * time.Second,
		MaxBodyBytes:      1 << 20,
		MaxRedirects:      5,
		MaxAttempts:       3,
		BackoffBase:       5 * time.Millisecond,
		BackoffMax:        20 * time.Millisecond,
		MaxRetryAfter:     3 * time.Second,
		AllowPrivate:      true,
		IgnoreRobots:      true,
	}
	if mod != nil {
		mod(&cfg)
	}
	f, err := NewFetcher(cfg)
	if err != nil {
		tb.Fatalf("NewFetcher: %v", err)
	}
	tb.Cleanup(f.Close)
	return f
}

func serve(tb testing.TB, h http.HandlerFunc) *httptest.Server {
	tb.Helper()
	srv := httptest.NewServer(h)
	tb.Cleanup(srv.Close)
	return srv
}

func gzipBytes(tb testing.TB, b []byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func TestFetchBasics(t *testing.T) {
	var gotUA atomic.Value
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		gotUA.Store(r.UserAgent())
		switch r.URL.Path {
		case "/plain":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, "<p>hello</p>")
		case "/latin1":
			w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
			w.Write([]byte("caf\xe9 \xff\xfe"))
		case "/gzip":
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(gzipBytes(t, []byte("zipped body")))
		case "/badgzip":
			w.Header().Set("Content-Encoding", "gzip")
			w.Write([]byte("\x1f\x8bnot really gzip"))
		case "/br":
			w.Header().Set("Content-Encoding", "br")
			w.Write([]byte("xx"))
		case "/404":
			http.NotFound(w, r)
		case "/redir":
			http.Redirect(w, r, "/plain", http.StatusFound)
		case "/redir-ftp":
			http.Redirect(w, r, "ftp://example.invalid/x", http.StatusFound)
		}
	})
	f := newTestFetcher(t, nil)
	tests := []struct {
		name     string
		path     string
		wantBody string
		wantErr  error
		status   int
	}{
		{name: "plain", path: "/plain", wantBody: "<p>hello</p>"},
		{name: "invalid utf-8 passed through", path: "/latin1", wantBody: "caf\xe9 \xff\xfe"},
		{name: "gzip decoded", path: "/gzip", wantBody: "zipped body"},
		{name: "corrupt gzip", path: "/badgzip", wantErr: ErrBadEncoding},
		{name: "unrequested encoding", path: "/br", wantErr: ErrBadEncoding},
		{name: "not found", path: "/404", status: 404},
		{name: "redirect followed", path: "/redir", wantBody: "<p>hello</p>"},
		{name: "redirect to ftp refused", path: "/redir-ftp", wantErr: ErrBlockedScheme},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := f.Fetch(context.Background(), srv.URL+tt.path, Conditional{})
			switch {
			case tt.wantErr != nil:
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
			case tt.status != 0:
				var he *HTTPError
				if !errors.As(err, &he) || he.Status != tt.status {
					t.Fatalf("err = %v, want HTTP %d", err, tt.status)
				}
			default:
				if err != nil {
					t.Fatalf("Fetch: %v", err)
				}
				if string(resp.Body) != tt.wantBody {
					t.Fatalf("body = %q, want %q", resp.Body, tt.wantBody)
				}
			}
		})
	}
	if ua, _ := gotUA.Load().(string); ua != "geowire/test (+https://github.com/geowire/geowire)" {
		t.Fatalf("User-Agent = %q", ua)
	}
	resp, err := f.Fetch(context.Background(), srv.URL+"/redir", Conditional{})
	if err != nil || resp.FinalURL != srv.URL+"/plain" || resp.URL != srv.URL+"/redir" {
		t.Fatalf("redirect: %+v, %v", resp, err)
	}
	for _, u := range []string{"file:///etc/passwd", "gopher://x/", "javascript:alert(1)", "data:text/plain,hi"} {
		if _, err := f.Fetch(context.Background(), u, Conditional{}); !errors.Is(err, ErrBlockedScheme) {
			t.Errorf("Fetch(%q) = %v, want ErrBlockedScheme", u, err)
		}
	}
}

func TestFetchConditional(t *testing.T) {
	const etag, lm = `"v1"`, "Mon, 02 Jan 2006 15:04:05 GMT"
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lm {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lm)
		io.WriteString(w, "body")
	})
	f := newTestFetcher(t, nil)
	first, err := f.Fetch(context.Background(), srv.URL, Conditional{})
	if err != nil || first.NotModified || first.ETag != etag || first.LastModified != lm {
		t.Fatalf("first fetch: %+v, %v", first, err)
	}
	for _, c := range []Conditional{{ETag: etag}, {LastModified: lm}, {ETag: first.ETag, LastModified: first.LastModified}} {
		again, err := f.Fetch(context.Background(), srv.URL, c)
		if err != nil || !again.NotModified || len(again.Body) != 0 {
			t.Fatalf("conditional %+v: %+v, %v", c, again, err)
		}
	}
}

func TestFetchRetry(t *testing.T) {
	t.Run("429 with Retry-After then success", func(t *testing.T) {
		var n atomic.Int32
		var first, second atomic.Int64
		srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
			if n.Add(1) == 1 {
				first.Store(time.Now().UnixNano())
				w.Header().Set("Retry-After", "1")
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			second.Store(time.Now().UnixNano())
			io.WriteString(w, "ok")
		})
		f := newTestFetcher(t, nil)
		resp, err := f.Fetch(context.Background(), srv.URL, Conditional{})
		if err != nil || string(resp.Body) != "ok" {
			t.Fatalf("Fetch: %v", err)
		}
		if gap := time.Duration(second.Load() - first.Load()); gap < 900*time.Millisecond {
			t.Fatalf("retried after %s, want ≥ 1 s (Retry-After)", gap)
		}
	})
	t.Run("503 exhausts attempts", func(t *testing.T) {
		var n atomic.Int32
		srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
			n.Add(1)
			w.WriteHeader(http.StatusServiceUnavailable)
		})
		f := newTestFetcher(t, nil)
		_, err := f.Fetch(context.Background(), srv.URL, Conditional{})
		var he *HTTPError
		if !errors.As(err, &he) || he.Status != 503 {
			t.Fatalf("err = %v, want HTTP 503", err)
		}
		if got := n.Load(); got != 3 {
			t.Fatalf("%d tries, want 3", got)
		}
	})
	t.Run("Retry-After beyond the cap gives up at once", func(t *testing.T) {
		var n atomic.Int32
		srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
			n.Add(1)
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusTooManyRequests)
		})
		f := newTestFetcher(t, nil)
		_, err := f.Fetch(context.Background(), srv.URL, Conditional{})
		var he *HTTPError
		if !errors.As(err, &he) || he.Status != 429 || he.RetryAfter != time.Hour {
			t.Fatalf("err = %v, want HTTP 429 retry after 1h", err)
		}
		if n.Load() != 1 {
			t.Fatalf("%d tries, want 1", n.Load())
		}
	})
	t.Run("404 is not retried", func(t *testing.T) {
		var n atomic.Int32
		srv := serve(t, func(w http.ResponseWriter, r *http.Request) { n.Add(1); http.NotFound(w, r) })
		f := newTestFetcher(t, nil)
		f.Fetch(context.Background(), srv.URL, Conditional{})
		if n.Load() != 1 {
			t.Fatalf("%d tries, want 1", n.Load())
		}
	})
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0}, {"5", 5 * time.Second}, {"-3", 0}, {"soon", 0},
		{"Wed, 01 May 2024 12:00:30 GMT", 30 * time.Second},
		{"Wed, 01 May 2024 11:00:00 GMT", 0},
	}
	for _, tt := range tests {
		if got := retryAfter(tt.in, now); got != tt.want {
			t.Errorf("retryAfter(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	for attempt := 1; attempt < 10; attempt++ {
		d := backoff(attempt, 100*time.Millisecond, time.Second)
		if d < 50*time.Millisecond || d > time.Second {
			t.Errorf("backoff(%d) = %s out of range", attempt, d)
		}
	}
}

func TestFetchRedirectLoop(t *testing.T) {
	var n atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		if r.URL.Path == "/a" {
			http.Redirect(w, r, "/b", http.StatusMovedPermanently)
			return
		}
		http.Redirect(w, r, "/a", http.StatusFound)
	})
	f := newTestFetcher(t, nil)
	_, err := f.Fetch(context.Background(), srv.URL+"/a", Conditional{})
	if !errors.Is(err, ErrTooManyRedirects) {
		t.Fatalf("err = %v, want ErrTooManyRedirects", err)
	}
	if got := n.Load(); got != 6 {
		t.Fatalf("%d requests, want 6 (MaxRedirects 5 + 1)", got)
	}
}

func TestFetchLimits(t *testing.T) {
	const max = 1 << 20
	bomb := func() []byte {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zero := make([]byte, 1<<20)
		for i := 0; i < 64; i++ { // 64 MiB of zeros → ~64 KiB
			zw.Write(zero)
		}
		zw.Close()
		return buf.Bytes()
	}()
	var endlessDone sync.WaitGroup
	var endlessWritten atomic.Int64
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/bomb":
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb)
		case "/2gb":
			w.Header().Set("Content-Length", fmt.Sprint(int64(2)<<30))
			chunk := make([]byte, 64<<10)
			for i := 0; i < 32; i++ { // never really 2 GB: the client hangs up
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case "/endless":
			endlessDone.Add(1)
			defer endlessDone.Done()
			chunk := bytes.Repeat([]byte("<p>more</p>"), 1000)
			deadline := time.Now().Add(10 * time.Second) // safety net
			for time.Now().Before(deadline) {
				if _, err := w.Write(chunk); err != nil {
					return
				}
				endlessWritten.Add(int64(len(chunk)))
				if r.Context().Err() != nil {
					return
				}
			}
		case "/slow":
			// Headers, then a body that trickles slower than the total timeout.
			w.WriteHeader(200)
			w.(http.Flusher).Flush()
			for i := 0; i < 100; i++ {
				select {
				case <-r.Context().Done():
					return
				case <-time.After(50 * time.Millisecond):
				}
				w.Write([]byte("x"))
				w.(http.Flusher).Flush()
			}
		case "/exact":
			w.Write(make([]byte, max))
		}
	})
	// A generous total timeout: the size cap, not the clock, must stop
	// these bodies, even on a loaded machine.
	f := newTestFetcher(t, func(c *FetcherConfig) { c.MaxBodyBytes = max; c.TotalTimeout = 60 * time.Second })
	tests := []struct {
		path    string
		wantErr error
	}{
		{"/bomb", ErrTooLarge},
		{"/2gb", ErrTooLarge},
		{"/endless", ErrTooLarge},
		{"/exact", nil},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			_, err := f.Fetch(context.Background(), srv.URL+tt.path, Conditional{})
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
		})
	}
	endlessDone.Wait() // the endless handler stopped
	if w := endlessWritten.Load(); w > 16*max {
		t.Fatalf("endless handler wrote %d bytes before noticing", w)
	}
	t.Run("slow body hits total timeout", func(t *testing.T) {
		f := newTestFetcher(t, func(c *FetcherConfig) { c.TotalTimeout = 300 * time.Millisecond })
		_, err := f.Fetch(context.Background(), srv.URL+"/slow", Conditional{})
		if !errors.Is(err, ErrTimeout) {
			t.Fatalf("err = %v, want ErrTimeout", err)
		}
	})
}

func TestFetchPerHostConcurrency(t *testing.T) {
	var cur, peak atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		n := cur.Add(1)
		defer cur.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(30 * time.Millisecond)
		io.WriteString(w, "ok")
	})
	f := newTestFetcher(t, func(c *FetcherConfig) { c.MaxPerHost = 2 })
	var wg sync.WaitGroup
	errs := make(chan error, 12)
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, err := f.Fetch(context.Background(), fmt.Sprintf("%s/%d", srv.URL, i), Conditional{})
			errs <- err
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if p := peak.Load(); p > 2 || p < 1 {
		t.Fatalf("peak concurrency %d, want at most 2", p)
	} else if p < 2 {
		t.Logf("peak concurrency %d (a busy machine never overlapped two requests)", p)
	}
}

func TestFetchRateLimit(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {})
	f := newTestFetcher(t, func(c *FetcherConfig) { c.RequestsPerSecond = 20 }) // 50 ms apart
	// Request starts are spaced by the limiter on the client side; the
	// server may see them bunched when the machine is busy, so measure
	// here: 5 requests span at least 4 intervals.
	start := time.Now()
	for i := 0; i < 5; i++ {
		if _, err := f.Fetch(context.Background(), srv.URL, Conditional{}); err != nil {
			t.Fatal(err)
		}
	}
	if el := time.Since(start); el < 200*time.Millisecond {
		t.Fatalf("5 requests at 20/s took %s, want ≥ 200 ms", el)
	}
}

func TestFetchConfigValidate(t *testing.T) {
	for _, c := range []FetcherConfig{{RequestsPerSecond: -1}, {MaxBodyBytes: -1}, {TotalTimeout: -time.Second}} {
		if _, err := NewFetcher(c); err == nil {
			t.Errorf("NewFetcher(%+v): want error", c)
		}
	}
	if !strings.Contains(DefaultUserAgent("1.2"), "geowire/1.2") {
		t.Fatal(DefaultUserAgent("1.2"))
	}
}
