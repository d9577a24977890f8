package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// TestParseFeedGolden parses every feed in testdata/feeds and compares the
// result with its .golden.json (go test -run TestParseFeedGolden -update
// rewrites them; review the diff).
func TestParseFeedGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/feeds/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range files {
		if strings.HasSuffix(path, ".golden.json") {
			continue
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			body, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			feed, items, err := ParseFeed(body, "https://base.example/feeds/"+filepath.Base(path))
			got := struct {
				Error string `json:"error,omitempty"`
				Feed  *Feed  `json:"feed,omitempty"`
				Items []Item `json:"items,omitempty"`
			}{Feed: feed, Items: items}
			if err != nil {
				got.Error = err.Error()
			}
			b, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			b = append(b, '\n')
			golden := path + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, b, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(b, want) {
				t.Fatalf("%s differs from golden:\n%s", path, b)
			}
		})
	}
}

func TestParseFeed(t *testing.T) {
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata/feeds", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name      string
		body      []byte
		wantErr   error
		wantKind  string
		wantItems int
		check     func(t *testing.T, f *Feed, items []Item)
	}{
		{name: "rss 2.0", body: read("rss2.xml"), wantKind: "rss", wantItems: 3, check: func(t *testing.T, f *Feed, items []Item) {
			if f.Title != "Kyiv Wire" || f.Language != "en" {
				t.Errorf("feed = %+v", f)
			}
			it := items[0]
			if it.GUID != "kw-1" || it.Author != "Olena Šakalienė" || it.Published == nil ||
				it.Published.Format("2006-01-02T15:04:05Z07:00") != "2024-05-01T07:30:00Z" || it.FeedTitle != "Kyiv Wire" {
				t.Errorf("item 0 = %+v", it)
			}
			if items[1].URL != "https://news.example/world/relative" {
				t.Errorf("relative link resolved to %q", items[1].URL)
			}
			if items[2].URL != "https://news.example/world/guid-link" {
				t.Errorf("guid permalink: %q", items[2].URL)
			}
		}},
		{name: "rss 1.0", body: read("rss1.rdf"), wantKind: "rss", wantItems: 1},
		{name: "atom", body: read("atom.xml"), wantKind: "atom", wantItems: 2, check: func(t *testing.T, f *Feed, items []Item) {
			if items[1].Published == nil {
				t.Error("updated not used as published")
			}
		}},
		{name: "json feed", body: read("feed.json"), wantKind: "json", wantItems: 2},
		{name: "duplicate guids", body: read("dup-guid.xml"), wantItems: 3, wantKind: "rss", check: func(t *testing.T, f *Feed, items []Item) {
			if !items[0].DuplicateGUID || !items[1].DuplicateGUID || items[2].DuplicateGUID {
				t.Errorf("flags: %v %v %v", items[0].DuplicateGUID, items[1].DuplicateGUID, items[2].DuplicateGUID)
			}
		}},
		{name: "invalid utf-8 repaired", body: read("invalid-utf8.xml"), wantKind: "rss", wantItems: 1},
		{name: "unknown encoding read as utf-8", body: read("unknown-encoding.xml"), wantKind: "rss", wantItems: 1},
		{name: "bom", body: append([]byte("\xef\xbb\xbf"), read("atom.xml")...), wantKind: "atom", wantItems: 2},
		{name: "truncated xml", body: read("truncated.xml"), wantErr: ErrMalformed},
		{name: "truncated json", body: read("truncated.json"), wantErr: ErrMalformed},
		{name: "html served as feed", body: read("html-as-feed.html"), wantErr: ErrNotFeed},
		{name: "empty", body: nil, wantErr: ErrNotFeed},
		{name: "binary", body: []byte{0x1f, 0x8b, 0, 1, 2, 3}, wantErr: ErrNotFeed},
		{name: "sitemap is not a feed", body: []byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/</loc></url></urlset>`), wantErr: ErrNotFeed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, items, err := ParseFeed(tt.body, "https://base.example/feed")
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseFeed: %v", err)
			}
			if f.Kind != tt.wantKind || len(items) != tt.wantItems {
				t.Fatalf("kind %q with %d items, want %q with %d", f.Kind, len(items), tt.wantKind, tt.wantItems)
			}
			if tt.check != nil {
				tt.check(t, f, items)
			}
		})
	}
}

func FuzzParseFeed(f *testing.F) {
	files, _ := filepath.Glob("testdata/feeds/*")
	for _, p := range files {
		if strings.HasSuffix(p, ".golden.json") {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<rss><channel><item><link>http://[::1</link></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"url":5}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		feed, items, err := ParseFeed(body, "https://base.example/feed")
		if err != nil {
			if feed != nil || items != nil {
				t.Fatal("result with an error")
			}
			return
		}
		for _, it := range items {
			if !strings.HasPrefix(it.URL, "http://") && !strings.HasPrefix(it.URL, "https://") {
				t.Fatalf("item URL %q is not http(s)", it.URL)
			}
		}
	})
}
