package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/geowire/geowire/internal/ingest"
	"github.com/geowire/geowire/internal/natsq"
	"github.com/geowire/geowire/internal/natsq/natstest"
	"github.com/geowire/geowire/internal/store/postgres/pgtest"
	"github.com/geowire/geowire/internal/synth"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// geowireBinary builds the geowire binary once per test run.
func geowireBinary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "geowire-bin-")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "geowire")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// proc is a geowire child process with its stderr kept.
type proc struct {
	cmd    *exec.Cmd
	stderr *syncBuffer
	done   chan error
}

func startGeowire(t *testing.T, args ...string) *proc {
	t.Helper()
	p := &proc{cmd: exec.Command(geowireBinary(t), args...), stderr: &syncBuffer{}, done: make(chan error, 1)}
	p.cmd.Env = os.Environ() // the data directory with the built gazetteer
	p.cmd.Stderr = p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.done <- p.cmd.Wait() }()
	t.Cleanup(func() {
		p.cmd.Process.Signal(syscall.SIGKILL)
		<-p.done
		if t.Failed() {
			t.Logf("geowire %s:\n%s", args[0], tail(p.stderr.String(), 3000))
		}
	})
	return p
}

// stop sends SIGTERM and waits (bounded) for a clean exit.
func (p *proc) stop(t *testing.T) {
	t.Helper()
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-p.done:
		p.done <- err
		if err != nil {
			t.Errorf("%s after SIGTERM: %v\n%s", p.cmd.Args[1], err, tail(p.stderr.String(), 2000))
		}
	case <-time.After(60 * time.Second):
		t.Errorf("%s did not stop within 60s of SIGTERM", p.cmd.Args[1])
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// pgCounts returns the documents, their distinct canonical URLs and
// content hashes, and the documents with an analysis.
func pgCounts(t *testing.T, dsn string) (docs, urls, hashes, analysed int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	err = c.QueryRow(ctx, `SELECT count(*), count(DISTINCT canonical_url), count(DISTINCT content_hash),
		(SELECT count(*) FROM analyses a JOIN documents d ON d.id = a.document_id) FROM documents`).Scan(&docs, &urls, &hashes, &analysed)
	if err != nil {
		t.Fatal(err)
	}
	return
}

// waitDrained waits until no job of either kind is pending, failing
// after limit.
func waitDrained(t *testing.T, q *natsq.Queue, limit time.Duration, progress func() string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	for {
		var pending uint64
		for _, k := range []natsq.Kind{natsq.Fetch, natsq.Analyze} {
			n, err := q.Pending(ctx, k)
			if err != nil && ctx.Err() == nil {
				t.Fatal(err)
			}
			pending += n
		}
		if pending == 0 {
			return
		}
		if ctx.Err() != nil {
			t.Fatalf("%d jobs still pending after %s; %s", pending, limit, progress())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func synthRaw(a synth.Article, i int) ingest.RawDocument {
	ct := "text/plain; charset=utf-8"
	if a.HTML {
		ct = "text/html; charset=utf-8"
	}
	u := fmt.Sprintf("https://news.example/%s", a.Name)
	return ingest.RawDocument{URL: u, CanonicalURL: u, Source: "synth", ContentType: ct, Body: a.Body, FetchedAt: time.Now().UTC()}
}

// TestNATSPostgresWorkersSurviveKill runs three real `geowire worker`
// processes on 2,000 synthetic articles published as analysis jobs, with
// a poison message among them, and SIGKILLs one worker mid-stream: the
// store ends with exactly the 2,000 documents, each analysed once, none
// twice; the poison lands in the dead-letter stream with its error while
// the rest flows; the surviving workers stop cleanly on SIGTERM.
func TestNATSPostgresWorkersSurviveKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds geowire and runs worker processes")
	}
	natsURL := natstest.URL(t)
	dsn := pgtest.DSN(t)
	const n = 2000
	const ackWait = 4 * time.Second
	q := natstest.MustConnect(t, natsq.Config{URL: natsURL, AckWait: ackWait})
	geowireBinary(t)
	args := []string{"worker", "--nats", natsURL, "--postgres", dsn, "--queue-prefix", q.Config().Prefix,
		"--ack-wait", ackWait.String(), "--concurrency", "2", "--fetch-concurrency", "0"}
	var workers []*proc
	for range 3 {
		workers = append(workers, startGeowire(t, args...))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	start := time.Now()
	for i, a := range synth.Generate(7, n, 0.5) {
		if _, err := q.PublishAnalyze(ctx, synthRaw(a, i)); err != nil {
			t.Fatal(err)
		}
		if i == n/3 {
			if _, err := q.PublishRaw(ctx, natsq.Analyze, "poison-1", []byte(`{"url": 17, "body": "not base64"`)); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Logf("published %d jobs in %s", n+1, time.Since(start).Round(time.Millisecond))
	// Kill a worker mid-stream: once a fifth of the articles are stored.
	for {
		if docs, _, _, _ := pgCounts(t, dsn); docs >= n/5 {
			break
		}
		if ctx.Err() != nil {
			t.Fatal("no progress before the kill")
		}
		time.Sleep(100 * time.Millisecond)
	}
	workers[0].cmd.Process.Signal(syscall.SIGKILL)
	<-workers[0].done
	workers[0].done <- nil
	docsAtKill, _, _, _ := pgCounts(t, dsn)
	t.Logf("SIGKILLed worker 1 with %d documents stored", docsAtKill)

	waitDrained(t, q, 3*time.Minute-time.Since(start), func() string {
		d, _, _, a := pgCounts(t, dsn)
		return fmt.Sprintf("%d documents, %d analysed", d, a)
	})
	elapsed := time.Since(start)
	docs, urls, hashes, analysed := pgCounts(t, dsn)
	if docs != n || urls != n || hashes != n || analysed != n {
		t.Fatalf("store: %d documents, %d distinct URLs, %d distinct contents, %d analysed; want %d of each", docs, urls, hashes, analysed, n)
	}
	t.Logf("%d articles through 3 workers (one killed) in %s: %.0f articles/s", n, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds())
	dl, err := q.DeadLetters(ctx, natsq.Analyze, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(dl) != 1 || !strings.Contains(dl[0].Error, "decode analysis job") || !bytes.Contains(dl[0].Data, []byte("not base64")) {
		t.Fatalf("dead letters = %+v; want the poison message with its decode error", dl)
	}
	for _, w := range workers[1:] {
		w.stop(t)
	}
}

// TestNATSPostgresCoordinatorResumes runs the coordinator ('geowire run
// --nats') over a folder and a feed, SIGKILLs it once everything is
// published, adds articles (and copies of old ones) and restarts it: the
// dedup ids stop the republished jobs, two workers fetch the feed's
// articles once each, politely, and the store ends with exactly the
// distinct set.
func TestNATSPostgresCoordinatorResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds geowire and runs coordinator and worker processes")
	}
	natsURL := natstest.URL(t)
	dsn := pgtest.DSN(t)
	q := natstest.MustConnect(t, natsq.Config{URL: natsURL})
	dir := t.TempDir()
	articles := filepath.Join(dir, "articles")
	os.MkdirAll(articles, 0o755)
	corpus := synth.Generate(11, 310, 0.5)
	write := func(name string, a synth.Article) {
		ext := ".txt"
		if a.HTML {
			ext = ".html"
		}
		if err := os.WriteFile(filepath.Join(articles, name+ext), a.Body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range corpus[:150] {
		write(a.Name, a)
	}

	// A feed of ten articles on a local server that records when each
	// article was fetched.
	feed := newFeedServer(t, "Test Wire", synth.Generate(12, 10, 1), "")
	srv, feedArticles := feed.srv, feed.articles
	sources := filepath.Join(dir, "sources.txt")
	os.WriteFile(sources, []byte("# test sources\npath:"+articles+"\nfeed:"+srv.URL+"/feed.xml\n"), 0o644)

	prefix := q.Config().Prefix
	coordArgs := []string{"run", "--nats", natsURL, "--postgres", dsn, "--queue-prefix", prefix, "--sources", sources,
		"--interval", "1h", "--addr", "127.0.0.1:0", "--token-file", filepath.Join(dir, "token"), "--allow-private"}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	waitPending := func(fetch, analyze uint64) {
		t.Helper()
		for {
			f, err1 := q.Pending(ctx, natsq.Fetch)
			a, err2 := q.Pending(ctx, natsq.Analyze)
			if err1 == nil && err2 == nil && f == fetch && a == analyze {
				return
			}
			if ctx.Err() != nil {
				t.Fatalf("pending: %d fetch, %d analysis jobs; want %d and %d", f, a, fetch, analyze)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	coord := startGeowire(t, coordArgs...)
	waitPending(10, 150)
	coord.cmd.Process.Signal(syscall.SIGKILL)
	<-coord.done
	coord.done <- nil

	for _, a := range corpus[150:300] {
		write(a.Name, a)
	}
	for _, a := range corpus[:20] {
		write("z-copy-"+a.Name, a) // same content under another name
	}
	coord = startGeowire(t, coordArgs...)
	waitPending(10, 300) // the first 150 again are refused by their dedup ids; the copies by content
	geowireBinary(t)
	wargs := []string{"worker", "--nats", natsURL, "--postgres", dsn, "--queue-prefix", prefix,
		"--concurrency", "1", "--fetch-concurrency", "4", "--allow-private", "--ignore-robots", "--rps", "10"}
	w1, w2 := startGeowire(t, wargs...), startGeowire(t, wargs...)
	waitDrained(t, q, time.Until(deadline(ctx)), func() string {
		d, _, _, a := pgCounts(t, dsn)
		return fmt.Sprintf("%d documents, %d analysed", d, a)
	})
	const want = 310
	docs, urls, hashes, analysed := pgCounts(t, dsn)
	if docs != want || urls != want || hashes != want || analysed != want {
		t.Fatalf("store: %d documents, %d distinct URLs, %d distinct contents, %d analysed; want %d of each", docs, urls, hashes, analysed, want)
	}
	feed.mu.Lock()
	defer feed.mu.Unlock()
	for p, c := range feed.perURL {
		if c != 1 {
			t.Errorf("%s fetched %d times", p, c)
		}
	}
	// Politeness is a rate: over all workers, no second holds more than
	// --rps starts to the host (plus one for the window's edge), and the
	// ten starts span at least nine intervals. (Single gaps can shrink
	// below 100ms when a busy machine delays one request after its slot.)
	slices.SortFunc(feed.fetches, func(a, b time.Time) int { return a.Compare(b) })
	for i := range feed.fetches {
		in := 0
		for j := i; j < len(feed.fetches) && feed.fetches[j].Sub(feed.fetches[i]) < time.Second; j++ {
			in++
		}
		if in > 11 {
			t.Errorf("%d article requests to one host within 1s from request %d; want ≤ 11 (--rps 10 over all workers)", in, i)
		}
	}
	if span := feed.fetches[len(feed.fetches)-1].Sub(feed.fetches[0]); len(feed.fetches) == 10 && span < 9*90*time.Millisecond {
		t.Errorf("10 article requests to one host within %s; want ≥ 9 × 100ms (--rps 10 over all workers)", span)
	}
	if len(feed.perURL) != len(feedArticles) {
		t.Errorf("%d feed articles fetched, want %d", len(feed.perURL), len(feedArticles))
	}
	for _, p := range []*proc{w1, w2, coord} {
		p.stop(t)
	}
}

func deadline(ctx context.Context) time.Time {
	d, _ := ctx.Deadline()
	return d
}

func TestWorkerFetchError(t *testing.T) {
	for _, tc := range []struct {
		name      string
		err       error
		permanent bool
		later     bool
	}{
		{"404", &ingest.HTTPError{Status: 404}, true, false},
		{"429 with Retry-After", &ingest.HTTPError{Status: 429, RetryAfter: time.Minute}, false, true},
		{"429", &ingest.HTTPError{Status: 429}, false, false},
		{"503", &ingest.HTTPError{Status: 503}, false, false},
		{"robots", fmt.Errorf("fetch: %w", ingest.ErrRobotsDisallowed), true, false},
		{"ssrf", fmt.Errorf("fetch: %w", ingest.ErrBlockedAddress), true, false},
		{"network", errors.New("connection reset"), false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := fetchError(tc.err)
			var later *natsq.Later
			if got := errors.Is(err, natsq.ErrPermanent); got != tc.permanent {
				t.Errorf("permanent = %v, want %v", got, tc.permanent)
			}
			if got := errors.As(err, &later); got != tc.later {
				t.Errorf("later = %v, want %v", got, tc.later)
			}
		})
	}
}

// TestNATSPostgresCrawlDelayAcrossWorkers: a host whose robots.txt asks
// for a Crawl-delay of 0.3 s gets its article requests at least that far
// apart over two worker processes, although --rps would allow 50 a
// second: each worker reads the delay and reserves the shared per-host
// slots with it.
func TestNATSPostgresCrawlDelayAcrossWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("builds geowire and runs coordinator and worker processes")
	}
	natsURL := natstest.URL(t)
	dsn := pgtest.DSN(t)
	q := natstest.MustConnect(t, natsq.Config{URL: natsURL})
	dir := t.TempDir()
	feed := newFeedServer(t, "Slow Wire", synth.Generate(21, 6, 1), "User-agent: *\nCrawl-delay: 0.3\n")
	srv, feedArticles := feed.srv, feed.articles
	sources := filepath.Join(dir, "sources.txt")
	os.WriteFile(sources, []byte("feed:"+srv.URL+"/feed.xml\n"), 0o644)
	prefix := q.Config().Prefix
	geowireBinary(t)
	coord := startGeowire(t, "run", "--nats", natsURL, "--postgres", dsn, "--queue-prefix", prefix, "--sources", sources,
		"--interval", "1h", "--addr", "127.0.0.1:0", "--token-file", filepath.Join(dir, "token"), "--allow-private")
	wargs := []string{"worker", "--nats", natsURL, "--postgres", dsn, "--queue-prefix", prefix,
		"--concurrency", "1", "--fetch-concurrency", "4", "--allow-private", "--rps", "50"}
	w1, w2 := startGeowire(t, wargs...), startGeowire(t, wargs...)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for {
		feed.mu.Lock()
		n := len(feed.fetches)
		feed.mu.Unlock()
		// The store is read once every article was fetched (the
		// coordinator creates its tables first).
		if n == len(feedArticles) {
			if d, _, _, _ := pgCounts(t, dsn); d == len(feedArticles) {
				break
			}
		}
		if ctx.Err() != nil {
			t.Fatalf("%d of %d articles fetched in time", n, len(feedArticles))
		}
		time.Sleep(100 * time.Millisecond)
	}
	feed.mu.Lock()
	defer feed.mu.Unlock()
	slices.SortFunc(feed.fetches, func(a, b time.Time) int { return a.Compare(b) })
	// Allow a little for a busy machine delaying a request after its
	// slot: the whole run must still span five Crawl-delays (less 10 %).
	if span := feed.fetches[len(feed.fetches)-1].Sub(feed.fetches[0]); span < 5*270*time.Millisecond {
		t.Errorf("6 article requests within %s over two workers; want ≥ 5 × 0.3 s (Crawl-delay)", span)
	}
	for _, p := range []*proc{w1, w2, coord} {
		p.stop(t)
	}
}

// feedServer is a local news site: an RSS feed of its articles at
// /feed.xml, each article at /a/N.html, robots.txt if given, and a
// record of when each article was fetched.
type feedServer struct {
	srv      *httptest.Server
	articles []synth.Article

	mu      sync.Mutex
	fetches []time.Time
	perURL  map[string]int
}

func newFeedServer(t *testing.T, title string, articles []synth.Article, robots string) *feedServer {
	f := &feedServer{articles: articles, perURL: map[string]int{}}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt" && robots != "":
			fmt.Fprint(w, robots)
			return
		case r.URL.Path == "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>`+html.EscapeString(title)+`</title><link>http://`+r.Host+`/</link>`)
			for i, a := range articles {
				fmt.Fprintf(w, "<item><title>%s</title><link>http://%s/a/%d.html</link></item>", html.EscapeString(a.Title), r.Host, i)
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/a/%d.html", &i); err != nil || i < 0 || i >= len(articles) {
			http.NotFound(w, r)
			return
		}
		f.mu.Lock()
		f.fetches = append(f.fetches, time.Now())
		f.perURL[r.URL.Path]++
		f.mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(articles[i].Body)
	}))
	t.Cleanup(f.srv.Close)
	return f
}
