package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sync"
	"time"
)

// robotsCache fetches each host's robots.txt once per TTL; concurrent
// callers for the same host wait for the one fetch.
type robotsCache struct {
	f *Fetcher

	mu      sync.Mutex
	entries map[string]*robotsEntry
}

type robotsEntry struct {
	done    chan struct{}
	robots  *Robots
	err     error // a disallow-all reason or an unreachable host
	expires time.Time
}

// Cache lifetimes of the failure cases.
const (
	robotsUnreachableTTL = time.Minute
)

func newRobotsCache(f *Fetcher) *robotsCache {
	return &robotsCache{f: f, entries: map[string]*robotsEntry{}}
}

// check returns nil when u may be fetched, an error wrapping
// ErrRobotsDisallowed when robots.txt forbids it, or the error that kept
// robots.txt from being read.
func (c *robotsCache) check(ctx context.Context, u *url.URL) error {
	e, err := c.get(ctx, u)
	if err != nil {
		return err
	}
	if e.err != nil {
		return e.err
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	if !e.robots.Allowed(p) {
		return fmt.Errorf("%w: %s", ErrRobotsDisallowed, u.Redacted())
	}
	return nil
}

func (c *robotsCache) get(ctx context.Context, u *url.URL) (*robotsEntry, error) {
	key := u.Scheme + "://" + u.Host
	now := c.f.cfg.Now()
	c.mu.Lock()
	e, ok := c.entries[key]
	if ok {
		select {
		case <-e.done:
			if now.After(e.expires) {
				ok = false
			}
		default:
		}
	}
	if !ok {
		e = &robotsEntry{done: make(chan struct{})}
		c.entries[key] = e
		c.mu.Unlock()
		c.load(ctx, key, u, e)
		close(e.done)
	} else {
		c.mu.Unlock()
	}
	select {
	case <-e.done:
		return e, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (c *robotsCache) load(ctx context.Context, key string, u *url.URL, e *robotsEntry) {
	cfg := c.f.cfg
	now := cfg.Now()
	e.expires = now.Add(cfg.RobotsTTL)
	resp, err := c.f.fetch(ctx, key+"/robots.txt", Conditional{}, fetchOpts{
		skipRobots: true, maxBody: maxRobotsBytes, truncate: true, maxAttempts: 2,
	})
	var he *HTTPError
	switch {
	case err == nil:
		e.robots = ParseRobots(resp.Body, robotsToken)
		if e.robots.CrawlDelay > 0 {
			c.f.limiter.setCrawlDelay(u.Host, e.robots.CrawlDelay)
		}
	case errors.As(err, &he) && he.Status >= 400 && he.Status < 500 && he.Status != 429:
		// RFC 9309: robots.txt "unavailable" → no restrictions.
		e.robots = &Robots{}
	case errors.As(err, &he):
		// 429 and 5xx: "unreachable" → assume complete disallow, for a while.
		e.err = fmt.Errorf("%w: robots.txt answered HTTP %d", ErrRobotsDisallowed, he.Status)
		e.expires = now.Add(robotsUnreachableTTL)
	case errors.Is(err, ErrTooManyRedirects):
		e.robots = &Robots{}
	default:
		// Network failure, blocked address, cancelled: report it; keep it
		// briefly (not at all when the caller gave up).
		e.err = fmt.Errorf("robots.txt: %w", err)
		e.expires = now.Add(robotsUnreachableTTL)
		if ctx.Err() != nil {
			e.expires = now
		}
	}
}
