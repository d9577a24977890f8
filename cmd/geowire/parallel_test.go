package main

import (
	"context"
	"sync/atomic"
	"testing"
)

func TestForEach(t *testing.T) {
	var seen [100]atomic.Int32
	forEach(context.Background(), 100, 4, func(i int) { seen[i].Add(1) })
	for i := range seen {
		if seen[i].Load() != 1 {
			t.Fatalf("index %d visited %d times", i, seen[i].Load())
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var n atomic.Int32
	forEach(ctx, 1000, 2, func(int) { n.Add(1) })
	if n.Load() != 0 {
		t.Fatalf("a cancelled context still ran %d calls", n.Load())
	}
}
