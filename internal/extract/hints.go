package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Class and id hints. A page's class names are its authors' own labels
// for boilerplate ("share-bar", "related-posts", "cookie-banner"); these
// lists hold the words that mark such blocks across sites, in the spirit
// of readability's unlikelyCandidates and trafilatura's discard rules.

// strongBoilerWords mark boilerplate when they occur anywhere in class
// or id: comment threads, sharing, cookie and newsletter boxes, teasers of
// other articles. Such blocks are dropped even when they hold prose.
var strongBoilerWords = []string{
	"comment", "disqus", "newsletter", "subscribe", "signup", "sign-up", "cookie",
	"consent", "gdpr", "breadcrumb", "outbrain", "taboola", "related", "recommend",
	"social", "sharing", "sharebar", "share-", "-share", "shareb", "most-popular",
	"mostpopular", "most-read", "mostread", "more-stories", "morestories",
	"next-article", "skip-link", "skiplink", "paywall", "follow-us", "followus", "navbar",
	"navigation", "subnav", "sidebar", "advert", "inline-ad", "ad-slot", "adslot",
	"ad-container", "ad-wrapper", "adwrapper", "adunit", "ad-unit", "google-ad",
	"googlead", "further-reading", "read-more", "readmore",
}

// hiddenWords mark what the page's own style sheet hides: text for
// screen readers only, and Webflow's conditionally invisible blocks
// (often a second copy of the article for other visitors).
var hiddenWords = []string{
	"visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "w-condition-invisible",
}

// discussionWords mark reader comments: long prose that is not the article.
var discussionWords = []string{"comment", "disqus"}

// boilerWords mark furniture that is usually short (bylines, captions,
// widgets, banners); a block so marked is kept when it holds real prose.
var boilerWords = []string{
	"byline", "dateline", "timestamp", "caption", "credit", "masthead", "toolbar",
	"pagination", "popular", "trending", "promo", "sponsor", "author-bio", "authorbio",
	"author-info", "author-box", "tag-list", "taglist", "post-tags", "article-tags",
	"modal", "popup", "overlay", "banner", "footer", "print-only",
	"hidden-print", "jump-link", "podcast-promo", "article-meta", "post-meta",
	"entry-meta", "meta-data", "post-info", "article-info", "author-name",
	"authorname", "published-date", "pubdate", "publish-date", "image-credit",
	"photo-credit", "dfp", "sticky", "toc", "table-of-contents", "tableofcontents",
	"login", "register", "rating", "reactions", "emoji", "donate", "support-us",
	"membership",
}

// boilerTokens mark boilerplate only as whole tokens of class or id
// (split at space, '-' and '_'), since they are short enough to occur
// inside other words ("ad" in "header", "nav" in "canvas").
var boilerTokens = []string{
	"ad", "ads", "advertisement", "nav", "menu", "share", "shares", "tags", "tag",
	"meta", "print", "hidden", "hide", "author", "date", "byline", "aside",
	"footer", "sidebar", "rail", "right-rail", "promo", "teaser", "teasers", "byl",
	"dateline", "kicker", "eyebrow", "label", "topics", "keywords", "categories",
	"category", "share-tools", "tools", "utility", "utilities", "links", "copyright",
	"disclaimer", "newsletter", "recirc", "recirculation", "latest", "more",
	"dek", "standfirst", "summary",
}

// headingTokens name a heading. On a block they mark the page's title
// area, which is not part of the body text; on a section heading inside
// the text (<h2>–<h6> "header-anchor", "section-title") they only say
// that it is a heading.
var headingTokens = []string{"header", "headline", "title", "subtitle", "subhead"}

// isPageHeading reports whether n is labelled as a heading without being
// a section heading.
func isPageHeading(n *html.Node, ci string) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return false
	}
	return hHasToken(ci, headingTokens)
}

// contentWords mark the main article container.
var contentWords = []string{
	"article-body", "articlebody", "article__body", "article-content", "articlecontent",
	"article__content", "article-text", "articletext", "story-body", "storybody",
	"story-content", "storycontent", "post-body", "postbody", "post-content",
	"postcontent", "entry-content", "entrycontent", "post-entry", "body-text",
	"bodytext", "main-content", "maincontent", "content-body", "article__text",
	"rich-text", "richtext", "post-text", "posttext", "text-content", "page-content",
	"single-content", "blog-content", "field-body", "story-text", "article-main",
	"paywall-content", "caas-body", "prose",
}

// positiveWords raise a candidate's score (readability's positive regex).
var positiveWords = []string{
	"article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
	"post", "text", "blog", "story",
}

// negativeWords lower a candidate's score (readability's negative regex).
var negativeWords = []string{
	"hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
	"masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
	"shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget",
	"recommend", "newsletter", "subscribe",
}

