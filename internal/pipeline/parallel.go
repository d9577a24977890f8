package pipeline

import (
	"context"
	"runtime"
	"sync"

	"github.com/geowire/geowire/internal/ingest"
)

// DefaultWorkers is how many documents Parallel processes at once by
// default: more than the cores, because a document also waits for its
// store commit, and documents waiting together are committed together.
func DefaultWorkers() int { return 4 * runtime.GOMAXPROCS(0) }

// Parallel is an ingest.Sink that processes documents on several
// goroutines: a source that yields documents one after another (a folder,
// a feed) is analysed on every core, and the store can commit many
// documents in one transaction. Document returns once the document is
// queued; Wait returns after every queued document is processed. The
// first store failure is returned by the Document calls after it and by
// Wait, and the documents queued after it are not processed (they were
// never acknowledged).
type Parallel struct {
	p    *Pipeline
	jobs chan ingest.RawDocument
	wg   sync.WaitGroup

	mu  sync.Mutex
	err error
}

// Parallel starts n workers (DefaultWorkers when n ≤ 0) that run until
// Wait; ctx cancels their work.
func (p *Pipeline) Parallel(ctx context.Context, n int) *Parallel {
	if n <= 0 {
		n = DefaultWorkers()
	}
	q := &Parallel{p: p, jobs: make(chan ingest.RawDocument, n)}
	for range n {
		q.wg.Add(1)
		go func() {
			defer q.wg.Done()
			for raw := range q.jobs {
				if q.failed() != nil || ctx.Err() != nil {
					continue // drain: nothing more is stored after a failure
				}
				if err := p.Document(ctx, raw); err != nil {
					q.mu.Lock()
					if q.err == nil {
						q.err = err
					}
					q.mu.Unlock()
				}
			}
		}()
	}
	return q
}

func (q *Parallel) failed() error {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.err
}

// Document implements ingest.Sink: it queues raw, or returns the first
// store failure so far.
func (q *Parallel) Document(ctx context.Context, raw ingest.RawDocument) error {
	if err := q.failed(); err != nil {
		return err
	}
	select {
	case q.jobs <- raw:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Error implements ingest.Sink.
func (q *Parallel) Error(ctx context.Context, err *ingest.ItemError) { q.p.Error(ctx, err) }

// Wait processes what is queued, stops the workers and returns the first
// store failure. Call it once, after the last Document.
func (q *Parallel) Wait() error {
	close(q.jobs)
	q.wg.Wait()
	return q.failed()
}
