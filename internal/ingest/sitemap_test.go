package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"testing"
	"time"
)

func TestParseSitemap(t *testing.T) {
	news, err := os.ReadFile("testdata/sitemaps/news.xml")
	if err != nil {
		t.Fatal(err)
	}
	index, err := os.ReadFile("testdata/sitemaps/index.xml")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("news", func(t *testing.T) {
		sm, err := ParseSitemap(news, "https://news.example/sitemap.xml")
		if err != nil {
			t.Fatal(err)
		}
		if sm.Index || len(sm.URLs) != 2 {
			t.Fatalf("%+v", sm)
		}
		u := sm.URLs[0]
		if u.Loc != "https://news.example/2024/05/01/strike" || u.LastMod == nil || u.LastMod.Format(time.RFC3339) != "2024-05-01T10:00:00Z" {
			t.Fatalf("url 0 = %+v", u)
		}
		n := u.News
		if n == nil || n.PublicationName != "Example News" || n.Language != "en" || n.Title != "Strike on depot" ||
			n.PublicationDate == nil || n.PublicationDate.Format(time.RFC3339) != "2024-05-01T09:30:00Z" || n.Keywords != "war, depot" {
			t.Fatalf("news = %+v", n)
		}
		if sm.URLs[1].Loc != "https://news.example/relative/page" || sm.URLs[1].News != nil {
			t.Fatalf("url 1 = %+v", sm.URLs[1])
		}
	})
	t.Run("index", func(t *testing.T) {
		sm, err := ParseSitemap(index, "https://news.example/sitemap_index.xml")
		if err != nil {
			t.Fatal(err)
		}
		if !sm.Index || len(sm.Sitemaps) != 2 || sm.Sitemaps[1] != "https://news.example/sitemap-2.xml.gz" {
			t.Fatalf("%+v", sm)
		}
	})
	t.Run("gzip", func(t *testing.T) {
		sm, err := ParseSitemap(gzipBytes(t, news), "https://news.example/s.xml.gz")
		if err != nil || len(sm.URLs) != 2 {
			t.Fatalf("%+v %v", sm, err)
		}
	})
	t.Run("text", func(t *testing.T) {
		sm, err := ParseSitemap([]byte("https://t.example/a\n\nhttps://t.example/b\r\n"), "")
		if err != nil || len(sm.URLs) != 2 {
			t.Fatalf("%+v %v", sm, err)
		}
	})
	for name, c := range map[string]struct {
		body string
		want error
	}{
		"html":            {"<html><body>hi</body></html>", ErrNotSitemap},
		"rss":             {`<rss version="2.0"><channel></channel></rss>`, ErrNotSitemap},
		"plain text":      {"hello world", ErrNotSitemap},
		"empty":           {"  ", ErrNotSitemap},
		"truncated":       {`<urlset><url><loc>https://x.example/a</loc></url><url><loc>https://x.exa`, ErrMalformed},
		"bad gzip":        {"\x1f\x8bnope", ErrMalformed},
		"latin1 declared": {"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><urlset><url><loc>https://x.example/caf\xe9</loc></url></urlset>", nil},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ParseSitemap([]byte(c.body), "https://x.example/")
			if !errors.Is(err, c.want) || (c.want == nil && err != nil) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
		})
	}
	t.Run("gzip bomb", func(t *testing.T) {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
		zero := make([]byte, 1<<20)
		for i := 0; i <= maxSitemapBytes>>20; i++ {
			zw.Write(zero)
		}
		zw.Close()
		_, err := ParseSitemap(buf.Bytes(), "")
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("err = %v, want ErrTooLarge", err)
		}
	})
}
