package ingest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"
)

// DefaultUserAgent returns geowire's User-Agent for a version string.
func DefaultUserAgent(version string) string {
	if version == "" {
		version = "dev"
	}
	return "geowire/" + version + " (+https://github.com/geowire/geowire)"
}

// robotsToken is the product token geowire answers to in robots.txt.
const robotsToken = "geowire"

// FetcherConfig is the fetcher's explicit configuration. Zero fields take
// the defaults below; Validate reports impossible values.
type FetcherConfig struct {
	// UserAgent is sent with every request (DefaultUserAgent(version)).
	UserAgent string
	// RequestsPerSecond is the most requests started per second to one
	// host (default 1). A robots.txt Crawl-delay can only slow it down.
	RequestsPerSecond float64
	// MaxPerHost is the most requests in flight to one host (default 2).
	MaxPerHost int
	// ConnectTimeout bounds DNS, TCP connect and TLS handshake (default 10 s).
	ConnectTimeout time.Duration
	// HeaderTimeout bounds the wait for response headers (default 20 s).
	HeaderTimeout time.Duration
	// TotalTimeout bounds one Fetch, redirects, retries and body included
	// (default 2 min).
	TotalTimeout time.Duration
	// MaxBodyBytes is the largest body read, after decompression
	// (default 16 MiB).
	MaxBodyBytes int64
	// MaxRedirects is the longest redirect chain followed (default 10).
	MaxRedirects int
	// MaxAttempts is the number of tries on 429, 5xx and network errors
	// (default 3).
	MaxAttempts int
	// BackoffBase and BackoffMax shape the exponential backoff between
	// tries (defaults 1 s and 30 s).
	BackoffBase, BackoffMax time.Duration
	// MaxRetryAfter is the longest Retry-After the fetcher waits for; a
	// longer one ends the fetch with an *HTTPError (default 2 min).
	MaxRetryAfter time.Duration
	// AllowPrivate lets fetches reach private, loopback and link-local
	// addresses (--allow-private). Off, the SSRF guard refuses them.
	AllowPrivate bool
	// IgnoreRobots turns robots.txt off. Off (the default), robots.txt is
	// fetched once per host, cached for RobotsTTL, and honoured.
	IgnoreRobots bool
	// RobotsTTL is how long a host's robots.txt is cached (default 1 h).
	RobotsTTL time.Duration
	// MaxCrawlDelay caps a robots.txt Crawl-delay (default 30 s).
	MaxCrawlDelay time.Duration
	// Resolver and Dialer are the network; nil means the system's. Tests
	// inject them. The SSRF guard sits between them: every address the
	// Resolver returns is checked before the Dialer sees it.
	Resolver Resolver
	Dialer   Dialer
	// Now is the clock (default time.Now).
	Now func() time.Time
	// OnFetch, if set, is called after every Fetch with its outcome (for
	// metrics); it must be safe for concurrent use.
	OnFetch func(*Response, error)
}

// Fetcher defaults.
const (
	DefaultRequestsPerSecond = 1
	DefaultMaxPerHost        = 2
	DefaultConnectTimeout    = 10 * time.Second
	DefaultHeaderTimeout     = 20 * time.Second
	DefaultTotalTimeout      = 2 * time.Minute
	DefaultMaxBodyBytes      = 16 << 20
	DefaultMaxRedirects      = 10
	DefaultMaxAttempts       = 3
	DefaultBackoffBase       = time.Second
	DefaultBackoffMax        = 30 * time.Second
	DefaultMaxRetryAfter     = 2 * time.Minute
	DefaultRobotsTTL         = time.Hour
	DefaultMaxCrawlDelay     = 30 * time.Second
	maxRobotsBytes           = 512 << 10
)

