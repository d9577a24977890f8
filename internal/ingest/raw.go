package ingest

import (
	"time"
)

// RawDocument is one fetched or read article, before extraction.
type RawDocument struct {
	// URL is the article's address as the source gave it.
	URL string `json:"url"`
	// CanonicalURL is CanonicalURL(URL) for http(s) addresses, the file://
	// URL for local files; the store's dedupe key together with ContentHash.
	CanonicalURL string `json:"canonical_url"`
	// FinalURL is where redirects ended (equal to URL when there were none).
	FinalURL string `json:"final_url,omitempty"`
	// Source names the feed or site (the feed title, else the host, else
	// the file name).
	Source string `json:"source"`
	// Meta is what the feed, sitemap or .jsonl line said about the item.
	Meta ItemMeta `json:"meta"`
	// ContentType is the HTTP Content-Type, or one inferred for local
	// files ("text/html", "text/plain; charset=utf-8").
	ContentType string `json:"content_type"`
	// Body is the page as bytes, decompressed but not decoded: its charset
	// may be anything, even invalid UTF-8 (extract decodes it).
	Body []byte `json:"-"`
	// FetchedAt is when the body was fetched or read, UTC.
	FetchedAt time.Time `json:"fetched_at"`
	// ETag and LastModified are the response's validators, for the next
	// conditional GET.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// ContentHash is ContentHash(Body) — of the body as fetched; callers
	// that want the article-level hash apply ContentHash to extracted text.
	ContentHash string `json:"content_hash"`
}

// ItemMeta is the metadata a feed, sitemap or article list carries for one
// item. Every field may be empty.
type ItemMeta struct {
	FeedTitle string     `json:"feed_title,omitempty"`
	Title     string     `json:"title,omitempty"`
	Published *time.Time `json:"published,omitempty"`
	Updated   *time.Time `json:"updated,omitempty"`
	GUID      string     `json:"guid,omitempty"`
	Author    string     `json:"author,omitempty"`
	Summary   string     `json:"summary,omitempty"`
	Language  string     `json:"language,omitempty"`
	// DuplicateGUID is set when the feed holds another item with the same
	// GUID and different content; both are kept.
	DuplicateGUID bool `json:"duplicate_guid,omitempty"`
}
