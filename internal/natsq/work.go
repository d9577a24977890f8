package natsq

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/geowire/geowire/internal/ingest"
)

// Job is one delivery of a job to a handler.
type Job struct {
	Kind Kind
	// Fetch is set for fetch jobs, Raw for analysis jobs.
	Fetch *FetchJob
	Raw   *ingest.RawDocument
	// Attempt counts deliveries of this job, from 1.
	Attempt int
}

// Later is an error asking for the job to be delivered again after After
// without it counting as a failure of the job's content (politeness, a
// Retry-After). It still uses one of the job's deliveries.
type Later struct {
	After  time.Duration
	Reason string
}

func (l *Later) Error() string { return fmt.Sprintf("later (%s): %s", l.After, l.Reason) }

// Handler processes one job. Returning nil acks it (after the store
// commit, which the handler has done); an error wrapping ErrPermanent, or
// any error on the last allowed delivery, sends it to the dead-letter
// stream; *Later and any other error have it delivered again after a
// delay (Later's, else the Backoff schedule).
type Handler func(ctx context.Context, j *Job) error

// Outcomes passed to WorkOptions.OnDone.
const (
	OutcomeAcked      = "acked"
	OutcomeRetry      = "retry"
	OutcomeDeadLetter = "dead_letter"
)

// WorkOptions tune Work.
type WorkOptions struct {
	// Concurrency is the most jobs handled at once (default 1). Work pulls
	// only as many jobs as it has free slots, so a stopping worker holds
	// none it has not started.
	Concurrency int
	// Grace is how long in-flight jobs may run on after ctx ends before
	// their context is cancelled too (default AckWait).
	Grace time.Duration
	// OnDone, if set, is called after each delivery with its outcome and
	// handling time; it must be safe for concurrent use.
	OnDone func(k Kind, outcome string, d time.Duration, err error)
}

// budget is the most deliveries of a kind of job: fetch jobs get ten
// times MaxDeliver, since politeness deferrals (*Later) use deliveries.
func (q *Queue) budget(k Kind) int {
	if k == Fetch {
		return q.cfg.MaxDeliver * 10
	}
	return q.cfg.MaxDeliver
}

// Work pulls jobs of kind k and runs h on them until ctx ends, then stops
// pulling, waits for the jobs in flight (cancelling them after
// opt.Grace) and returns. While a job runs its worker sends progress
// heartbeats, so a long job is not redelivered; a worker that dies stops
// them, and its jobs go to another worker after AckWait.
func (q *Queue) Work(ctx context.Context, k Kind, opt WorkOptions, h Handler) error {
	cons, ok := q.cons[k]
	if !ok {
		return fmt.Errorf("%w: unknown job kind %q", ErrConfig, k)
	}
	n := max(opt.Concurrency, 1)
	grace := opt.Grace
	if grace <= 0 {
		grace = q.cfg.AckWait
	}
	hctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	stop := context.AfterFunc(ctx, func() {
		t := time.AfterFunc(grace, cancel)
		context.AfterFunc(hctx, func() { t.Stop() })
	})
	defer stop()

	sem := make(chan struct{}, n)
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		// Wait for one free slot, then take every other free one.
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			return nil
		}
		free := 1
	more:
		for free < n {
			select {
			case sem <- struct{}{}:
				free++
			default:
				break more
			}
		}
		batch, err := cons.Fetch(free, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			for range free {
				<-sem
			}
			if ctx.Err() != nil {
				return nil
			}
			if errors.Is(err, nats.ErrConnectionClosed) {
				return fmt.Errorf("natsq: pull %s: %w", k, err)
			}
			sleep(ctx, time.Second)
			continue
		}
		got := 0
		for m := range batch.Messages() {
			got++
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				q.handle(hctx, k, m, h, opt.OnDone)
			}()
		}
		for range free - got {
			<-sem
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && ctx.Err() == nil {
			sleep(ctx, time.Second)
		}
	}
}

// handle runs h on one message and settles it.
func (q *Queue) handle(ctx context.Context, k Kind, m jetstream.Msg, h Handler, onDone func(Kind, string, time.Duration, error)) {
	start := time.Now()
	outcome, err := q.settle(ctx, k, m, h)
	if onDone != nil {
		onDone(k, outcome, time.Since(start), err)
	}
}

