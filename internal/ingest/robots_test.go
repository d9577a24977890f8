package ingest

import (
	"context"
	"errors"
	"io"
	"net/http"
	"sync/atomic"
	"testing"
	"time"
)

func TestParseRobots(t *testing.T) {
	const txt = "# comment\r\n" +
		"User-agent: *\n" +
		"Disallow: /private/\n" +
		"Allow: /private/open\n" +
		"Crawl-delay: 5\n" +
		"\n" +
		"User-agent: Geowire\n" +
		"User-agent: otherbot\n" +
		"Disallow: /news/*/draft\n" +
		"Disallow: /*.pdf$\n" +
		"Disallow: /tmp\n" +
		"Allow: /tmp/public\n" +
		"Disallow: /page$\n" +
		"Disallow: /caf%C3%A9\n" +
		"Crawl-delay: 2.5\n" +
		"Sitemap: https://example.com/sitemap.xml\n" +
		"\n" +
		"User-agent: geowire\n" +
		"Disallow: /extra # merged\n"
	r := ParseRobots([]byte(txt), "geowire")
	tests := []struct {
		path string
		want bool
	}{
		{"/", true},
		{"/private/x", true}, // the * group does not apply: a geowire group exists
		{"/news/2024/draft", false},
		{"/news/2024/draft/more", false},
		{"/news/draft", true},
		{"/files/a.pdf", false},
		{"/files/a.pdf?x=1", true},
		{"/tmp", false},
		{"/tmpfile", false},
		{"/tmp/public/x", true},
		{"/page", false},
		{"/page2", true},
		{"/café", false},
		{"/caf%c3%a9/x", false},
		{"/extra", false},
		{"/robots.txt", true},
	}
	for _, tt := range tests {
		if got := r.Allowed(tt.path); got != tt.want {
			t.Errorf("Allowed(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
	if r.CrawlDelay != 2500*time.Millisecond {
		t.Errorf("CrawlDelay = %s, want 2.5s", r.CrawlDelay)
	}
	if len(r.Sitemaps) != 1 {
		t.Errorf("Sitemaps = %v", r.Sitemaps)
	}

	star := ParseRobots([]byte(txt), "somebot")
	for path, want := range map[string]bool{"/private/x": false, "/private/open/y": true, "/tmp": true} {
		if got := star.Allowed(path); got != want {
			t.Errorf("* group: Allowed(%q) = %v, want %v", path, got, want)
		}
	}
	if star.CrawlDelay != 5*time.Second {
		t.Errorf("* CrawlDelay = %s", star.CrawlDelay)
	}

	for name, c := range map[string]struct {
		txt  string
		path string
		want bool
	}{
		"empty file":          {"", "/x", true},
		"empty disallow":      {"User-agent: *\nDisallow:\n", "/x", true},
		"disallow all":        {"User-agent: *\nDisallow: /\n", "/x", false},
		"tie goes to allow":   {"User-agent: *\nDisallow: /a\nAllow: /a\n", "/a", true},
		"longest wins":        {"User-agent: *\nAllow: /\nDisallow: /a/b\n", "/a/b/c", false},
		"rules before agent":  {"Disallow: /\nUser-agent: *\nAllow: /\n", "/x", true},
		"product token match": {"User-agent: geowire/1.0\nDisallow: /\n", "/x", false},
		"junk lines":          {"<html>\x00\xff\nUser-agent *\nDisallow /\n", "/x", true},
		"wildcard middle":     {"User-agent: *\nDisallow: /*?*sessionid=\n", "/a?x=1&sessionid=2", false},
		"dollar only":         {"User-agent: *\nDisallow: /$\n", "/", false},
		"dollar only other":   {"User-agent: *\nDisallow: /$\n", "/a", true},
		"cr line endings":     {"User-agent: *\rDisallow: /x\r", "/x", false},
	} {
		if got := ParseRobots([]byte(c.txt), "geowire").Allowed(c.path); got != c.want {
			t.Errorf("%s: Allowed(%q) = %v, want %v", name, c.path, got, c.want)
		}
	}
}

func TestFetchRobots(t *testing.T) {
	var robotsHits atomic.Int32
	var robotsStatus atomic.Int32
	robotsStatus.Store(200)
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsHits.Add(1)
			if s := int(robotsStatus.Load()); s != 200 {
				w.WriteHeader(s)
				return
			}
			io.WriteString(w, "User-agent: geowire\nDisallow: /private\nCrawl-delay: 0.2\n")
			return
		}
		if r.URL.Path == "/hop" {
			http.Redirect(w, r, "/private/x", http.StatusFound)
			return
		}
		io.WriteString(w, "ok")
	})
	withRobots := func(t *testing.T) *Fetcher {
		return newTestFetcher(t, func(c *FetcherConfig) { c.IgnoreRobots = false; c.MaxAttempts = 1 })
	}
	t.Run("host interval", func(t *testing.T) {
		robotsHits.Store(0)
		f := withRobots(t)
		ctx := context.Background()
		// Before any fetch: robots.txt is read, its Crawl-delay returned.
		if got := f.HostInterval(ctx, srv.URL+"/anything"); got != 200*time.Millisecond {
			t.Errorf("HostInterval = %s, want the 0.2 s Crawl-delay", got)
		}
		if n := robotsHits.Load(); n != 1 {
			t.Errorf("robots.txt fetched %d times, want 1", n)
		}
		ignoring := newTestFetcher(t, func(c *FetcherConfig) { c.IgnoreRobots = true; c.RequestsPerSecond = 4 })
		if got := ignoring.HostInterval(ctx, srv.URL+"/anything"); got != 250*time.Millisecond {
			t.Errorf("HostInterval ignoring robots = %s, want 1/rate = 250ms", got)
		}
		if got := f.HostInterval(ctx, "::not a url"); got <= 0 {
			t.Errorf("HostInterval(bad URL) = %s", got)
		}
	})
	t.Run("disallow and crawl-delay", func(t *testing.T) {
		robotsHits.Store(0)
		f := withRobots(t)
		ctx := context.Background()
		if _, err := f.Fetch(ctx, srv.URL+"/public", Conditional{}); err != nil {
			t.Fatal(err)
		}
		if _, err := f.Fetch(ctx, srv.URL+"/private/doc", Conditional{}); !errors.Is(err, ErrRobotsDisallowed) {
			t.Fatalf("err = %v, want ErrRobotsDisallowed", err)
		}
		if _, err := f.Fetch(ctx, srv.URL+"/hop", Conditional{}); !errors.Is(err, ErrRobotsDisallowed) {
			t.Fatalf("redirect into a disallowed path: err = %v", err)
		}
		start := time.Now()
		for i := 0; i < 2; i++ {
			if _, err := f.Fetch(ctx, srv.URL+"/public", Conditional{}); err != nil {
				t.Fatal(err)
			}
		}
		if el := time.Since(start); el < 300*time.Millisecond {
			t.Fatalf("two fetches took %s; Crawl-delay 0.2 s not applied", el)
		}
		if n := robotsHits.Load(); n != 1 {
			t.Fatalf("robots.txt fetched %d times, want 1", n)
		}
	})
	t.Run("404 robots allows all", func(t *testing.T) {
		robotsStatus.Store(404)
		defer robotsStatus.Store(200)
		if _, err := withRobots(t).Fetch(context.Background(), srv.URL+"/private/doc", Conditional{}); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("503 robots disallows all", func(t *testing.T) {
		robotsStatus.Store(503)
		defer robotsStatus.Store(200)
		if _, err := withRobots(t).Fetch(context.Background(), srv.URL+"/public", Conditional{}); !errors.Is(err, ErrRobotsDisallowed) {
			t.Fatalf("err = %v, want ErrRobotsDisallowed", err)
		}
	})
	t.Run("ignored when off", func(t *testing.T) {
		f := newTestFetcher(t, nil)
		if _, err := f.Fetch(context.Background(), srv.URL+"/private/doc", Conditional{}); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /a*b$\nAllow: /a\nCrawl-delay: 3\n"), "/a/xb")
	f.Add([]byte("User-agent: geowire\r\nDisallow: /*?*$\r\n"), "/x?y")
	f.Add([]byte("\xff\xfe\x00Sitemap: x\nuser-agent:geowire/2\ndisallow:%zz%41\n"), "/%41")
	f.Fuzz(func(t *testing.T, body []byte, path string) {
		r := ParseRobots(body, "geowire")
		a := r.Allowed(path)
		if r.Allowed(path) != a {
			t.Fatal("Allowed not deterministic")
		}
		if !r.Allowed("/robots.txt") {
			t.Fatal("/robots.txt disallowed")
		}
		if r.CrawlDelay < 0 {
			t.Fatal("negative crawl delay")
		}
	})
}
