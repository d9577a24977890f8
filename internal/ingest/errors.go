package ingest

import (
	"errors"
	"fmt"
	"time"
)

// Sentinel errors; the errors of this package wrap one of them (or an
// *HTTPError) so callers can test with errors.Is and errors.As.
var (
	ErrBlockedAddress    = errors.New("ingest: address refused (private, loopback, link-local or reserved)")
	ErrBlockedScheme     = errors.New("ingest: only http and https URLs can be fetched")
	ErrRobotsDisallowed  = errors.New("ingest: disallowed by robots.txt")
	ErrTooLarge          = errors.New("ingest: body too large")
	ErrTooManyRedirects  = errors.New("ingest: too many redirects")
	ErrTimeout           = errors.New("ingest: time limit exceeded")
	ErrBadEncoding       = errors.New("ingest: unsupported or corrupt content encoding")
	ErrNotFeed           = errors.New("ingest: not a feed")
	ErrMalformed         = errors.New("ingest: malformed input")
	ErrNotSitemap        = errors.New("ingest: not a sitemap")
	ErrInvalidURL        = errors.New("ingest: invalid URL")
	ErrUnsupportedSource = errors.New("ingest: unsupported source")
)

// HTTPError is a response status the fetcher does not turn into a document:
// 4xx other than 304, and 429/5xx once retries are spent. Its message
// leaves the URL to the wrapping error ("fetch URL: HTTP 404").
type HTTPError struct {
	URL    string
	Status int
	// RetryAfter is the server's Retry-After, if it sent one.
	RetryAfter time.Duration
}

func (e *HTTPError) Error() string {
	if e.RetryAfter > 0 {
		return fmt.Sprintf("HTTP %d (retry after %s)", e.Status, e.RetryAfter)
	}
	return fmt.Sprintf("HTTP %d", e.Status)
}

// ItemError is the failure of one item of a source (one article URL, one
// .jsonl line, one WARC record). The source goes on after it.
type ItemError struct {
	Source string // the source's location
	Item   string // URL, "file:line" or "file#record"
	Err    error
}

func (e *ItemError) Error() string {
	return fmt.Sprintf("ingest: %s: %s: %v", e.Source, e.Item, e.Err)
}

func (e *ItemError) Unwrap() error { return e.Err }
