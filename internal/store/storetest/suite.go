package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// Run runs the conformance suite. open returns a fresh, empty store; Run
// closes it.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"DocumentRoundTrip", testDocumentRoundTrip},
		{"DocumentDedup", testDocumentDedup},
		{"DocumentConcurrentDedup", testConcurrentDedup},
		{"DocumentInvalid", testDocumentInvalid},
		{"Search", testSearch},
		{"Sources", testSources},
		{"Stats", testStats},
		{"AnalysisRoundTrip", testAnalysisRoundTrip},
		{"DocumentWithAnalysis", testDocumentWithAnalysis},
		{"QueryEvents", testQueryEvents},
		{"ListDocuments", testListDocuments},
		{"Clusters", testClusters},
		{"AssignInTransaction", testAssignInTransaction},
		{"EventFilters", testEventFilters},
		{"EventsIteratorStops", testEventsIteratorStops},
		{"QueryPlaces", testQueryPlaces},
		{"RawEvents", testRawEvents},
		{"Generation", testGeneration},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
}

func doc(url, text string) *store.Document {
	pub := time.Date(2025, 6, 4, 9, 30, 0, 0, time.UTC)
	return &store.Document{
		Document: model.Document{
			URL: url, CanonicalURL: url, Source: "Test Wire", Published: &pub,
			Title: "Drone strike near Irkutsk", Byline: "A. Reporter", Lang: "en", Text: text,
			Headings:    []model.Heading{{Text: "Background", Level: 2, Span: model.Span{Start: 0, End: 10}}},
			Embeds:      []model.Embed{{Kind: model.EmbedSocialPost, Platform: "twitter", Handle: "@DefenceU", Date: "2025-06-04", Mentions: []string{"@ServiceSsu"}}},
			ContentHash: store.DocumentID("", text), // any stable string serves as a hash here
		},
		Raw: []byte("<html>" + text + "</html>"), ContentType: "text/html; charset=utf-8", PipelineVersion: "test-1",
	}
}

func testDocumentRoundTrip(t *testing.T, s store.Store) {
	ctx := context.Background()
	in := doc("https://example.org/a", "Šakalienė said the Belaya Air Base strike was a signal. Усолье-Сибирское.")
	id, created, err := s.PutDocument(ctx, in)
	if err != nil || !created || id == "" {
		t.Fatalf("PutDocument = %q, %v, %v", id, created, err)
	}
	if want := store.DocumentID(in.CanonicalURL, in.ContentHash); id != want {
		t.Fatalf("id = %q, want the stable %q", id, want)
	}
	got, err := s.GetDocument(ctx, id)
	if err != nil {
		t.Fatalf("GetDocument: %v", err)
	}
	if got.Text != in.Text || got.Title != in.Title || string(got.Raw) != string(in.Raw) || got.ContentType != in.ContentType ||
		got.Published == nil || !got.Published.Equal(*in.Published) || got.PipelineVersion != "test-1" {
		t.Fatalf("round trip lost fields:\n got %+v\nwant %+v", got, in)
	}
	if len(got.Headings) != 1 || got.Headings[0] != in.Headings[0] || len(got.Embeds) != 1 || got.Embeds[0].Mentions[0] != "@ServiceSsu" {
		t.Fatalf("headings/embeds: %+v %+v", got.Headings, got.Embeds)
	}
	if got.StoredAt.IsZero() {
		t.Fatalf("StoredAt not set")
	}
	if _, err := s.GetDocument(ctx, "doc_missing"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("GetDocument(missing) err = %v, want ErrNotFound", err)
	}
}

func testDocumentDedup(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := doc("https://example.org/a", "first text")
	id1, _, err := s.PutDocument(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		d    *store.Document
	}{
		{"same url, edited text", doc("https://example.org/a", "first text, edited")},
		{"same text, other url", doc("https://mirror.example.net/a", "first text")},
		{"same text, no url", doc("", "first text")},
	}
	for _, tt := range tests {
		id, created, err := s.PutDocument(ctx, tt.d)
		if err != nil || created || id != id1 {
			t.Fatalf("%s: PutDocument = %q, %v, %v; want existing %q", tt.name, id, created, err, id1)
		}
	}
	if id, err := s.FindDocument(ctx, "", a.ContentHash); err != nil || id != id1 {
		t.Fatalf("FindDocument by hash = %q, %v", id, err)
	}
	if id, err := s.FindDocument(ctx, "https://example.org/a", "nohash"); err != nil || id != id1 {
		t.Fatalf("FindDocument by url = %q, %v", id, err)
	}
	if _, err := s.FindDocument(ctx, "https://example.org/zzz", "nohash"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("FindDocument(missing) err = %v", err)
	}
	b := doc("https://example.org/b", "second text")
	if _, created, err := s.PutDocument(ctx, b); err != nil || !created {
		t.Fatalf("distinct document not created: %v %v", created, err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Documents != 2 {
		t.Fatalf("Stats = %+v, %v; want 2 documents", st, err)
	}
}

// testConcurrentDedup puts the same documents from many goroutines: each
// must be stored exactly once.
func testConcurrentDedup(t *testing.T, s store.Store) {
	ctx := context.Background()
	const docs, writers = 20, 8
	var wg sync.WaitGroup
	var mu sync.Mutex
	created := map[string]int{}
	errs := make(chan error, docs*writers)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < docs; i++ {
				d := doc(fmt.Sprintf("https://example.org/%d", i), fmt.Sprintf("text number %d", i))
				id, c, err := s.PutDocument(ctx, d)
				if err != nil {
					errs <- err
					return
				}
				if c {
					mu.Lock()
					created[id]++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent PutDocument: %v", err)
	}
	if len(created) != docs {
		t.Fatalf("%d documents created, want %d", len(created), docs)
	}
	for id, n := range created {
		if n != 1 {
			t.Fatalf("document %s created %d times", id, n)
		}
	}
}

func testDocumentInvalid(t *testing.T, s store.Store) {
	ctx := context.Background()
	d := doc("https://example.org/x", "text")
	d.ContentHash = ""
	if _, _, err := s.PutDocument(ctx, d); !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("PutDocument without hash err = %v, want ErrInvalid", err)
	}
	if _, _, err := s.PutDocument(ctx, nil); !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("PutDocument(nil) err = %v, want ErrInvalid", err)
	}
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	s.PutDocument(ctx, doc("https://example.org/1", "Drones struck Belaya Air Base in Irkutsk Oblast."))
	s.PutDocument(ctx, doc("https://example.org/2", "Shelling hit the outskirts of Kharkiv overnight."))
	s.PutDocument(ctx, doc("https://example.org/3", "Dovilė Šakalienė spoke at the Shangri-La Dialogue."))
	tests := []struct {
		q    string
		want int
	}{
		{"Kharkiv", 1},
		{"belaya irkutsk", 1},
		{"Sakaliene", 1}, // diacritics folded
		{"Drone strike", 3},
		{`"; DROP TABLE documents; --`, 0}, // input is never query syntax
		{"nothingmatches", 0},
	}
	for _, tt := range tests {
		hits, err := s.SearchDocuments(ctx, tt.q, 10)
		if err != nil {
			t.Fatalf("Search(%q): %v", tt.q, err)
		}
		if len(hits) != tt.want {
			t.Fatalf("Search(%q) = %d hits %+v, want %d", tt.q, len(hits), hits, tt.want)
		}
	}
	if _, err := s.SearchDocuments(ctx, "   ", 10); !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("empty query err = %v, want ErrInvalid", err)
	}
	if st, _ := s.Stats(ctx); st.Documents != 3 {
		t.Fatalf("a hostile query changed the store: %+v", st)
	}
}

func testSources(t *testing.T, s store.Store) {
	ctx := context.Background()
	a, err := s.AddSource(ctx, store.Source{Kind: store.SourceFeed, Location: "https://example.org/feed.xml", Title: "Example"})
	if err != nil || a.ID == 0 || a.AddedAt.IsZero() {
		t.Fatalf("AddSource = %+v, %v", a, err)
	}
	again, err := s.AddSource(ctx, store.Source{Kind: store.SourceFeed, Location: "https://example.org/feed.xml"})
	if err != nil || again.ID != a.ID {
		t.Fatalf("AddSource twice = %+v, %v; want id %d", again, err, a.ID)
	}
	if _, err := s.AddSource(ctx, store.Source{Kind: store.SourcePath, Location: "examples/"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddSource(ctx, store.Source{Kind: "", Location: "x"}); !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("AddSource without kind err = %v", err)
	}
	list, err := s.ListSources(ctx)
	if err != nil || len(list) != 2 || list[0].Title != "Example" {
		t.Fatalf("ListSources = %+v, %v", list, err)
	}
	if err := s.RemoveSource(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveSource(ctx, a.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("RemoveSource twice err = %v, want ErrNotFound", err)
	}
}

func testStats(t *testing.T, s store.Store) {
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil || st != (store.Stats{}) {
		t.Fatalf("empty Stats = %+v, %v", st, err)
	}
	s.AddSource(ctx, store.Source{Kind: store.SourcePage, Location: "https://example.org/p"})
	s.PutDocument(ctx, doc("https://example.org/p", "page text"))
	st, err = s.Stats(ctx)
	if err != nil || st.Documents != 1 || st.Sources != 1 {
		t.Fatalf("Stats = %+v, %v", st, err)
	}
}
