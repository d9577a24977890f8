package natsq

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// HostLimiter keeps per-host politeness across every worker: the bucket
// holds, per host, the earliest time the next request may start, and a
// worker reserves a start with a compare-and-swap on it, so two workers
// never take the same slot however many there are. The per-process
// limits of ingest.Fetcher (requests in flight per host) still apply on
// top.
type HostLimiter struct {
	kv jetstream.KeyValue
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// HostLimiter returns the queue's shared per-host limiter.
func (q *Queue) HostLimiter() *HostLimiter { return &HostLimiter{kv: q.kv, Now: time.Now} }

// Reserve reserves the next request start to host, at least interval
// after the previous one, and returns how long to wait for it. When that
// wait would exceed maxWait nothing is reserved and *Later is returned,
// so the caller can hand the job back instead of holding it.
func (l *HostLimiter) Reserve(ctx context.Context, host string, interval, maxWait time.Duration) (time.Duration, error) {
	key := HostKey(host)
	for range 50 {
		now := l.Now()
		e, err := l.kv.Get(ctx, key)
		switch {
		case errors.Is(err, jetstream.ErrKeyNotFound):
			if _, err := l.kv.Create(ctx, key, stamp(now.Add(interval))); err == nil {
				return 0, nil
			} else if !errors.Is(err, jetstream.ErrKeyExists) {
				return 0, fmt.Errorf("natsq: reserve %s: %w", host, err)
			}
			continue // another worker created it first
		case err != nil:
			return 0, fmt.Errorf("natsq: reserve %s: %w", host, err)
		}
		next, perr := strconv.ParseInt(string(e.Value()), 10, 64)
		start := now
		if perr == nil && time.Unix(0, next).After(now) {
			start = time.Unix(0, next)
		}
		wait := start.Sub(now)
		if wait > maxWait {
			return 0, &Later{After: wait, Reason: "host " + host + " is busy (politeness)"}
		}
		if _, err := l.kv.Update(ctx, key, stamp(start.Add(interval)), e.Revision()); err == nil {
			return wait, nil
		} else if !errors.Is(err, jetstream.ErrKeyExists) {
			return 0, fmt.Errorf("natsq: reserve %s: %w", host, err)
		}
		// Lost the race for this revision: read again.
	}
	return 0, &Later{After: interval, Reason: "host " + host + " is contended"}
}

func stamp(t time.Time) []byte { return []byte(strconv.FormatInt(t.UnixNano(), 10)) }
