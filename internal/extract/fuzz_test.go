package extract

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzExtractHTML feeds arbitrary bytes to the HTML path: it must never
// panic or hang, errors must wrap a sentinel, and the text must be valid
// UTF-8 with headings inside it.
func FuzzExtractHTML(f *testing.F) {
	seeds := []string{
		"<html><body><article><h1>T</h1><p>Hello, world. This is a paragraph of text.</p></article></body></html>",
		`<html lang="uk"><head><meta charset="windows-1251"><title>x</title></head><body><p>\xcf\xf0\xe8\xe2\xb3\xf2</p></body></html>`,
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2024-01-02","author":[{"name":"A"}]}</script><p>b</p>`,
		`<blockquote class="twitter-tweet"><p>Hi @x</p>&mdash; N (@h) <a href="https://twitter.com/h/status/1">May 1, 2024</a></blockquote>`,
		strings.Repeat("<div>", 600) + "deep" + strings.Repeat("</div>", 600),
		"<p>a<br><br>b<br>c</p><table><tr><td>x<td>y</table>",
		"\xff\xfe<\x00p\x00>\x00",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		// A hang is caught by the fuzzing engine's own hang detector.
		doc, err := Extract(ctx, raw, Options{Format: FormatHTML, URL: "https://example.com/a"})
		if err != nil {
			known := []error{ErrEmpty, ErrTooLarge, ErrBinary, ErrTooDeep, ErrTimeout, ErrNoContent}
			ok := false
			for _, k := range known {
				ok = ok || errors.Is(err, k)
			}
			if !ok {
				t.Fatalf("error %v wraps no sentinel", err)
			}
		}
		if doc == nil {
			return
		}
		if !utf8.ValidString(doc.Text) || !utf8.ValidString(doc.Title) {
			t.Fatalf("invalid UTF-8 in output")
		}
		n := utf8.RuneCountInString(doc.Text)
		for _, h := range doc.Headings {
			if h.Span.Start < 0 || h.Span.End > n || h.Span.Start > h.Span.End {
				t.Fatalf("heading span %v outside text of %d runes", h.Span, n)
			}
		}
	})
}
