package pipeline

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/ingest"
)

func TestParallel(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	p, err := New(Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	q := p.Parallel(ctx, 4)
	for i := range 40 {
		u := fmt.Sprintf("file:///a%02d.txt", i)
		body := fmt.Sprintf("Report %d\n\nA story of its own, number %d, about rain falling on the plains for the %dth day.", i, i, i)
		if err := q.Document(ctx, ingest.RawDocument{URL: u, CanonicalURL: u, Body: []byte(body), ContentType: "text/plain", FetchedAt: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	if err := q.Wait(); err != nil {
		t.Fatal(err)
	}
	if s, _ := st.Stats(ctx); s.Documents != 40 || p.Stats().Stored.Load() != 40 {
		t.Fatalf("stored %d documents (%d counted), want 40", s.Documents, p.Stats().Stored.Load())
	}
}

func TestParallelStopsOnStoreFailure(t *testing.T) {
	ctx := context.Background()
	p, err := New(Config{Store: failingStore{openStore(t)}})
	if err != nil {
		t.Fatal(err)
	}
	q := p.Parallel(ctx, 2)
	var sawErr error
	for i := range 50 {
		u := fmt.Sprintf("file:///b%02d.txt", i)
		body := fmt.Sprintf("Report %d\n\nAnother story, number %d, about the harvest in the valley for year %d.", i, i, 2000+i)
		if err := q.Document(ctx, ingest.RawDocument{URL: u, CanonicalURL: u, Body: []byte(body), ContentType: "text/plain"}); err != nil {
			sawErr = err
			break
		}
	}
	if err := q.Wait(); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Wait = %v, want the store failure", err)
	}
	if sawErr != nil && !strings.Contains(sawErr.Error(), "disk full") {
		t.Fatalf("Document = %v, want the store failure", sawErr)
	}
	if n := p.Stats().Stored.Load(); n != 0 {
		t.Fatalf("%d stored through a failing store", n)
	}
}
