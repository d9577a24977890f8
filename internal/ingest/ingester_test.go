package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// site is a small news site on httptest: feeds, sitemaps and pages.
type site struct {
	mu   sync.Mutex
	hits map[string]int
	url  string
}

func (s *site) count(p string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[p]
}

func newSite(t *testing.T) *site {
	s := &site{hits: map[string]int{}}
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		base := s.url
		switch r.URL.Path {
		case "/rss":
			if r.Header.Get("If-None-Match") == `"feed-v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"feed-v1"`)
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title><link>%[1]s/</link>
<item><title>A</title><link>%[1]s/a?utm_source=rss</link><guid>a</guid><pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate><author>x@example.com (Ann)</author></item>
<item><title>A (AMP)</title><link>%[1]s/a/amp</link><guid>a-amp</guid></item>
<item><title>Missing</title><link>%[1]s/gone</link><guid>gone</guid></item>
<item><title>Copy of B</title><link>%[1]s/b-copy</link><guid>bc</guid></item>
<item><title>B</title><link>%[1]s/b</link><guid>b</guid></item>
<item><title>Redirected</title><link>%[1]s/short</link><guid>s</guid></item>
</channel></rss>`, base)
		case "/broken-feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>x`)
		case "/sitemap_index.xml":
			fmt.Fprintf(w, `<sitemapindex><sitemap><loc>%[1]s/sitemap-news.xml</loc></sitemap><sitemap><loc>%[1]s/sitemap_index.xml</loc></sitemap><sitemap><loc>%[1]s/deeper.xml</loc></sitemap><sitemap><loc>%[1]s/gone.xml</loc></sitemap></sitemapindex>`, base)
		case "/deeper.xml":
			fmt.Fprintf(w, `<sitemapindex><sitemap><loc>%[1]s/deepest.xml</loc></sitemap></sitemapindex>`, base)
		case "/deepest.xml":
			fmt.Fprintf(w, `<sitemapindex><sitemap><loc>%[1]s/sitemap-news.xml?x</loc></sitemap></sitemapindex>`, base)
		case "/sitemap-news.xml":
			fmt.Fprintf(w, `<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>%[1]s/c</loc><news:news><news:publication><news:name>Sitemap News</news:name><news:language>uk</news:language></news:publication><news:title>C title</news:title><news:publication_date>2024-05-03</news:publication_date></news:news></url><url><loc>%[1]s/a</loc></url></urlset>`, base)
		case "/a", "/a/amp":
			io.WriteString(w, "<html><body><p>Article A</p></body></html>")
		case "/b", "/b-copy":
			io.WriteString(w, "<html><body><p>Article B</p></body></html>")
		case "/c":
			io.WriteString(w, "<html><body><p>Article C</p></body></html>")
		case "/short":
			http.Redirect(w, r, "/final?utm_medium=x", http.StatusMovedPermanently)
		case "/final":
			io.WriteString(w, "<html><body><p>Final</p></body></html>")
		default:
			http.NotFound(w, r)
		}
	})
	s.url = srv.URL
	return s
}

func TestIngestFeed(t *testing.T) {
	s := newSite(t)
	f := newTestFetcher(t, nil)
	v := &MemoryValidators{}
	in := New(f, v, Options{})
	var c Collector
	src, _ := ParseSource(s.url + "/rss")
	if err := in.Run(context.Background(), src, &c); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range c.Docs {
		got = append(got, strings.TrimPrefix(d.CanonicalURL, s.url)+" "+d.Meta.Title)
		if d.Source != "Local Wire" || d.Meta.FeedTitle != "Local Wire" {
			t.Errorf("source %q feed title %q", d.Source, d.Meta.FeedTitle)
		}
	}
	want := "/a A|/b-copy Copy of B|/final Redirected"
	if strings.Join(got, "|") != want {
		t.Fatalf("docs %q, want %q", strings.Join(got, "|"), want)
	}
	if s.count("/a/amp") != 0 {
		t.Error("AMP variant fetched although its canonical URL was seen")
	}
	if c.Docs[0].Meta.Author == "" || c.Docs[0].Meta.Published == nil {
		t.Errorf("meta = %+v", c.Docs[0].Meta)
	}
	if c.Docs[2].URL != s.url+"/short" || c.Docs[2].FinalURL != s.url+"/final?utm_medium=x" {
		t.Errorf("redirected doc: %+v", c.Docs[2])
	}
	var he *HTTPError
	if len(c.Errors) != 1 || !errors.As(c.Errors[0], &he) || he.Status != 404 {
		t.Fatalf("errors = %v, want one 404", c.Errors)
	}

	// A second run: the feed answers 304 and nothing is fetched again.
	in2 := New(f, v, Options{})
	var c2 Collector
	if err := in2.Run(context.Background(), src, &c2); err != nil {
		t.Fatal(err)
	}
	if len(c2.Docs) != 0 || s.count("/rss") != 2 || s.count("/a") != 1 {
		t.Fatalf("second run: %d docs, /rss hit %d, /a hit %d", len(c2.Docs), s.count("/rss"), s.count("/a"))
	}
}

