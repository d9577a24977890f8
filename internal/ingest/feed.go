package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// Feed is what ParseFeed reads about a feed as a whole.
type Feed struct {
	// Kind is "rss", "atom" or "json".
	Kind    string `json:"kind"`
	Version string `json:"version,omitempty"`
	Title   string `json:"title,omitempty"`
	// Link is the site's address; FeedURL the feed's own, when it says.
	Link     string     `json:"link,omitempty"`
	FeedURL  string     `json:"feed_url,omitempty"`
	Language string     `json:"language,omitempty"`
	Updated  *time.Time `json:"updated,omitempty"`
}

// Item is one entry of a feed.
type Item struct {
	// URL is the item's link, absolute (resolved against the feed's base).
	URL string `json:"url"`
	// Content is the item's full content when the feed carries it (HTML).
	Content string `json:"content,omitempty"`
	ItemMeta
}

// maxFeedItems bounds how many items one feed may yield.
const maxFeedItems = 10000

// ParseFeed parses an RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed document.
// Relative item links resolve against the feed's link, else baseURL (the
// feed's own URL). Items without a usable http(s) link are dropped. Items
// that repeat a GUID with the same link and content are dropped; items that
// repeat a GUID with different content are kept, both flagged
// DuplicateGUID. Errors wrap ErrNotFeed (not a feed at all, such as HTML)
// or ErrMalformed.
//
// A feed that fails to parse because of invalid UTF-8 or an unknown
// encoding declaration is tried once more as UTF-8, invalid bytes replaced
// by U+FFFD.
func ParseFeed(body []byte, baseURL string) (*Feed, []Item, error) {
	feed, items, err := parseFeed(body, baseURL)
	if err == nil {
		return feed, items, nil
	}
	if alt := repairFeed(body); alt != nil {
		if f2, i2, err2 := parseFeed(alt, baseURL); err2 == nil {
			return f2, i2, nil
		}
	}
	return nil, nil, err
}

var xmlDeclEncoding = regexp.MustCompile(`^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']`)

// repairFeed returns body as valid UTF-8 with any XML encoding declaration
// removed, or nil when that changes nothing.
func repairFeed(body []byte) []byte {
	alt := bytes.ToValidUTF8(body, []byte("\uFFFD"))
	head := alt[:min(len(alt), 512)]
	if m := xmlDeclEncoding.FindSubmatchIndex(head); m != nil {
		alt = append(append([]byte{}, alt[:m[3]]...), alt[m[1]:]...)
	}
	if bytes.Equal(alt, body) {
		return nil
	}
	return alt
}

func parseFeed(body []byte, baseURL string) (feed *Feed, items []Item, err error) {
	defer func() {
		// gofeed parses untrusted input; a panic there must not take the
		// whole ingest down.
		if r := recover(); r != nil {
			feed, items, err = nil, nil, fmt.Errorf("parse feed: %w: parser panic: %v", ErrMalformed, r)
		}
	}()
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, nil, fmt.Errorf("parse feed: %w: empty", ErrNotFeed)
	}
	switch gofeed.DetectFeedType(bytes.NewReader(body)) {
	case gofeed.FeedTypeUnknown:
		return nil, nil, fmt.Errorf("parse feed: %w", ErrNotFeed)
	}
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, nil, fmt.Errorf("parse feed: %w", ErrNotFeed)
		}
		return nil, nil, fmt.Errorf("parse feed: %w: %v", ErrMalformed, err)
	}
	feed = &Feed{
		Kind:     gf.FeedType,
		Version:  gf.FeedVersion,
		Title:    clean(gf.Title),
		Link:     gf.Link,
		FeedURL:  gf.FeedLink,
		Language: gf.Language,
		Updated:  utc(gf.UpdatedParsed),
	}
	// Relative item links resolve against the site link when the feed
	// gives an absolute one, else against the feed's own URL.
	base, _ := url.Parse(baseURL)
	if l, err := resolve(base, gf.Link); err == nil && l != "" {
		feed.Link = l
		base, _ = url.Parse(l)
	}
	type seen struct {
		idx  int
		hash string
	}
	guids := map[string]*seen{}
	for _, gi := range gf.Items {
		if gi == nil || len(items) >= maxFeedItems {
			continue
		}
		link := gi.Link
		if link == "" && len(gi.Links) > 0 {
			link = gi.Links[0]
		}
		if link == "" && looksLikeURL(gi.GUID) {
			link = gi.GUID
		}
		abs, err := resolve(base, link)
		if err != nil || abs == "" {
			continue
		}
		it := Item{URL: abs, Content: gi.Content, ItemMeta: ItemMeta{
			FeedTitle: feed.Title,
			Title:     clean(gi.Title),
			Published: utc(gi.PublishedParsed),
			Updated:   utc(gi.UpdatedParsed),
			GUID:      strings.TrimSpace(gi.GUID),
			Author:    author(gi),
			Summary:   strings.TrimSpace(gi.Description),
			Language:  feed.Language,
		}}
		if it.Published == nil {
			it.Published = it.Updated
		}
		if it.GUID != "" {
			h := ContentHash(it.URL + "\x00" + it.Title + "\x00" + it.Summary + "\x00" + it.Content)
			if s, ok := guids[it.GUID]; ok {
				if s.hash == h {
					continue // the same item twice
				}
				items[s.idx].DuplicateGUID = true
				it.DuplicateGUID = true
			} else {
				guids[it.GUID] = &seen{idx: len(items), hash: h}
			}
		}
		items = append(items, it)
	}
	return feed, items, nil
}

// resolve makes ref absolute against base and keeps only http(s) results.
func resolve(base *url.URL, ref string) (string, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return "", nil
	}
	u, err := url.Parse(ref)
	if err != nil {
		return "", err
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", fmt.Errorf("%w: %q", ErrBlockedScheme, ref)
	}
	return u.String(), nil
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

func author(gi *gofeed.Item) string {
	var names []string
	for _, a := range gi.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			names = append(names, strings.TrimSpace(a.Name))
		}
	}
	if len(names) == 0 && gi.DublinCoreExt != nil {
		for _, c := range gi.DublinCoreExt.Creator {
			if c = strings.TrimSpace(c); c != "" {
				names = append(names, c)
			}
		}
	}
	return strings.Join(names, ", ")
}

func utc(t *time.Time) *time.Time {
	if t == nil || t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}

// clean collapses white space in a one-line field.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }
