package main

import (
	"context"
	"sync"
	"time"
)

// forEach calls fn(i) for i in [0, n) on workers goroutines, stopping early
// when ctx ends, and returns the time spent inside fn summed over the
// workers (the single-core cost, whatever the parallelism).
func forEach(ctx context.Context, n, workers int, fn func(i int)) time.Duration {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		busy time.Duration
	)
	idx := make(chan int)
	for range max(1, workers) {
		wg.Go(func() {
			for i := range idx {
				t0 := time.Now()
				fn(i)
				d := time.Since(t0)
				mu.Lock()
				busy += d
				mu.Unlock()
			}
		})
	}
	for i := range n {
		if ctx.Err() != nil {
			break
		}
		idx <- i
	}
	close(idx)
	wg.Wait()
	return busy
}