func TestIngestSources(t *testing.T) {
	s := newSite(t)
	tests := []struct {
		name     string
		src      Source
		opts     Options
		wantDocs []string
		wantErr  error
		wantErrs int
	}{
		{name: "broken feed is the source's error", src: Source{Kind: KindFeed, Location: "/broken-feed"}, wantErr: ErrMalformed},
		{name: "html as feed", src: Source{Kind: KindFeed, Location: "/a"}, wantErr: ErrNotFeed},
		{name: "missing feed", src: Source{Kind: KindFeed, Location: "/nope"}, wantErr: &HTTPError{}},
		{name: "single page", src: Source{Kind: KindPage, Location: "/a?fbclid=1#top"}, wantDocs: []string{"/a"}},
		{name: "auto: page", src: Source{Kind: KindAuto, Location: "/c"}, wantDocs: []string{"/c"}},
		{name: "auto: sitemap index", src: Source{Kind: KindAuto, Location: "/sitemap_index.xml"},
			wantDocs: []string{"/c", "/a"}, wantErrs: 1}, // gone.xml 404; the loop back to the index is not refetched
		{name: "sitemap depth 1", src: Source{Kind: KindSitemap, Location: "/sitemap_index.xml"}, opts: Options{MaxSitemapDepth: 1},
			wantDocs: []string{"/c", "/a"}, wantErrs: 2}, // gone.xml, deeper.xml too deep
		{name: "item cap", src: Source{Kind: KindSitemap, Location: "/sitemap-news.xml"}, opts: Options{MaxItems: 1}, wantDocs: []string{"/c"}},
		{name: "sitemap count cap", src: Source{Kind: KindSitemap, Location: "/sitemap_index.xml"}, opts: Options{MaxSitemaps: 1}, wantErrs: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.src.Location = s.url + tt.src.Location
			in := New(newTestFetcher(t, nil), nil, tt.opts)
			var c Collector
			err := in.Run(context.Background(), tt.src, &c)
			if tt.wantErr != nil {
				var he *HTTPError
				if _, ok := tt.wantErr.(*HTTPError); ok && errors.As(err, &he) {
					return
				}
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range c.Docs {
				got = append(got, strings.TrimPrefix(d.CanonicalURL, s.url))
			}
			if strings.Join(got, ",") != strings.Join(tt.wantDocs, ",") || len(c.Errors) != tt.wantErrs {
				t.Fatalf("docs %v errors %v; want %v and %d errors", got, c.Errors, tt.wantDocs, tt.wantErrs)
			}
		})
	}
	t.Run("news sitemap metadata", func(t *testing.T) {
		var c Collector
		err := New(newTestFetcher(t, nil), nil, Options{}).Run(context.Background(), Source{Kind: KindSitemap, Location: s.url + "/sitemap-news.xml"}, &c)
		if err != nil || len(c.Docs) == 0 {
			t.Fatal(err)
		}
		m := c.Docs[0].Meta
		if c.Docs[0].Source != "Sitemap News" || m.Title != "C title" || m.Language != "uk" || m.Published == nil {
			t.Fatalf("doc = %+v", c.Docs[0])
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		var c Collector
		err := New(newTestFetcher(t, nil), nil, Options{}).Run(ctx, Source{Kind: KindFeed, Location: s.url + "/rss"}, &c)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("err = %v", err)
		}
	})
}
