package model

import (
	"time"
	"unicode/utf8"
)

// Span is a half-open range [Start, End) of Unicode code points in a
// Document's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of code points the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Document is one article: where it came from and its clean content.
type Document struct {
	ID           string     `json:"id,omitempty"`
	URL          string     `json:"url,omitempty"`
	CanonicalURL string     `json:"canonical_url,omitempty"`
	Source       string     `json:"source"`
	FetchedAt    *time.Time `json:"fetched_at,omitempty"`
	Published    *time.Time `json:"published"`
	Title        string     `json:"title"`
	Byline       string     `json:"byline"`
	Lang         string     `json:"lang"`
	// Text is the article body: paragraphs separated by one blank line
	// ("\n\n"), headings as paragraphs of their own.
	Text        string    `json:"text"`
	Headings    []Heading `json:"headings"`
	Embeds      []Embed   `json:"embeds"`
	ContentHash string    `json:"content_hash,omitempty"`
	// Warnings says what extraction noticed and could not fix (for example
	// "no article content found"); it is empty for a clean extraction.
	Warnings []string `json:"warnings,omitempty"`
}

// Heading is a section heading of the article body. Span locates it in Text.
type Heading struct {
	Text  string `json:"text"`
	Level int    `json:"level,omitempty"`
	Span  Span   `json:"span"`
}

// Embed kinds.
const (
	EmbedSocialPost = "social_post"
	EmbedVideo      = "video"
	EmbedImage      = "image"
)

// Embed is content quoted from elsewhere inside an article, such as a post
// from a social network. Embeds are kept out of the article's Text.
type Embed struct {
	Kind     string `json:"kind"`
	Platform string `json:"platform,omitempty"`
	// Author is the display name ("Defense of Ukraine").
	Author string `json:"author,omitempty"`
	// Handle is the account name with its "@" ("@DefenceU"), as the
	// platform prints it; Mentions use the same form.
	Handle string `json:"handle,omitempty"`
	// Date is the post's date, ISO 8601 (YYYY-MM-DD, or a full RFC 3339
	// time when the time of day is known).
	Date string `json:"date,omitempty"`
	// URL links to the post: its status link when known, else its first
	// media link ("pic.twitter.com/…", kept as printed, without a scheme).
	URL string `json:"url,omitempty"`
	// Text is the post's own text, its trailing links removed.
	Text string `json:"text,omitempty"`
	// Mentions lists the accounts the text names ("@ServiceSsu"), each once.
	Mentions []string `json:"mentions,omitempty"`
	// Media lists links to attached pictures or videos.
	Media []string `json:"media,omitempty"`
}

// RuneOffsets converts byte offsets into s to code-point offsets. It is the
// one place where geowire crosses from Go's byte indexing to the code-point
// offsets of the data model. byteOffsets must be sorted ascending; the
// result has the same length.
func RuneOffsets(s string, byteOffsets []int) []int {
	out := make([]int, len(byteOffsets))
	runes, pos := 0, 0
	for i, b := range byteOffsets {
		if b > len(s) {
			b = len(s)
		}
		if b < pos {
			// Not sorted: count from the start again.
			runes, pos = 0, 0
		}
		runes += utf8.RuneCountInString(s[pos:b])
		pos = b
		out[i] = runes
	}
	return out
}

// SpanOf returns the code-point span of the byte range [start, end) of s.
func SpanOf(s string, start, end int) Span {
	o := RuneOffsets(s, []int{start, end})
	return Span{Start: o[0], End: o[1]}
}
