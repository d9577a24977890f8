package extract

import (
	"bytes"
	"strings"
)

// Sniff tells HTML from plain text by the Content-Type, then by the
// document's opening and the share of markup in its first 8 KiB.
func Sniff(raw []byte, contentType string) Format {
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(ct, "html"), strings.Contains(ct, "xml"):
		return FormatHTML
	case strings.HasPrefix(ct, "text/plain"):
		return FormatText
	}
	head := raw[:min(len(raw), 8192)]
	head = bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	lower := bytes.ToLower(head[:min(len(head), 512)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<?xml", "<body", "<!--"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return FormatHTML
		}
	}
	// Count tags that only HTML has; prose with a stray "<" stays text.
	lowerAll := bytes.ToLower(head)
	tags := 0
	for _, t := range []string{"<p>", "<p ", "<div", "<br", "<a href", "<span", "<article", "<meta", "<title", "<script", "</p>", "</div>", "<h1", "<h2", "<li"} {
		tags += bytes.Count(lowerAll, []byte(t))
	}
	if tags >= 3 {
		return FormatHTML
	}
	return FormatText
}
