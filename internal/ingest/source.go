package ingest

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
)

// Kind is the kind of a source.
type Kind string

// Source kinds.
const (
	// KindAuto is an http(s) URL whose body decides: a feed, a sitemap,
	// or else a single page.
	KindAuto    Kind = "auto"
	KindFeed    Kind = "feed"
	KindPage    Kind = "url"
	KindSitemap Kind = "sitemap"
	// KindPath is a local file or folder: HTML, text, .jsonl of articles
	// and WARC files inside it.
	KindPath Kind = "path"
	KindWARC Kind = "warc"
)

// Source is one thing to ingest.
type Source struct {
	Kind Kind `json:"kind"`
	// Location is a URL, or a local path for KindPath and KindWARC.
	Location string `json:"location"`
	// Name overrides the source name put on documents (default: the feed
	// title, else the host, else the file name).
	Name string `json:"name,omitempty"`
}

func (s Source) String() string { return string(s.Kind) + ":" + s.Location }

// ParseSource reads a source spec: "kind:location" with kind one of feed,
// url, sitemap, path, warc (for example "feed:https://example.com/rss"), or
// a bare location: an http(s) URL is KindAuto, a file:// URL or anything
// else a local path (KindWARC for .warc and .warc.gz files).
func ParseSource(spec string) (Source, error) {
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return Source{}, fmt.Errorf("source: %w: empty spec", ErrUnsupportedSource)
	}
	if k, loc, ok := strings.Cut(spec, ":"); ok {
		switch kind := Kind(strings.ToLower(k)); kind {
		case KindFeed, KindPage, KindSitemap, KindAuto:
			if !looksLikeURL(strings.ToLower(loc)) {
				return Source{}, fmt.Errorf("source %q: %w: %s wants an http(s) URL", spec, ErrUnsupportedSource, kind)
			}
			return Source{Kind: kind, Location: loc}, nil
		case KindPath, KindWARC:
			if loc == "" {
				return Source{}, fmt.Errorf("source %q: %w: empty path", spec, ErrUnsupportedSource)
			}
			return Source{Kind: kind, Location: loc}, nil
		}
	}
	lower := strings.ToLower(spec)
	switch {
	case looksLikeURL(lower):
		return Source{Kind: KindAuto, Location: spec}, nil
	case strings.HasPrefix(lower, "file://"):
		u, err := url.Parse(spec)
		if err != nil || u.Path == "" {
			return Source{}, fmt.Errorf("source %q: %w", spec, ErrInvalidURL)
		}
		spec = u.Path
	case strings.Contains(lower, "://"):
		return Source{}, fmt.Errorf("source %q: %w", spec, ErrBlockedScheme)
	}
	if isWARCName(spec) {
		return Source{Kind: KindWARC, Location: spec}, nil
	}
	return Source{Kind: KindPath, Location: spec}, nil
}

func isWARCName(p string) bool {
	b := strings.ToLower(filepath.Base(p))
	return strings.HasSuffix(b, ".warc") || strings.HasSuffix(b, ".warc.gz")
}
