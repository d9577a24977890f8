package ingest

import (
	"bufio"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestIngestLocalFolder(t *testing.T) {
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	in := New(nil, nil, Options{Now: func() time.Time { return now }})
	var c Collector
	if err := in.Run(context.Background(), Source{Kind: KindPath, Location: "testdata/local"}, &c); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range c.Docs {
		name := d.CanonicalURL
		if strings.HasPrefix(name, "file://") {
			name = strings.TrimPrefix(name[strings.Index(name, "testdata/local/"):], "testdata/local/")
		}
		got = append(got, name+" | "+d.ContentType+" | "+d.Meta.Title)
		if !d.FetchedAt.Equal(now) || d.ContentHash != ContentHash(string(d.Body)) {
			t.Errorf("%s: fetched %v hash %s", name, d.FetchedAt, d.ContentHash)
		}
	}
	want := []string{
		"article.html | text/html | ",
		"https://j.example/one | text/plain; charset=utf-8 | One",
		"https://j.example/two | text/plain; charset=utf-8 | Two",
		"articles.jsonl#line=7 | text/plain; charset=utf-8 | No URL",
		"report.txt | text/plain | ",
		"sub/dup1.txt | text/plain | ",
		"sub/nested.htm | text/html | ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("docs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if p := c.Docs[1].Meta.Published; p == nil || p.Format(time.RFC3339) != "2024-05-01T10:00:00Z" {
		t.Errorf("published = %v", p)
	}
	if p := c.Docs[3].Meta.Published; p == nil || p.Format(time.RFC3339) != "2024-05-02T08:00:00Z" {
		t.Errorf("published (RFC 1123Z) = %v", p)
	}
	var lines []string
	for _, e := range c.Errors {
		lines = append(lines, e.Item[strings.LastIndex(e.Item, ":")+1:])
	}
	if strings.Join(lines, ",") != "4,5,8" {
		t.Fatalf("item errors on lines %v: %v", lines, c.Errors)
	}
	if !errors.Is(c.Errors[0], ErrMalformed) || !errors.Is(c.Errors[2], ErrBlockedScheme) {
		t.Fatalf("errors: %v", c.Errors)
	}
}

func TestIngestLocalFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name     string
		path     string
		opts     Options
		wantDocs int
		wantErr  error
	}{
		{name: "html", path: write("a.html", "<p>x</p>"), wantDocs: 1},
		{name: "unknown type sniffed as html", path: write("page", "<!DOCTYPE html><html><p>y</p></html>"), wantDocs: 1},
		{name: "binary refused", path: write("blob.bin", "\x00\x01\x02\x89PNG"), wantErr: ErrUnsupportedSource},
		{name: "too large", path: write("big.txt", strings.Repeat("x", 2000)), opts: Options{MaxFileBytes: 1000}, wantErr: ErrTooLarge},
		{name: "missing", path: filepath.Join(dir, "nope.txt"), wantErr: os.ErrNotExist},
		{name: "invalid utf-8 kept as bytes", path: write("latin.txt", "caf\xe9"), wantDocs: 1},
		{name: "long jsonl line skipped", path: write("long.jsonl", `{"text":"`+strings.Repeat("y", 2000)+`"}`+"\n"+`{"text":"short"}`+"\n"), opts: Options{MaxFileBytes: 1000}, wantDocs: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Collector
			err := New(nil, nil, tt.opts).Run(context.Background(), Source{Kind: KindPath, Location: tt.path}, &c)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Docs) != tt.wantDocs {
				t.Fatalf("%d docs, want %d (errors %v)", len(c.Docs), tt.wantDocs, c.Errors)
			}
		})
	}
	var c Collector
	New(nil, nil, Options{}).Run(context.Background(), Source{Kind: KindPath, Location: filepath.Join(dir, "latin.txt")}, &c)
	if string(c.Docs[0].Body) != "caf\xe9" {
		t.Fatalf("body changed: %q", c.Docs[0].Body)
	}
}

func TestReadLine(t *testing.T) {
	br := bufio.NewReaderSize(strings.NewReader("short\r\n"+strings.Repeat("z", 100)+"\nlast"), 16)
	for i, want := range []string{"short", "", "last"} {
		line, err := readLine(br, 20)
		if i == 1 {
			if !errors.Is(err, ErrTooLarge) {
				t.Fatalf("long line: %v", err)
			}
			continue
		}
		if string(line) != want {
			t.Fatalf("line %d = %q, %v", i, line, err)
		}
	}
}

func TestParseSource(t *testing.T) {
	tests := []struct {
		spec    string
		want    Source
		wantErr bool
	}{
		{spec: "https://example.com/rss", want: Source{Kind: KindAuto, Location: "https://example.com/rss"}},
		{spec: "feed:https://example.com/rss", want: Source{Kind: KindFeed, Location: "https://example.com/rss"}},
		{spec: "sitemap:https://example.com/sitemap.xml", want: Source{Kind: KindSitemap, Location: "https://example.com/sitemap.xml"}},
		{spec: "url:http://example.com/a", want: Source{Kind: KindPage, Location: "http://example.com/a"}},
		{spec: "articles/", want: Source{Kind: KindPath, Location: "articles/"}},
		{spec: "path:/data/x.html", want: Source{Kind: KindPath, Location: "/data/x.html"}},
		{spec: "crawl.warc.gz", want: Source{Kind: KindWARC, Location: "crawl.warc.gz"}},
		{spec: "file:///data/a.warc", want: Source{Kind: KindWARC, Location: "/data/a.warc"}},
		{spec: "C:relative", want: Source{Kind: KindPath, Location: "C:relative"}},
		{spec: "feed:/local/file", wantErr: true},
		{spec: "ftp://example.com/x", wantErr: true},
		{spec: "", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			got, err := ParseSource(tt.spec)
			if (err != nil) != tt.wantErr || (!tt.wantErr && got != tt.want) {
				t.Fatalf("ParseSource(%q) = %+v, %v", tt.spec, got, err)
			}
		})
	}
}
