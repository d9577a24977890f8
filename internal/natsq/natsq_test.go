package natsq_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/ingest"
	"github.com/geowire/geowire/internal/natsq"
	"github.com/geowire/geowire/internal/natsq/natstest"
)

func raw(i int, body []byte) ingest.RawDocument {
	u := fmt.Sprintf("https://example.com/a/%d", i)
	return ingest.RawDocument{URL: u, CanonicalURL: u, Source: "test", ContentType: "text/plain", Body: body}
}

// TestNATSWorkQueue publishes analysis jobs (some twice, one with a body
// for the object store, one undecodable, one that fails for good, one
// that fails once) and works them with two workers: every good job is
// handled and acked, the duplicates are refused at publish, the failing
// ones land in the dead-letter stream with their errors, and the rest
// flows.
func TestNATSWorkQueue(t *testing.T) {
	q := natstest.MustConnect(t, natsq.Config{MaxDeliver: 3, Backoff: []time.Duration{50 * time.Millisecond}, MaxInline: 1 << 10})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	const n = 60
	big := bytes.Repeat([]byte("large body "), 1000)
	for i := range n {
		body := []byte(fmt.Sprintf("article %d", i))
		if i == 7 {
			body = big
		}
		for range 2 {
			if _, err := q.PublishAnalyze(ctx, raw(i, body)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if fresh, err := q.PublishAnalyze(ctx, raw(3, []byte("article 3"))); err != nil || fresh {
		t.Fatalf("republish: fresh %v, err %v; want a duplicate", fresh, err)
	}
	if _, err := q.PublishRaw(ctx, natsq.Analyze, "poison", []byte("{not json")); err != nil {
		t.Fatal(err)
	}
	if pending, _ := q.Pending(ctx, natsq.Analyze); pending != n+1 {
		t.Fatalf("pending = %d, want %d", pending, n+1)
	}

	var mu sync.Mutex
	seen := map[string]int{}
	h := func(ctx context.Context, j *natsq.Job) error {
		mu.Lock()
		defer mu.Unlock()
		seen[j.Raw.URL]++
		switch {
		case strings.HasSuffix(j.Raw.URL, "/13"):
			return errors.New("always broken")
		case strings.HasSuffix(j.Raw.URL, "/21") && j.Attempt == 1:
			return errors.New("transient")
		case strings.HasSuffix(j.Raw.URL, "/7") && !bytes.Equal(j.Raw.Body, big):
			return natsq.Permanent(errors.New("big body lost"))
		}
		return nil
	}
	wctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			if err := q.Work(wctx, natsq.Analyze, natsq.WorkOptions{Concurrency: 4}, h); err != nil {
				t.Error(err)
			}
		})
	}
	for {
		p, err := q.Pending(ctx, natsq.Analyze)
		if err != nil {
			t.Fatal(err)
		}
		if p == 0 {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("%d jobs still pending", p)
		}
		time.Sleep(50 * time.Millisecond)
	}
	stop()
	wg.Wait()

	for i := range n {
		want := 1
		switch i {
		case 13:
			want = 3
		case 21:
			want = 2
		}
		if got := seen[fmt.Sprintf("https://example.com/a/%d", i)]; got != want {
			t.Errorf("job %d handled %d times, want %d", i, got, want)
		}
	}
	dl, err := q.DeadLetters(ctx, natsq.Analyze, 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range dl {
		got = append(got, fmt.Sprintf("%d %s", d.Deliveries, d.Error))
	}
	slices.Sort(got)
	if len(got) != 2 || !strings.Contains(got[0], "decode analysis job") || !strings.Contains(got[1], "always broken") || !strings.HasPrefix(got[1], "3 ") {
		t.Fatalf("dead letters = %q; want the poison and job 13 after 3 deliveries", got)
	}
}

// TestNATSHostLimiter reserves request starts to one host from several
// goroutines, as many workers would: the starts granted are at least the
// interval apart, and a wait beyond the limit is handed back as *Later.
// The granted start is the limiter's own clock reading plus the wait it
// returns: when a goroutine then wakes up is the scheduler's business
// (on a loaded machine two wake-ups can land closer than their slots).
func TestNATSHostLimiter(t *testing.T) {
	q := natstest.MustConnect(t, natsq.Config{})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	const interval = 40 * time.Millisecond
	var mu sync.Mutex
	var starts []time.Time
	var wg sync.WaitGroup
	for range 4 {
		l := q.HostLimiter()
		var now time.Time // the limiter's last clock reading
		l.Now = func() time.Time { now = time.Now(); return now }
		wg.Go(func() {
			for range 5 {
				wait, err := l.Reserve(ctx, "example.org", interval, time.Minute)
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				starts = append(starts, time.Unix(0, now.Add(wait).UnixNano()))
				mu.Unlock()
				time.Sleep(wait)
			}
		})
	}
	wg.Wait()
	slices.SortFunc(starts, func(a, b time.Time) int { return a.Compare(b) })
	for i := 1; i < len(starts); i++ {
		if d := starts[i].Sub(starts[i-1]); d < interval {
			t.Errorf("starts %d and %d only %s apart", i-1, i, d)
		}
	}
	_, err := q.HostLimiter().Reserve(ctx, "example.org", time.Hour, 0)
	_, err2 := q.HostLimiter().Reserve(ctx, "example.org", time.Hour, 0)
	var later *natsq.Later
	if err != nil && !errors.As(err, &later) || !errors.As(err2, &later) {
		t.Fatalf("busy host: %v, %v; want *Later", err, err2)
	}
	if _, err := q.HostLimiter().Reserve(ctx, "other.example", time.Hour, 0); err != nil {
		t.Fatalf("another host: %v", err)
	}
}
