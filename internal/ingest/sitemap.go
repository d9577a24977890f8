package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// Sitemap is a parsed sitemap: either a URL set or, when Index is set, a
// list of child sitemaps.
type Sitemap struct {
	Index    bool         `json:"index,omitempty"`
	URLs     []SitemapURL `json:"urls,omitempty"`
	Sitemaps []string     `json:"sitemaps,omitempty"`
}

// SitemapURL is one <url> of a sitemap, with its Google News block if any.
type SitemapURL struct {
	Loc     string     `json:"loc"`
	LastMod *time.Time `json:"lastmod,omitempty"`
	News    *NewsMeta  `json:"news,omitempty"`
}

// NewsMeta is the <news:news> block of a Google news sitemap.
type NewsMeta struct {
	PublicationName string     `json:"publication_name,omitempty"`
	Language        string     `json:"language,omitempty"`
	Title           string     `json:"title,omitempty"`
	PublicationDate *time.Time `json:"publication_date,omitempty"`
	Keywords        string     `json:"keywords,omitempty"`
}

// Sitemap limits, from the sitemap protocol: 50,000 URLs and 50 MiB
// (uncompressed) per file.
const (
	maxSitemapEntries = 50000
	maxSitemapBytes   = 50 << 20
)

// ParseSitemap parses a sitemap (urlset), a sitemap index (sitemapindex),
// a gzip-compressed one of those, or a text sitemap (one URL a line).
// Relative locations resolve against baseURL; entries that are not
// http(s) URLs are dropped; at most 50,000 entries are read. Errors wrap
// ErrNotSitemap, ErrMalformed or ErrTooLarge.
func ParseSitemap(body []byte, baseURL string) (*Sitemap, error) {
	if bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("parse sitemap: %w: gzip: %v", ErrMalformed, err)
		}
		body, err = readCapped(zr, maxSitemapBytes, false)
		if err != nil {
			return nil, fmt.Errorf("parse sitemap: %w", err)
		}
	}
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, fmt.Errorf("parse sitemap: %w: empty", ErrNotSitemap)
	}
	base, _ := parseBase(baseURL)
	if trimmed[0] != '<' {
		return parseTextSitemap(trimmed, base)
	}
	return parseXMLSitemap(body, base)
}

func parseTextSitemap(body []byte, base *urlBase) (*Sitemap, error) {
	sm := &Sitemap{}
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	for sc.Scan() && len(sm.URLs) < maxSitemapEntries {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if !looksLikeURL(line) {
			return nil, fmt.Errorf("parse sitemap: %w: line %q is not a URL", ErrNotSitemap, truncateString(line, 60))
		}
		if u, err := base.resolve(line); err == nil {
			sm.URLs = append(sm.URLs, SitemapURL{Loc: u})
		}
	}
	return sm, nil
}

func parseXMLSitemap(body []byte, base *urlBase) (*Sitemap, error) {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.CharsetReader = charset.NewReaderLabel
	d.Strict = false
	sm := &Sitemap{}
	root := ""
	var (
		cur   *SitemapURL
		news  *NewsMeta
		inMap bool // inside <sitemap> of an index
		text  strings.Builder
		path  []string
	)
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if root == "" {
				return nil, fmt.Errorf("parse sitemap: %w: %v", ErrNotSitemap, err)
			}
			// A truncated sitemap: keep what was read, but say so.
			return sm, fmt.Errorf("parse sitemap: %w: %v", ErrMalformed, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if root == "" {
				switch name {
				case "urlset":
				case "sitemapindex":
					sm.Index = true
				default:
					return nil, fmt.Errorf("parse sitemap: %w: root element <%s>", ErrNotSitemap, t.Name.Local)
				}
				root = name
			}
			if len(path) > 64 {
				return sm, fmt.Errorf("parse sitemap: %w: nested too deeply", ErrMalformed)
			}
			path = append(path, name)
			text.Reset()
			switch {
			case name == "url" && !sm.Index:
				cur = &SitemapURL{}
			case name == "sitemap" && sm.Index:
				inMap = true
			case name == "news" && cur != nil:
				news = &NewsMeta{}
			}
		case xml.CharData:
			if text.Len() < 64<<10 {
				text.Write(t)
			}
		case xml.EndElement:
			name := strings.ToLower(t.Name.Local)
			val := strings.TrimSpace(text.String())
			text.Reset()
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
			// Only direct children of <url> and <sitemap> count: an
			// <image:loc> deeper down is not the page's address.
			parent := ""
			if len(path) > 0 {
				parent = path[len(path)-1]
			}
			switch {
			case name == "loc" && inMap && parent == "sitemap":
				if u, err := base.resolve(val); err == nil && len(sm.Sitemaps) < maxSitemapEntries {
					sm.Sitemaps = append(sm.Sitemaps, u)
				}
			case name == "sitemap":
				inMap = false
			case cur == nil:
			case name == "loc" && parent == "url":
				cur.Loc = val
			case name == "lastmod" && parent == "url":
				cur.LastMod = parseW3CDate(val)
			case news != nil && name == "name":
				news.PublicationName = val
			case news != nil && name == "language":
				news.Language = val
			case news != nil && name == "title":
				news.Title = val
			case news != nil && name == "publication_date":
				news.PublicationDate = parseW3CDate(val)
			case news != nil && name == "keywords":
				news.Keywords = val
			case name == "news" && news != nil:
				cur.News, news = news, nil
			case name == "url":
				if u, err := base.resolve(cur.Loc); err == nil && len(sm.URLs) < maxSitemapEntries {
					cur.Loc = u
					sm.URLs = append(sm.URLs, *cur)
				}
				cur, news = nil, nil
			}
		}
	}
	if root == "" {
		return nil, fmt.Errorf("parse sitemap: %w: no root element", ErrNotSitemap)
	}
	return sm, nil
}

// parseW3CDate parses the W3C datetime profile of ISO 8601 that sitemaps
// use, returning nil when the value is not one.
func parseW3CDate(s string) *time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return utc(&t)
		}
	}
	return nil
}

func truncateString(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
