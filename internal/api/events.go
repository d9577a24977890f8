package api

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"sort"
	"time"

	"github.com/geowire/geowire/internal/export"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// eventJSON is an event as the API shows it: the event, its cluster and
// the document it came from.
type eventJSON struct {
	*model.Event
	Cluster string            `json:"cluster"`
	Source  store.DocumentRef `json:"source"`
}

// handleEvents lists events (JSON, one page) or exports every matching
// event (format=geojson|csv|jsonl, streamed). JSON pages are cached until
// the store next changes (see responseCache).
func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, format, err := ParseEventQuery(q)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if format != "json" {
		s.exportEvents(w, r, f, export.Format(format))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opt.Timeout)
	defer cancel()
	var (
		key     string
		gen     uint64
		cacheOK bool
	)
	if s.cache != nil {
		// The generation is read before the query: a page read after a
		// write began is at worst filed under the older generation, which
		// the write's end retires.
		if gen, err = s.changes.Generation(ctx); err == nil {
			key, cacheOK = q.Encode(), true
			if e := s.cache.get(key, gen); e != nil {
				s.writeCached(w, r, e)
				return
			}
		}
	}
	if err := s.acquire(ctx); err != nil {
		s.writeError(w, r, err)
		return
	}
	buf := getBuf()
	defer putBuf(buf)
	err = s.eventsPage(ctx, buf, f)
	s.release()
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	etag := etagOf(buf.Bytes())
	if cacheOK {
		s.cache.put(key, gen, bytes.Clone(buf.Bytes()), etag)
	}
	writeBody(w, r, http.StatusOK, buf.Bytes(), etag, "")
}

// writeCached answers from a cached page: a 304 when the client has it,
// the stored gzip encoding when the client takes gzip.
func (s *Server) writeCached(w http.ResponseWriter, r *http.Request, e *cachedResponse) {
	if r.Method != http.MethodHead && acceptsGzip(r.Header.Get("Accept-Encoding")) &&
		!etagMatch(r.Header.Get("If-None-Match"), e.etag) {
		writeBody(w, r, http.StatusOK, s.cache.gzipped(e), e.etag, "gzip")
		return
	}
	writeBody(w, r, http.StatusOK, e.body, e.etag, "")
}

