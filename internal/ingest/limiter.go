package ingest

import (
	"context"
	"sync"
	"time"
)

// hostLimiter holds the per-host politeness: at most conc requests in flight
// to one host, and successive request starts at least interval apart (the
// larger of 1/requests-per-second and the host's robots.txt Crawl-delay).
type hostLimiter struct {
	conc     int
	interval time.Duration
	maxDelay time.Duration

	mu    sync.Mutex
	hosts map[string]*hostSlot
}

type hostSlot struct {
	sem      chan struct{}
	mu       sync.Mutex
	next     time.Time
	interval time.Duration
}

func newHostLimiter(conc int, interval, maxDelay time.Duration) *hostLimiter {
	return &hostLimiter{conc: conc, interval: interval, maxDelay: maxDelay, hosts: map[string]*hostSlot{}}
}

func (l *hostLimiter) slot(host string) *hostSlot {
	l.mu.Lock()
	defer l.mu.Unlock()
	s, ok := l.hosts[host]
	if !ok {
		s = &hostSlot{sem: make(chan struct{}, l.conc), interval: l.interval}
		l.hosts[host] = s
	}
	return s
}

// setCrawlDelay raises the host's interval to a robots.txt Crawl-delay,
// bounded by maxDelay.
func (l *hostLimiter) setCrawlDelay(host string, d time.Duration) {
	if d > l.maxDelay {
		d = l.maxDelay
	}
	s := l.slot(host)
	s.mu.Lock()
	s.interval = max(l.interval, d)
	s.mu.Unlock()
}

// acquire waits for a slot for host and returns its release function.
func (l *hostLimiter) acquire(ctx context.Context, host string) (func(), error) {
	s := l.slot(host)
	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release := func() { <-s.sem }
	s.mu.Lock()
	now := time.Now()
	start := s.next
	if start.Before(now) {
		start = now
	}
	s.next = start.Add(s.interval)
	s.mu.Unlock()
	if err := sleepCtx(ctx, start.Sub(now)); err != nil {
		release()
		return nil, err
	}
	return release, nil
}

// sleepCtx sleeps for d or until ctx ends.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// hostInterval returns the least time between two request starts to host.
func (l *hostLimiter) hostInterval(host string) time.Duration {
	s := l.slot(host)
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.interval
}
