package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Conditional holds the validators of a previous fetch of the same URL.
type Conditional struct {
	ETag         string
	LastModified string
}

// Response is the outcome of a successful Fetch.
type Response struct {
	// URL is the URL asked for; FinalURL is where redirects ended.
	URL      string
	FinalURL string
	Status   int
	// NotModified is set on 304: Body is empty and the caller's copy is
	// current.
	NotModified  bool
	Header       http.Header
	ContentType  string
	Body         []byte
	ETag         string
	LastModified string
	FetchedAt    time.Time
}

// fetchOpts vary a fetch for internal callers (robots.txt).
type fetchOpts struct {
	skipRobots  bool
	maxBody     int64
	truncate    bool
	maxAttempts int
}

// Fetch GETs rawURL politely and returns the decoded body. It follows up to
// MaxRedirects redirects itself, checking the scheme, robots.txt and the
// host limit at every hop; the SSRF guard checks every address dialled.
// It sends cond as If-None-Match / If-Modified-Since; a 304 gives a
// Response with NotModified set. 429 and 5xx are retried with backoff,
// honouring Retry-After, up to MaxAttempts tries.
//
// Errors wrap ErrBlockedAddress, ErrBlockedScheme, ErrRobotsDisallowed,
// ErrTooLarge, ErrTooManyRedirects, ErrTimeout, ErrBadEncoding,
// ErrInvalidURL, or are an *HTTPError.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string, cond Conditional) (*Response, error) {
	resp, err := f.fetch(ctx, rawURL, cond, fetchOpts{})
	if f.cfg.OnFetch != nil {
		f.cfg.OnFetch(resp, err)
	}
	return resp, err
}

func (f *Fetcher) fetch(ctx context.Context, rawURL string, cond Conditional, o fetchOpts) (*Response, error) {
	op := "fetch " + rawURL
	if o.maxBody <= 0 {
		o.maxBody = f.cfg.MaxBodyBytes
	}
	if o.maxAttempts <= 0 {
		o.maxAttempts = f.cfg.MaxAttempts
	}
	ctx, cancel := context.WithTimeout(ctx, f.cfg.TotalTimeout)
	defer cancel()
	cur, err := parseFetchURL(rawURL)
	if err != nil {
		return nil, errorf(op, err)
	}
	for hop := 0; ; hop++ {
		if hop > f.cfg.MaxRedirects {
			return nil, errorf(op, fmt.Errorf("%w: more than %d", ErrTooManyRedirects, f.cfg.MaxRedirects))
		}
		if !o.skipRobots && !f.cfg.IgnoreRobots {
			if err := f.robots.check(ctx, cur); err != nil {
				return nil, errorf(op, timeoutErr(ctx, err))
			}
		}
		resp, next, err := f.tryHop(ctx, cur, cond, o)
		if err != nil {
			return nil, errorf(op, timeoutErr(ctx, err))
		}
		if next != nil {
			cur = next
			continue
		}
		resp.URL = rawURL
		return resp, nil
	}
}

// timeoutErr marks a deadline as ErrTimeout.
func timeoutErr(ctx context.Context, err error) error {
	if errors.Is(err, context.DeadlineExceeded) || (ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded)) {
		if !errors.Is(err, ErrTimeout) {
			return fmt.Errorf("%w: %w", ErrTimeout, err)
		}
	}
	return err
}

func parseFetchURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidURL, err)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	default:
		return nil, fmt.Errorf("%w: %q", ErrBlockedScheme, u.Scheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("%w: no host", ErrInvalidURL)
	}
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

// tryHop fetches one URL with retries. It returns the response, or the
// next URL of a redirect.
func (f *Fetcher) tryHop(ctx context.Context, u *url.URL, cond Conditional, o fetchOpts) (*Response, *url.URL, error) {
	for attempt := 1; ; attempt++ {
		resp, next, wait, err := f.once(ctx, u, cond, o)
		if wait < 0 || attempt >= o.maxAttempts {
			return resp, next, err
		}
		if wait > f.cfg.MaxRetryAfter {
			return nil, nil, err
		}
		if wait == 0 {
			wait = backoff(attempt, f.cfg.BackoffBase, f.cfg.BackoffMax)
		}
		if serr := sleepCtx(ctx, wait); serr != nil {
			return nil, nil, fmt.Errorf("%w (waiting to retry after: %v)", serr, err)
		}
	}
}

