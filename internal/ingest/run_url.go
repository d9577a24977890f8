package ingest

import (
	"context"
	"errors"
	"fmt"
)

// validatorKey is the key of a URL in Validators.
func validatorKey(u string) string {
	if c, err := CanonicalURL(u); err == nil {
		return c
	}
	return u
}

// fetchTracked fetches u with the validators remembered for it.
func (in *Ingester) fetchTracked(ctx context.Context, u string) (*Response, error) {
	var cond Conditional
	if in.validators != nil {
		cond = in.validators.Get(validatorKey(u))
	}
	return in.fetcher.Fetch(ctx, u, cond)
}

func (in *Ingester) remember(u string, r *Response) {
	if in.validators != nil && (r.ETag != "" || r.LastModified != "") {
		in.validators.Put(validatorKey(u), Conditional{ETag: r.ETag, LastModified: r.LastModified})
	}
}

func (in *Ingester) runURL(ctx context.Context, src Source, sink Sink) error {
	e := &emitter{in: in, src: src, sink: sink}
	switch src.Kind {
	case KindSitemap:
		return e.done(in.runSitemap(ctx, e, src.Location, nil))
	case KindPage:
		return e.done(in.page(ctx, e, src.Location, ItemMeta{}, src.Name, true))
	}
	resp, err := in.fetchTracked(ctx, src.Location)
	if err != nil {
		return err
	}
	if resp.NotModified {
		return nil
	}
	feed, items, ferr := ParseFeed(resp.Body, resp.FinalURL)
	if ferr == nil {
		in.remember(src.Location, resp)
		return e.done(in.runItems(ctx, e, feed, items))
	}
	if src.Kind == KindFeed {
		return ferr
	}
	// KindAuto: a sitemap, or else a page.
	if sm, err := ParseSitemap(resp.Body, resp.FinalURL); err == nil && (len(sm.URLs) > 0 || len(sm.Sitemaps) > 0) {
		in.remember(src.Location, resp)
		return e.done(in.runSitemap(ctx, e, src.Location, sm))
	}
	canon, err := CanonicalURL(resp.FinalURL)
	if err != nil {
		return err
	}
	in.claimURL(validatorKey(src.Location))
	in.remember(src.Location, resp)
	return e.done(e.doc(ctx, in.rawDoc(resp, canon, ItemMeta{}, nameOr(src.Name, hostOf(resp.FinalURL)))))
}

func (in *Ingester) runItems(ctx context.Context, e *emitter, feed *Feed, items []Item) error {
	name := nameOr(e.src.Name, feed.Title, hostOf(feed.Link), hostOf(e.src.Location))
	for _, it := range items {
		if err := in.page(ctx, e, it.URL, it.ItemMeta, name, false); err != nil {
			return err
		}
	}
	return nil
}

// page fetches one article and yields it. Failures go to the sink, unless
// strict (a single-URL source), where they are the source's error.
func (in *Ingester) page(ctx context.Context, e *emitter, u string, meta ItemMeta, name string, strict bool) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	canon, err := CanonicalURL(u)
	if err != nil {
		if strict {
			return err
		}
		e.fail(ctx, u, err)
		return nil
	}
	if in.seenURL(canon) {
		return nil
	}
	resp, err := in.fetchTracked(ctx, u)
	if err != nil {
		if strict || ctx.Err() != nil {
			return err
		}
		e.fail(ctx, u, err)
		return nil
	}
	in.claimURL(canon)
	if resp.NotModified {
		return nil
	}
	in.remember(u, resp)
	// Redirects (feed proxies, short links) end at the article's real
	// address: that is its canonical URL.
	if final, err := CanonicalURL(resp.FinalURL); err == nil && final != canon {
		if !in.claimURL(final) {
			return nil
		}
		canon = final
	}
	return e.doc(ctx, in.rawDoc(resp, canon, meta, nameOr(name, hostOf(resp.FinalURL))))
}

func (in *Ingester) rawDoc(resp *Response, canon string, meta ItemMeta, name string) RawDocument {
	return RawDocument{
		URL:          resp.URL,
		CanonicalURL: canon,
		FinalURL:     resp.FinalURL,
		Source:       name,
		Meta:         meta,
		ContentType:  resp.ContentType,
		Body:         resp.Body,
		FetchedAt:    resp.FetchedAt,
		ETag:         resp.ETag,
		LastModified: resp.LastModified,
		ContentHash:  ContentHash(string(resp.Body)),
	}
}

// runSitemap walks a sitemap (already parsed as first, when given) and its
// children, fetching each listed page.
func (in *Ingester) runSitemap(ctx context.Context, e *emitter, root string, first *Sitemap) error {
	return in.walkSitemap(ctx, e, root, first, func(u string, meta ItemMeta, name string) error {
		return in.page(ctx, e, u, meta, name, false)
	})
}

// walkSitemap walks a sitemap (already parsed as first, when given) and its
// children breadth-first, within the depth and count limits, and calls
// visit for each listed page. News sitemap metadata becomes the item's
// metadata.
func (in *Ingester) walkSitemap(ctx context.Context, e *emitter, root string, first *Sitemap, visit func(u string, meta ItemMeta, name string) error) error {
	type job struct {
		url   string
		depth int
	}
	queue := []job{{root, 0}}
	fetched := map[string]bool{}
	for len(queue) > 0 {
		j := queue[0]
		queue = queue[1:]
		if fetched[j.url] {
			continue
		}
		fetched[j.url] = true
		sm := first
		first = nil
		if sm == nil {
			if len(fetched) > in.opts.MaxSitemaps {
				e.fail(ctx, j.url, fmt.Errorf("%w: more than %d sitemaps", ErrTooLarge, in.opts.MaxSitemaps))
				return nil
			}
			resp, err := in.fetchTracked(ctx, j.url)
			if err == nil && !resp.NotModified {
				sm, err = ParseSitemap(resp.Body, resp.FinalURL)
				if err != nil && sm != nil && errors.Is(err, ErrMalformed) {
					e.fail(ctx, j.url, err) // truncated: use what was read
					err = nil
				}
				if err == nil {
					in.remember(j.url, resp)
				}
			}
			if err != nil {
				if j.depth == 0 {
					return err
				}
				e.fail(ctx, j.url, err)
				continue
			}
			if sm == nil {
				continue // not modified
			}
		}
		if sm.Index {
			if j.depth+1 > in.opts.MaxSitemapDepth {
				e.fail(ctx, j.url, fmt.Errorf("%w: sitemap index deeper than %d", ErrTooLarge, in.opts.MaxSitemapDepth))
				continue
			}
			for _, child := range sm.Sitemaps {
				queue = append(queue, job{child, j.depth + 1})
			}
			continue
		}
		for _, su := range sm.URLs {
			meta := ItemMeta{Updated: su.LastMod}
			if n := su.News; n != nil {
				meta.FeedTitle, meta.Title, meta.Language, meta.Published = n.PublicationName, n.Title, n.Language, n.PublicationDate
			}
			if err := visit(su.Loc, meta, nameOr(e.src.Name, meta.FeedTitle, hostOf(su.Loc))); err != nil {
				return err
			}
		}
	}
	return nil
}

func nameOr(names ...string) string {
	for _, n := range names {
		if n != "" {
			return n
		}
	}
	return ""
}
