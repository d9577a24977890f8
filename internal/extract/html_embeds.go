package extract

import (
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/geowire/geowire/internal/model"
)

// embedKind names the platform of an embedded post or video, or "" when
// n is not an embed.
func embedKind(n *html.Node) string {
	switch n.DataAtom {
	case atom.Blockquote:
		switch {
		case domHasClass(n, "twitter-tweet"), domHasClass(n, "twitter-video"):
			return "twitter"
		case domHasClass(n, "instagram-media"):
			return "instagram"
		case domHasClass(n, "tiktok-embed"):
			return "tiktok"
		case domHasClass(n, "threads-post"), domHasAttr(n, "data-text-post-permalink"):
			return "threads"
		case domHasClass(n, "bluesky-embed"):
			return "bluesky"
		}
	case atom.Div:
		if domHasClass(n, "fb-post") || domHasClass(n, "fb-video") {
			return "facebook"
		}
	case atom.Iframe:
		src := domAttr(n, "src")
		if src == "" {
			src = domAttr(n, "data-src")
		}
		switch {
		case strings.Contains(src, "youtube.com/embed/"), strings.Contains(src, "youtube-nocookie.com/embed/"):
			return "youtube"
		case strings.Contains(src, "player.vimeo.com/"):
			return "vimeo"
		case strings.Contains(src, "facebook.com/plugins/"):
			return "facebook"
		case strings.Contains(src, "platform.twitter.com/embed"):
			return "twitter"
		case strings.Contains(src, "instagram.com/p/"), strings.Contains(src, "instagram.com/reel/"):
			return "instagram"
		case strings.Contains(src, "tiktok.com/embed"):
			return "tiktok"
		case strings.Contains(src, "t.me/"):
			return "telegram"
		}
	case atom.Script:
		if domHasAttr(n, "data-telegram-post") {
			return "telegram"
		}
	}
	return ""
}

// htmlEmbed turns an embed element into a model.Embed.
func htmlEmbed(n *html.Node, platform, pageURL string) model.Embed {
	e := model.Embed{Kind: model.EmbedSocialPost, Platform: platform}
	switch n.DataAtom {
	case atom.Iframe:
		src := hFirst(domAttr(n, "src"), domAttr(n, "data-src"))
		e.URL = hResolveURL(pageURL, src)
		switch platform {
		case "youtube":
			e.Kind = model.EmbedVideo
			id := src[strings.Index(src, "/embed/")+len("/embed/"):]
			if i := strings.IndexAny(id, "?&#/"); i >= 0 {
				id = id[:i]
			}
			if id != "" {
				e.URL = "https://www.youtube.com/watch?v=" + id
			}
		case "vimeo":
			e.Kind = model.EmbedVideo
		case "facebook":
			if u, err := url.Parse(src); err == nil && u.Query().Get("href") != "" {
				e.URL = u.Query().Get("href")
			}
			if strings.Contains(src, "/video") {
				e.Kind = model.EmbedVideo
			}
		}
		return e
	case atom.Script:
		post := domAttr(n, "data-telegram-post")
		e.URL = "https://t.me/" + post
		if i := strings.IndexByte(post, '/'); i > 0 {
			e.Handle = "@" + post[:i]
		}
		return e
	case atom.Div:
		e.URL = domAttr(n, "data-href")
		e.Text = domText(n)
		if domHasClass(n, "fb-video") {
			e.Kind = model.EmbedVideo
		}
		return e
	}
	// A blockquote: the post text in <p>, then "— Name (@handle) date".
	var paras []string
	var links []string
	var tail strings.Builder
	var walk func(c *html.Node, inP bool)
	walk = func(c *html.Node, inP bool) {
		for ; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && c.DataAtom == atom.P && !inP:
				if t := domText(c); t != "" {
					paras = append(paras, t)
				}
				walk(c.FirstChild, true)
				continue
			case c.Type == html.ElementNode && c.DataAtom == atom.A:
				if h := domAttr(c, "href"); h != "" {
					links = append(links, h)
				}
			case c.Type == html.TextNode && !inP:
				tail.WriteString(c.Data)
			}
			if c.Type == html.ElementNode && c.DataAtom == atom.A && !inP {
				tail.WriteString(" " + domText(c) + " ")
				continue
			}
			if c.Type == html.ElementNode {
				walk(c.FirstChild, inP)
			}
		}
	}
	walk(n.FirstChild, false)
	// Instagram puts its attribution in a paragraph of its own.
	for i := len(paras) - 1; i >= 0; i-- {
		if strings.HasPrefix(paras[i], "A post shared by") {
			tail.WriteString(" " + paras[i])
			paras = append(paras[:i], paras[i+1:]...)
		}
	}
	e.Text = strings.Join(paras, "\n")
	if e.Text == "" {
		e.Text = domText(n)
	}
	e.URL = hFirst(domAttr(n, "data-instgrm-permalink"), domAttr(n, "cite"), domAttr(n, "data-text-post-permalink"))
	for i := len(links) - 1; i >= 0 && e.URL == ""; i-- {
		if hContainsAny(links[i], "/status/", "instagram.com/", "tiktok.com/", "threads.net/", "bsky.app/") {
			e.URL = links[i]
		}
	}
	if platform == "tiktok" || strings.Contains(e.URL, "/video/") {
		e.Kind = model.EmbedVideo
		if platform == "twitter" {
			e.Kind = model.EmbedSocialPost
		}
	}
	author, handle, date := hEmbedTail(hSquash(tail.String()))
	e.Author, e.Handle, e.Date = author, handle, date
	if e.Handle == "" && platform == "twitter" {
		// https://twitter.com/handle/status/…
		if u, err := url.Parse(e.URL); err == nil {
			if parts := strings.Split(strings.Trim(u.Path, "/"), "/"); len(parts) >= 3 && parts[1] == "status" {
				e.Handle = "@" + parts[0]
			}
		}
	}
	e.Mentions = hMentions(e.Text)
	return e
}

// hEmbedTail reads "— Name (@handle) November 3, 2023" (tweets) or
// "A post shared by Name (@handle)" (Instagram).
func hEmbedTail(s string) (author, handle, date string) {
	s = strings.TrimSpace(strings.TrimLeft(s, "—–-‒ "))
	s = strings.TrimPrefix(s, "A post shared by ")
	if i := strings.Index(s, "(@"); i >= 0 {
		author = strings.TrimSpace(s[:i])
		if j := strings.IndexByte(s[i:], ')'); j > 0 {
			handle = s[i+1 : i+j]
			s = strings.TrimSpace(s[i+j+1:])
		}
	}
	for _, l := range []string{"January 2, 2006", "Jan 2, 2006", "2 January 2006", "2006-01-02"} {
		if t, err := time.Parse(l, s); err == nil {
			date = t.Format("2006-01-02")
			break
		}
	}
	return author, handle, date
}

// hMentions lists the @handles in s, once each, in order.
func hMentions(s string) []string {
	var out []string
	seen := map[string]bool{}
	for i := 0; i < len(s); i++ {
		if s[i] != '@' || (i > 0 && hIsHandleByte(s[i-1])) {
			continue
		}
		j := i + 1
		for j < len(s) && hIsHandleByte(s[j]) {
			j++
		}
		if j > i+1 {
			h := s[i:j]
			if !seen[h] {
				seen[h] = true
				out = append(out, h)
			}
		}
		i = j - 1
	}
	return out
}

func hIsHandleByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
