package ingest

import (
	"context"
	"fmt"
)

// Link is an article a source lists, not yet fetched: what Discover
// yields for another process to fetch.
type Link struct {
	// URL is the article's address as the source gave it.
	URL string `json:"url"`
	// CanonicalURL is CanonicalURL(URL).
	CanonicalURL string `json:"canonical_url"`
	// Source names the feed or site.
	Source string `json:"source,omitempty"`
	// Meta is what the feed or sitemap said about the item.
	Meta ItemMeta `json:"meta"`
}

// LinkSink receives what Discover yields: links, and whole documents
// (local files, and a URL that turns out to be an article page).
type LinkSink interface {
	Sink
	// Link receives one listed article. An error stops the source.
	Link(ctx context.Context, l Link) error
}

// Discover is Run for distributed fetching: it reads the source itself —
// the feed, the sitemap and its children, with the same limits,
// validators and dedupe as Run — but hands the articles it lists to
// sink.Link instead of fetching them, so that workers can fetch them in
// parallel. Local sources are read as by Run, and a URL that is neither a
// feed nor a sitemap is yielded as a document, since it was fetched to
// find that out.
func (in *Ingester) Discover(ctx context.Context, src Source, sink LinkSink) error {
	var err error
	switch src.Kind {
	case KindPath, KindWARC:
		return in.Run(ctx, src, sink)
	case KindAuto, KindFeed, KindPage, KindSitemap:
		if in.fetcher == nil && src.Kind != KindPage {
			return fmt.Errorf("discover %s: %w: no fetcher", src, ErrUnsupportedSource)
		}
		d := &discoverer{in: in, e: &emitter{in: in, src: src, sink: sink}, sink: sink}
		err = d.e.done(d.run(ctx, src))
	default:
		err = fmt.Errorf("%w: kind %q", ErrUnsupportedSource, src.Kind)
	}
	if err != nil {
		return fmt.Errorf("discover %s: %w", src, err)
	}
	return nil
}

type discoverer struct {
	in   *Ingester
	e    *emitter
	sink LinkSink
}

func (d *discoverer) run(ctx context.Context, src Source) error {
	in := d.in
	switch src.Kind {
	case KindPage:
		return d.link(ctx, src.Location, ItemMeta{}, nameOr(src.Name, hostOf(src.Location)))
	case KindSitemap:
		return d.sitemap(ctx, src.Location, nil)
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
		name := nameOr(src.Name, feed.Title, hostOf(feed.Link), hostOf(src.Location))
		for _, it := range items {
			if err := d.link(ctx, it.URL, it.ItemMeta, name); err != nil {
				return err
			}
		}
		return nil
	}
	if src.Kind == KindFeed {
		return ferr
	}
	if sm, err := ParseSitemap(resp.Body, resp.FinalURL); err == nil && (len(sm.URLs) > 0 || len(sm.Sitemaps) > 0) {
		in.remember(src.Location, resp)
		return d.sitemap(ctx, src.Location, sm)
	}
	canon, err := CanonicalURL(resp.FinalURL)
	if err != nil {
		return err
	}
	in.claimURL(validatorKey(src.Location))
	in.remember(src.Location, resp)
	return d.e.doc(ctx, in.rawDoc(resp, canon, ItemMeta{}, nameOr(src.Name, hostOf(resp.FinalURL))))
}

// link yields one listed article unless it was yielded or stored before.
func (d *discoverer) link(ctx context.Context, u string, meta ItemMeta, name string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	canon, err := CanonicalURL(u)
	if err != nil {
		d.e.fail(ctx, u, err)
		return nil
	}
	if d.in.seenURL(canon) || !d.in.claimURL(canon) {
		return nil
	}
	if d.e.count >= d.in.opts.MaxItems {
		d.e.capped = true
		return errSourceFull
	}
	d.e.count++
	return d.sink.Link(ctx, Link{URL: u, CanonicalURL: canon, Source: nameOr(name, hostOf(u)), Meta: meta})
}

// sitemap walks a sitemap and its children, yielding each listed page as
// a link.
func (d *discoverer) sitemap(ctx context.Context, root string, first *Sitemap) error {
	return d.in.walkSitemap(ctx, d.e, root, first, func(u string, meta ItemMeta, name string) error {
		return d.link(ctx, u, meta, name)
	})
}