func (c FetcherConfig) withDefaults() FetcherConfig {
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent("")
	}
	if c.RequestsPerSecond == 0 {
		c.RequestsPerSecond = DefaultRequestsPerSecond
	}
	if c.MaxPerHost == 0 {
		c.MaxPerHost = DefaultMaxPerHost
	}
	if c.ConnectTimeout == 0 {
		c.ConnectTimeout = DefaultConnectTimeout
	}
	if c.HeaderTimeout == 0 {
		c.HeaderTimeout = DefaultHeaderTimeout
	}
	if c.TotalTimeout == 0 {
		c.TotalTimeout = DefaultTotalTimeout
	}
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.MaxRedirects == 0 {
		c.MaxRedirects = DefaultMaxRedirects
	}
	if c.MaxAttempts == 0 {
		c.MaxAttempts = DefaultMaxAttempts
	}
	if c.BackoffBase == 0 {
		c.BackoffBase = DefaultBackoffBase
	}
	if c.BackoffMax == 0 {
		c.BackoffMax = DefaultBackoffMax
	}
	if c.MaxRetryAfter == 0 {
		c.MaxRetryAfter = DefaultMaxRetryAfter
	}
	if c.RobotsTTL == 0 {
		c.RobotsTTL = DefaultRobotsTTL
	}
	if c.MaxCrawlDelay == 0 {
		c.MaxCrawlDelay = DefaultMaxCrawlDelay
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// Validate reports the first impossible value, after defaults.
func (c FetcherConfig) Validate() error {
	c = c.withDefaults()
	switch {
	case c.RequestsPerSecond < 0:
		return errors.New("ingest: requests per second must be positive")
	case c.MaxPerHost < 0:
		return errors.New("ingest: max requests per host must be positive")
	case c.ConnectTimeout < 0, c.HeaderTimeout < 0, c.TotalTimeout < 0:
		return errors.New("ingest: timeouts must be positive")
	case c.MaxBodyBytes < 0:
		return errors.New("ingest: max body bytes must be positive")
	case c.MaxRedirects < 0:
		return errors.New("ingest: max redirects must not be negative")
	case c.MaxAttempts < 0:
		return errors.New("ingest: max attempts must be positive")
	case c.BackoffBase < 0, c.BackoffMax < 0, c.MaxRetryAfter < 0, c.RobotsTTL < 0, c.MaxCrawlDelay < 0:
		return errors.New("ingest: durations must not be negative")
	}
	return nil
}

// Fetcher fetches URLs politely. It is safe for concurrent use; share one
// per process so per-host limits hold across sources.
type Fetcher struct {
	cfg     FetcherConfig
	client  *http.Client
	limiter *hostLimiter
	robots  *robotsCache
}

// NewFetcher returns a Fetcher for cfg.
func NewFetcher(cfg FetcherConfig) (*Fetcher, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	resolver := cfg.Resolver
	if resolver == nil {
		resolver = net.DefaultResolver
	}
	dialer := cfg.Dialer
	if dialer == nil {
		d := &net.Dialer{Timeout: cfg.ConnectTimeout, KeepAlive: 30 * time.Second}
		if !cfg.AllowPrivate {
			d.Control = guardControl
		}
		dialer = d
	}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would dial for us and bypass the guard
		DialContext:           (&guardedDial{resolver: resolver, dialer: dialer, allowPrivate: cfg.AllowPrivate}).DialContext,
		TLSHandshakeTimeout:   cfg.ConnectTimeout,
		ResponseHeaderTimeout: cfg.HeaderTimeout,
		DisableCompression:    true, // we ask for gzip ourselves and cap the decoded size
		MaxIdleConnsPerHost:   cfg.MaxPerHost,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	interval := time.Duration(float64(time.Second) / cfg.RequestsPerSecond)
	f := &Fetcher{
		cfg: cfg,
		client: &http.Client{
			Transport: tr,
			// Redirects are followed by Fetch itself, hop by hop, so that
			// each hop passes the scheme check, robots.txt and the host limit.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		limiter: newHostLimiter(cfg.MaxPerHost, interval, cfg.MaxCrawlDelay),
	}
	f.robots = newRobotsCache(f)
	return f, nil
}

// Config returns the fetcher's configuration, defaults filled in.
func (f *Fetcher) Config() FetcherConfig { return f.cfg }

// Close releases idle connections.
func (f *Fetcher) Close() { f.client.CloseIdleConnections() }

func errorf(op string, err error) error { return fmt.Errorf("%s: %w", op, err) }

// HostInterval returns the least time between two request starts to the
// host of rawURL: the configured rate, or the host's robots.txt
// Crawl-delay (capped by MaxCrawlDelay) when that is longer. Unless
// robots.txt is ignored it reads the host's robots.txt first (cached, and
// through the SSRF guard), so the delay is known before the first
// request. Workers that share one limiter across processes
// (natsq.HostLimiter) reserve with it, so that a Crawl-delay holds across
// all of them, not only within each.
func (f *Fetcher) HostInterval(ctx context.Context, rawURL string) time.Duration {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return f.limiter.interval
	}
	if !f.cfg.IgnoreRobots {
		f.robots.get(ctx, u) // a failure shows in Fetch; here only the delay matters
	}
	return f.limiter.hostInterval(u.Host)
}