func (q *Queue) settle(ctx context.Context, k Kind, m jetstream.Msg, h Handler) (string, error) {
	attempt := 1
	md, mdErr := m.Metadata()
	if mdErr == nil {
		attempt = int(md.NumDelivered)
	}
	if attempt > q.budget(k) {
		// Delivered budget+1 times: every earlier delivery ended without
		// an ack or a nak, so it kills or hangs its worker.
		err := fmt.Errorf("delivered %d times without an ack (it crashes or stalls its worker)", attempt-1)
		return q.deadLetter(ctx, k, m, attempt-1, err)
	}
	j := &Job{Kind: k, Attempt: attempt}
	err := q.decode(ctx, m, j)
	if err == nil {
		stop := heartbeat(m, q.cfg.AckWait/3)
		err = call(ctx, h, j)
		stop()
	}
	var later *Later
	switch {
	case err == nil:
		if aerr := m.DoubleAck(ctx); aerr != nil {
			// The job was done; a redelivery finds it stored.
			return OutcomeRetry, fmt.Errorf("ack: %w", aerr)
		}
		if k == Analyze {
			q.dropBody(ctx, m.Data())
		}
		return OutcomeAcked, nil
	case errors.Is(err, ErrPermanent), attempt >= q.budget(k) && !errors.As(err, &later):
		return q.deadLetter(ctx, k, m, attempt, err)
	case errors.As(err, &later):
		_ = m.NakWithDelay(later.After)
		return OutcomeRetry, err
	}
	_ = m.NakWithDelay(q.backoff(attempt))
	return OutcomeRetry, err
}

func (q *Queue) decode(ctx context.Context, m jetstream.Msg, j *Job) error {
	switch j.Kind {
	case Fetch:
		f, err := decodeFetch(m.Data())
		j.Fetch = &f
		return err
	default:
		raw, err := q.decodeAnalyze(ctx, m.Data())
		j.Raw = &raw
		return err
	}
}

// call runs h, turning a panic into a permanent error.
func call(ctx context.Context, h Handler, j *Job) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = Permanent(fmt.Errorf("panic: %v\n%s", r, debug.Stack()))
		}
	}()
	return h(ctx, j)
}

// backoff is the delay before the retry that follows delivery attempt.
func (q *Queue) backoff(attempt int) time.Duration {
	b := q.cfg.Backoff
	return b[min(max(attempt-1, 0), len(b)-1)]
}

// Dead-letter headers.
const (
	HeaderError      = "Geowire-Error"
	HeaderDeliveries = "Geowire-Deliveries"
	HeaderStream     = "Geowire-Stream"
	HeaderSequence   = "Geowire-Sequence"
	HeaderSubject    = "Geowire-Subject"
)

// deadLetter copies m with the error to the dead-letter subject, then
// terminates m so the rest of its stream flows. If the copy cannot be
// published, m is retried instead: nothing is dropped.
func (q *Queue) deadLetter(ctx context.Context, k Kind, m jetstream.Msg, deliveries int, cause error) (string, error) {
	h := nats.Header{}
	for key, v := range m.Headers() {
		if key != jetstream.MsgIDHeader {
			h[key] = v
		}
	}
	msg := cause.Error()
	if len(msg) > 4000 {
		msg = msg[:4000] + "…"
	}
	h.Set(HeaderError, msg)
	h.Set(HeaderDeliveries, strconv.Itoa(deliveries))
	h.Set(HeaderSubject, m.Subject())
	id := "dlq:" + m.Subject()
	if md, err := m.Metadata(); err == nil {
		h.Set(HeaderStream, md.Stream)
		h.Set(HeaderSequence, strconv.FormatUint(md.Sequence.Stream, 10))
		id = fmt.Sprintf("dlq:%s:%d", md.Stream, md.Sequence.Stream)
	}
	if _, err := q.publish(ctx, q.DLQSubject(k), id, m.Data(), h); err != nil {
		_ = m.NakWithDelay(q.backoff(deliveries))
		return OutcomeRetry, fmt.Errorf("dead-letter (kept for retry): %w (cause: %v)", err, cause)
	}
	// Plain Term: servers before 2.10 ignore a +TERM with a reason. The
	// reason is in the dead letter.
	if err := m.Term(); err != nil {
		return OutcomeDeadLetter, fmt.Errorf("terminate after dead-letter: %w (cause: %v)", err, cause)
	}
	return OutcomeDeadLetter, cause
}

// heartbeat tells the server every interval that m is still being worked
// on, until the returned function is called.
func heartbeat(m jetstream.Msg, every time.Duration) func() {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				_ = m.InProgress()
			}
		}
	}()
	return func() { close(done) }
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}