// hHasToken reports whether s, split at space, '-', '_' and ':', has a
// token equal to one of toks; whole-token pairs ("right-rail") match too.
func hHasToken(s string, toks []string) bool {
	start := 0
	prev := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != ' ' && s[i] != '-' && s[i] != '_' && s[i] != ':' {
			continue
		}
		if i > start {
			w := s[start:i]
			for _, t := range toks {
				if w == t {
					return true
				}
			}
			if prev >= 0 {
				pair := s[prev:i]
				for _, t := range toks {
					if pair == t {
						return true
					}
				}
			}
			if i < len(s) && s[i] == ' ' {
				prev = -1
			} else {
				prev = start
			}
		}
		start = i + 1
	}
	return false
}

// isContentHint reports whether a class/id string names an article body.
func isContentHint(ci string) bool {
	return ci != "" && hContainsAny(ci, contentWords...) && !hContainsAny(ci, "comment", "related", "sidebar")
}

// isBoilerplate reports whether element n (not a structural root) looks
// like page furniture by its tag, ARIA role, visibility or class/id.
func isBoilerplate(n *html.Node, ci string, strict bool) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main:
		return false
	case atom.Footer, atom.Aside:
		return true
	case atom.Header:
		return strict
	case atom.Form:
		return strict && !isContentHint(ci)
	}
	if !strict {
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return !isStreamedChunk(n)
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if hContainsAny(a.Val, "display:none", "display: none", "visibility:hidden", "visibility: hidden") {
				return true
			}
		case "role":
			switch a.Val {
			case "navigation", "complementary", "contentinfo", "dialog", "alertdialog",
				"menu", "menubar", "search", "banner", "toolbar":
				return true
			case "tablist":
				// Tabs are short labels; a tab list holding long text is an
				// accordion whose panels are the text.
				return !hasProse(n, wrapperProse)
			}
		case "itemprop":
			if strict && (a.Val == "author" || a.Val == "datePublished" || a.Val == "dateModified") {
				return true
			}
		}
	}
	if ci == "" || isContentHint(ci) {
		return false
	}
	ci = dropStateClasses(ci)
	if hContainsAny(ci, hiddenWords...) {
		return true
	}
	if hContainsAny(ci, strongBoilerWords...) {
		// A box labelled as furniture that holds a whole article's worth
		// of prose is a layout wrapper ("content-sidebar-wrap",
		// "newsletter-post", "sc-ad-container"): the label names what sits
		// beside the text or what kind of post it is. Discussion threads
		// are long prose too, and stay out.
		return hContainsAny(ci, discussionWords...) || !hasProse(n, wrapperProse)
	}
	if hContainsAny(ci, boilerWords...) || hHasToken(ci, boilerTokens) || isPageHeading(n, ci) {
		return !hasProse(n, proseLimit)
	}
	return false
}

// hasProse reports whether n holds at least limit bytes of text outside
// links, buttons and scripts: a block marked as furniture that has that much is
// kept. The walk stops as soon as the answer is known.
func hasProse(n *html.Node, limit int) bool {
	got := 0
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if got += len(c.Data); got >= limit {
					return true
				}
			case html.ElementNode:
				switch c.DataAtom {
				case atom.A, atom.Script, atom.Style, atom.Button, atom.Nav:
					continue
				}
				if walk(c) {
					return true
				}
			}
		}
		return false
	}
	return walk(n)
}

// classWeight is readability's class weight: +25 for a content-like class
// or id, -25 for a boilerplate-like one.
func classWeight(ci string) float64 {
	if ci == "" {
		return 0
	}
	w := 0.0
	if isContentHint(ci) {
		w += 50
	} else if hContainsAny(ci, positiveWords...) {
		w += 25
	}
	if hContainsAny(ci, negativeWords...) {
		w -= 25
	}
	return w
}

// hIsTitleLike reports whether s equals the title t, ignoring case and
// surrounding punctuation.
func hIsTitleLike(s, t string) bool {
	if t == "" || s == "" {
		return false
	}
	return strings.EqualFold(strings.Trim(s, " .:!?\"'“”"), strings.Trim(t, " .:!?\"'“”"))
}

// dropStateClasses removes from a class/id string the classes that
// describe an element's state or styling rather than its role: "has-X"
// (WordPress and BEM: "has-comments", "has-sidebar") and the CSS utility
// "overflow-hidden", which clips content instead of hiding it.
func dropStateClasses(ci string) string {
	if !strings.Contains(ci, "has-") && !strings.Contains(ci, "overflow-") {
		return ci
	}
	var b strings.Builder
	for _, c := range strings.Fields(ci) {
		if strings.HasPrefix(c, "has-") || strings.HasPrefix(c, "overflow-") {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(c)
	}
	return b.String()
}
