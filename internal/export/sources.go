package export

import (
	"context"
	"fmt"
	"strings"

	"github.com/geowire/geowire/internal/store"
)

// sourceCache gives each event every source of its cluster, asking once
// per cluster and keeping at most sourceCacheSize clusters.
type sourceCache struct {
	ctx   context.Context
	get   func(context.Context, string) ([]store.DocumentRef, error)
	cache map[string][]Source
}

const sourceCacheSize = 4096

func newSourceCache(ctx context.Context, get func(context.Context, string) ([]store.DocumentRef, error)) *sourceCache {
	return &sourceCache{ctx: ctx, get: get, cache: map[string][]Source{}}
}

// of returns the sources of r's event: its cluster's documents, its own
// document first; just its own document when it has no cluster.
func (c *sourceCache) of(r *store.EventRow) ([]Source, error) {
	own := sourceOf(r.Ref.Document)
	id := r.Ref.ClusterID
	if c == nil || c.get == nil || id == "" {
		return []Source{own}, nil
	}
	all, ok := c.cache[id]
	if !ok {
		refs, err := c.get(c.ctx, id)
		if err != nil {
			return nil, fmt.Errorf("export: sources of cluster %s: %w", id, err)
		}
		for _, d := range refs {
			all = append(all, sourceOf(d))
		}
		if len(c.cache) >= sourceCacheSize {
			clear(c.cache)
		}
		c.cache[id] = all
	}
	out := make([]Source, 0, len(all)+1)
	out = append(out, own)
	for _, s := range all {
		if s.DocumentID != own.DocumentID {
			out = append(out, s)
		}
	}
	return out, nil
}

// sourceNames is ACLED's source column: the outlets, "; "-separated, each once.
func sourceNames(srcs []Source) string {
	seen := map[string]bool{}
	var names []string
	for _, s := range srcs {
		n := s.Source
		if n == "" {
			n = s.URL
		}
		if n != "" && !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	return strings.Join(names, "; ")
}

// ClusterSourcesFrom returns an Options.ClusterSources over a store: the
// documents of the cluster's events (at most 1,000 events looked at).
func ClusterSourcesFrom(s store.Store) func(context.Context, string) ([]store.DocumentRef, error) {
	return func(ctx context.Context, id string) ([]store.DocumentRef, error) {
		page, err := s.QueryEvents(ctx, store.EventFilter{ClusterID: id, IncludeAll: true, Limit: 1000})
		if err != nil {
			return nil, err
		}
		seen := map[string]bool{}
		var out []store.DocumentRef
		for _, ref := range page.Refs {
			if !seen[ref.Document.ID] {
				seen[ref.Document.ID] = true
				out = append(out, ref.Document)
			}
		}
		return out, nil
	}
}
