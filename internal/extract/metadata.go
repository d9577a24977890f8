package extract

import (
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/geowire/geowire/internal/model"
)

// pageMeta is everything the page says about itself outside its body text.
type pageMeta struct {
	title, ogTitle, h1  string
	byline              string
	published           string
	siteName            string
	lang, ogLocale      string
	contentLang         string
	canonical, ogURL    string
	description         string
	timeDatetime        string
	ld                  ldArticle
	embeds              []*html.Node
	streams             streamed
	textBytes           int
	depth               int
	seenMetaDateKeyRank int
}

// metaDateKeys are <meta name|property|itemprop> keys carrying the
// publication time, best first.
var metaDateKeys = []string{
	"article:published_time", "datepublished", "og:published_time", "publishdate",
	"publish-date", "pubdate", "date", "dc.date.issued", "dc.date", "dcterms.created",
	"sailthru.date", "parsely-pub-date", "article.published", "published_time",
	"datecreated", "dc.date.created", "originalpublicationdate", "article_date_original",
	"cxenseparse:recs:publishtime", "date_published", "release_date",
}

// readMeta walks the whole tree once for metadata and embeds.
func readMeta(root *html.Node) *pageMeta {
	m := &pageMeta{seenMetaDateKeyRank: len(metaDateKeys)}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		m.depth = max(m.depth, depth)
		if n.Type == html.TextNode {
			m.textBytes += len(n.Data)
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if m.lang == "" {
					m.lang = domAttr(n, "lang")
					if m.lang == "" {
						m.lang = domAttr(n, "xml:lang")
					}
				}
			case atom.Title:
				if m.title == "" && n.Parent != nil && n.Parent.DataAtom == atom.Head {
					m.title = domText(n)
				}
				return
			case atom.Meta:
				m.readMetaTag(n)
				return
			case atom.Link:
				if m.canonical == "" && strings.EqualFold(domAttr(n, "rel"), "canonical") {
					m.canonical = strings.TrimSpace(domAttr(n, "href"))
				}
				return
			case atom.Script:
				if strings.Contains(strings.ToLower(domAttr(n, "type")), "ld+json") && n.FirstChild != nil {
					parseJSONLD(n.FirstChild.Data, &m.ld)
				} else if domHasAttr(n, "data-telegram-post") {
					m.embeds = append(m.embeds, n)
				}
				return
			case atom.Style, atom.Noscript:
				return
			case atom.H1:
				if m.h1 == "" {
					m.h1 = domText(n)
				}
			case atom.Time:
				if m.timeDatetime == "" {
					m.timeDatetime = domAttr(n, "datetime")
				}
			case atom.Template:
				m.streams.addSlot(n)
				return
			case atom.Blockquote, atom.Iframe, atom.Div:
				if embedKind(n) != "" {
					m.embeds = append(m.embeds, n)
					return
				}
				m.streams.addChunk(n)
			}
			if ip := domAttr(n, "itemprop"); ip == "datePublished" && m.seenMetaDateKeyRank > 1 {
				if v := domAttr(n, "datetime"); v != "" {
					m.published, m.seenMetaDateKeyRank = v, 1
				} else if v := domAttr(n, "content"); v != "" {
					m.published, m.seenMetaDateKeyRank = v, 1
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return m
}

func (m *pageMeta) readMetaTag(n *html.Node) {
	var key, content, httpEquiv string
	for _, a := range n.Attr {
		switch a.Key {
		case "name", "property", "itemprop":
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(a.Val))
			}
		case "content":
			content = strings.TrimSpace(a.Val)
		case "http-equiv":
			httpEquiv = strings.ToLower(a.Val)
		}
	}
	if httpEquiv == "content-language" && m.contentLang == "" {
		m.contentLang = content
	}
	if key == "" || content == "" {
		return
	}
	switch key {
	case "og:title", "twitter:title":
		if m.ogTitle == "" {
			m.ogTitle = content
		}
	case "og:site_name", "application-name", "publisher":
		if m.siteName == "" || key == "og:site_name" {
			m.siteName = content
		}
	case "og:locale", "language", "dc.language":
		if m.ogLocale == "" {
			m.ogLocale = content
		}
	case "og:url":
		m.ogURL = content
	case "author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author":
		if m.byline == "" && !strings.HasPrefix(content, "http") {
			m.byline = strings.TrimPrefix(strings.TrimPrefix(content, "By "), "by ")
		}
	case "description", "og:description":
		if m.description == "" {
			m.description = content
		}
	}
	for i, k := range metaDateKeys {
		if k == key && i < m.seenMetaDateKeyRank {
			m.published, m.seenMetaDateKeyRank = content, i
		}
	}
}

// fill copies the metadata into doc.
func (m *pageMeta) fill(doc *model.Document, pageURL string) {
	doc.Title = hFirst(m.ld.Headline, m.ogTitle, m.h1, hCleanTitle(m.title))
	if m.h1 != "" && doc.Title != m.h1 && strings.Contains(m.title, m.h1) {
		doc.Title = m.h1
	}
	doc.Title = hSquash(html.UnescapeString(doc.Title))
	doc.Byline = hSquash(hFirst(m.ld.Author, m.byline))
	for _, s := range []string{m.ld.Published, m.published, m.timeDatetime} {
		if t, ok := hParseTime(s); ok {
			doc.Published = &t
			break
		}
	}
	doc.CanonicalURL = hResolveURL(pageURL, hFirst(m.canonical, m.ogURL))
	doc.Source = hSquash(hFirst(m.siteName, m.ld.Publisher))
	if doc.Source == "" {
		base := hFirst(pageURL, doc.CanonicalURL)
		if u, err := url.Parse(base); err == nil && u.Hostname() != "" {
			doc.Source = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	doc.Lang = hNormLang(hFirst(m.lang, m.ld.Lang, m.ogLocale, m.contentLang))
}

// hCleanTitle drops a " | Site name" or " - Site name" suffix from <title>.
func hCleanTitle(t string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » "} {
		if i := strings.LastIndex(t, sep); i > 0 && len(t)-i < len(t)/2 {
			return strings.TrimSpace(t[:i])
		}
	}
	return t
}

func hFirst(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// hNormLang reduces a language tag ("en-US", "en_GB", "EN") to its
// two-letter primary subtag; anything else gives "".
func hNormLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_ ,;"); i >= 0 {
		s = s[:i]
	}
	if len(s) != 2 || s[0] < 'a' || s[0] > 'z' || s[1] < 'a' || s[1] > 'z' {
		return ""
	}
	return s
}

// hTimeLayouts are the date forms pages use in metadata.
var hTimeLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	"20060102", "2006/01/02", "2006/01/02 15:04:05", time.RFC1123Z, time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700", "January 2, 2006", "Jan 2, 2006", "2 January 2006",
	"02.01.2006", "2006-01-02T15:04:05.000-0700", "2006-01-02T15:04:05-0700",
}

// hParseTime reads a metadata date; the result is in UTC.
func hParseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, l := range hTimeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1990 || t.Year() > 2100 {
				return time.Time{}, false
			}
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// hResolveURL makes ref absolute against base; it returns ref unchanged
// when either does not parse.
func hResolveURL(base, ref string) string {
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	b, err := url.Parse(base)
	if err != nil || base == "" {
		return ref
	}
	return b.ResolveReference(r).String()
}