// once makes one request. wait < 0 means "final"; wait >= 0 asks for a
// retry after that long (0: the caller's backoff).
func (f *Fetcher) once(ctx context.Context, u *url.URL, cond Conditional, o fetchOpts) (resp *Response, next *url.URL, wait time.Duration, err error) {
	release, err := f.limiter.acquire(ctx, u.Host)
	if err != nil {
		return nil, nil, -1, err
	}
	defer release()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, -1, fmt.Errorf("%w: %v", ErrInvalidURL, err)
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept-Encoding", "gzip, deflate")
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/*;q=0.8, */*;q=0.5")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	hr, err := f.client.Do(req)
	if err != nil {
		if errors.Is(err, ErrBlockedAddress) || ctx.Err() != nil {
			return nil, nil, -1, err
		}
		return nil, nil, 0, err // network trouble: retry
	}
	defer hr.Body.Close()

	switch {
	case isRedirect(hr.StatusCode):
		loc := hr.Header.Get("Location")
		if loc == "" {
			return nil, nil, -1, &HTTPError{URL: u.String(), Status: hr.StatusCode}
		}
		n, err := u.Parse(loc)
		if err != nil {
			return nil, nil, -1, fmt.Errorf("redirect to %q: %w: %v", loc, ErrInvalidURL, err)
		}
		n, err = parseFetchURL(n.String())
		if err != nil {
			return nil, nil, -1, fmt.Errorf("redirect to %q: %w", loc, err)
		}
		drain(hr.Body)
		return nil, n, -1, nil
	case hr.StatusCode == http.StatusNotModified:
		return f.response(u, hr, nil, true), nil, -1, nil
	case retryable(hr.StatusCode):
		ra := retryAfter(hr.Header.Get("Retry-After"), f.cfg.Now())
		drain(hr.Body)
		return nil, nil, ra, &HTTPError{URL: u.String(), Status: hr.StatusCode, RetryAfter: ra}
	case hr.StatusCode < 200 || hr.StatusCode > 299:
		return nil, nil, -1, &HTTPError{URL: u.String(), Status: hr.StatusCode}
	}

	if hr.ContentLength > o.maxBody && !o.truncate {
		return nil, nil, -1, fmt.Errorf("%w: Content-Length %d > %d", ErrTooLarge, hr.ContentLength, o.maxBody)
	}
	// Cap what comes off the wire as well as what comes out of the decoder.
	wire := io.LimitReader(hr.Body, o.maxBody+1)
	dec, err := decodeBody(wire, hr.Header.Get("Content-Encoding"))
	if err != nil {
		return nil, nil, -1, err
	}
	body, err := readCapped(dec, o.maxBody, o.truncate)
	if err != nil {
		return nil, nil, -1, fmt.Errorf("read body: %w", err)
	}
	return f.response(u, hr, body, false), nil, -1, nil
}

func (f *Fetcher) response(u *url.URL, hr *http.Response, body []byte, notModified bool) *Response {
	return &Response{
		FinalURL:     u.String(),
		Status:       hr.StatusCode,
		NotModified:  notModified,
		Header:       hr.Header,
		ContentType:  hr.Header.Get("Content-Type"),
		Body:         body,
		ETag:         hr.Header.Get("ETag"),
		LastModified: hr.Header.Get("Last-Modified"),
		FetchedAt:    f.cfg.Now().UTC(),
	}
}

func isRedirect(status int) bool {
	switch status {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// drain reads a little of a body we do not want, so the connection can be
// reused, without reading much of a large one.
func drain(r io.Reader) { _, _ = io.CopyN(io.Discard, r, 4<<10) }