// exportEvents streams every event matching f (ignoring its limit: the
// store is read page by page) in format.
func (s *Server) exportEvents(w http.ResponseWriter, r *http.Request, f store.EventFilter, format export.Format) {
	ctx, cancel := context.WithTimeout(r.Context(), s.opt.ExportTimeout)
	defer cancel()
	rc := http.NewResponseController(w)
	rc.SetWriteDeadline(time.Now().Add(s.opt.ExportTimeout))
	f.Limit = 1000
	// Check the filter before committing to a 200.
	next, stop := iter.Pull2(store.Events(ctx, s.opt.Store, f))
	defer stop()
	first, err, ok := next()
	if ok && err != nil {
		s.writeError(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", format.ContentType())
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="geowire-events.%s"`, format.Ext()))
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	rows := func(yield func(store.EventRow, error) bool) {
		if !ok {
			return
		}
		if !yield(first, nil) {
			return
		}
		for {
			row, err, ok := next()
			if !ok || !yield(row, err) || err != nil {
				return
			}
		}
	}
	n, err := export.Write(ctx, w, format, rows, s.exportOptions(func() { rc.Flush() }))
	if err != nil && !errors.Is(err, context.Canceled) {
		// The status is sent: all we can do is cut the stream short, which
		// leaves invalid GeoJSON/CSV rather than a truncated file that looks
		// whole.
		s.opt.Log.Warn("export failed", "format", format, "events", n, "err", err)
		panic(http.ErrAbortHandler)
	}
}

// evidenceJSON is one field's evidence with its text.
type evidenceJSON struct {
	Field string `json:"field"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Embed *int   `json:"embed,omitempty"`
	Text  string `json:"text"`
}

type clusterJSON struct {
	ID      string              `json:"id"`
	Events  []string            `json:"events"`
	Sources []store.DocumentRef `json:"sources"`
}

type documentBrief struct {
	store.DocumentRef
	Byline string        `json:"byline"`
	Lang   string        `json:"lang"`
	Text   string        `json:"text"`
	Embeds []model.Embed `json:"embeds"`
}

type eventResponse struct {
	Event    eventJSON      `json:"event"`
	Document documentBrief  `json:"document"`
	Evidence []evidenceJSON `json:"evidence"`
	Claims   []model.Claim  `json:"claims"`
	Cluster  clusterJSON    `json:"cluster"`
}

// handleEvent returns one event with the text of its evidence, its
// document (whose text the spans index), the document's checked claims
// and every source of its cluster.
func (s *Server) handleEvent(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	page, err := s.opt.Store.QueryEvents(ctx, store.EventFilter{ID: r.PathValue("id"), IncludeAll: true, Limit: 1})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if len(page.Events) == 0 {
		s.writeError(w, r, fmt.Errorf("event %q: %w", r.PathValue("id"), store.ErrNotFound))
		return
	}
	e, ref := &page.Events[0], page.Refs[0]
	d, err := s.opt.Store.GetDocument(ctx, e.DocumentID)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	resp := eventResponse{
		Event:    eventJSON{Event: e, Cluster: ref.ClusterID, Source: ref.Document},
		Document: documentBrief{DocumentRef: ref.Document, Byline: d.Byline, Lang: d.Lang, Text: d.Text, Embeds: nonNil(d.Embeds)},
		Evidence: evidenceOf(e, &d.Document),
		Claims:   []model.Claim{},
		Cluster:  clusterJSON{ID: ref.ClusterID, Events: []string{e.ID}, Sources: []store.DocumentRef{ref.Document}},
	}
	if a, err := s.opt.Store.GetAnalysis(ctx, e.DocumentID); err == nil && a.Claims != nil {
		resp.Claims = a.Claims
	} else if err != nil && !errors.Is(err, store.ErrNotFound) {
		s.writeError(w, r, err)
		return
	}
	if ref.ClusterID != "" {
		resp.Cluster.Events = resp.Cluster.Events[:0]
		resp.Cluster.Sources = resp.Cluster.Sources[:0]
		seen := map[string]bool{}
		for row, err := range store.Events(ctx, s.opt.Store, store.EventFilter{ClusterID: ref.ClusterID, IncludeAll: true, Order: store.OrderOldest, Limit: 500}) {
			if err != nil {
				s.writeError(w, r, err)
				return
			}
			resp.Cluster.Events = append(resp.Cluster.Events, row.Event.ID)
			if !seen[row.Ref.Document.ID] {
				seen[row.Ref.Document.ID] = true
				resp.Cluster.Sources = append(resp.Cluster.Sources, row.Ref.Document)
			}
			if len(resp.Cluster.Events) >= 500 {
				break
			}
		}
	}
	writeJSON(w, r, http.StatusOK, resp)
}

// evidenceOf lists e's evidence spans in a stable order (trigger first),
// each with the text it covers: code points of the document's text, or
// of an embed's text.
func evidenceOf(e *model.Event, d *model.Document) []evidenceJSON {
	out := []evidenceJSON{}
	text := []rune(d.Text)
	for _, field := range sortedFields(e.Evidence) {
		ev := e.Evidence[field]
		src := text
		if ev.Embed != nil {
			src = nil
			if i := *ev.Embed; i >= 0 && i < len(d.Embeds) {
				src = []rune(d.Embeds[i].Text)
			}
		}
		j := evidenceJSON{Field: field, Start: ev.Start, End: ev.End, Embed: ev.Embed, Text: ev.Text}
		if ev.Start >= 0 && ev.Start <= ev.End && ev.End <= len(src) {
			j.Text = string(src[ev.Start:ev.End])
		}
		out = append(out, j)
	}
	return out
}

func sortedFields(m map[string]model.Evidence) []string {
	keys := make([]string, 0, len(m))
	if _, ok := m["trigger"]; ok {
		keys = append(keys, "trigger")
	}
	rest := make([]string, 0, len(m))
	for k := range m {
		if k != "trigger" {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(keys, rest...)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// exportOptions are the streaming export's options: names, claims when the
// store can read them, and a flush every 1,000 events.
func (s *Server) exportOptions(flush func()) export.Options {
	o := export.Options{Names: s.opt.Names, FlushEvery: 1000, Flush: flush}
	if cr, ok := s.opt.Store.(store.ClaimsReader); ok {
		o.Claims = cr.DocumentClaims
	}
	o.ClusterSources = export.ClusterSourcesFrom(s.opt.Store)
	return o
}
