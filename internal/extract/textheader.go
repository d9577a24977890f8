package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/geowire/geowire/internal/model"
)

// The header of a text dump: the lines before the body that name the
// article. readHeader accepts, in any order within the first
// maxHeaderLines non-blank lines:
//
//	a title: the first line that is not metadata and reads like a headline
//	  (short, no terminal period), or "Title: …";
//	a byline: "By Jane Doe", "By Jane Doe | June 4, 2025", "Author: …";
//	a date: "June 4, 2025", "4 June 2025", "2025-06-04", optionally after
//	  "Published", "Posted", "Date:" or "Updated:" (a stated publication
//	  date wins over an update);
//	"Source: …" and "URL: …".
//
// Junk lines in the header are skipped. The header ends at the first other
// line; with no headline-like first line there is no title.

const maxHeaderLines = 8

// readHeader fills doc's title, byline, date, source and URL from the top of
// lines and returns the body lines.
func readHeader(doc *model.Document, lines []string) []string {
	seen, updated := 0, false
	i := 0
	for ; i < len(lines) && seen < maxHeaderLines; i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		seen++
		if isJunkLine(l) {
			continue
		}
		if label, val, ok := headerLabel(l); ok {
			switch label {
			case "title":
				if doc.Title == "" {
					doc.Title = val
					continue
				}
			case "by":
				if name, pub := readByline(val, doc.Published); doc.Byline == "" && isBylineName(name) {
					doc.Byline, doc.Published = name, pub
					continue
				}
			case "date":
				if t, ok := findDate(val); ok && (doc.Published == nil || updated) {
					doc.Published, updated = &t, false
					continue
				}
			case "updated":
				if t, ok := findDate(val); ok {
					if doc.Published == nil {
						doc.Published, updated = &t, true
					}
					continue
				}
			case "source":
				if doc.Source == "" {
					doc.Source = val
					continue
				}
			case "url":
				if doc.URL == "" {
					doc.URL = val
				}
				continue
			}
		}
		if t, n, ok := parseLeadingDate(l); ok && len(l)-n < 24 && doc.Published == nil {
			doc.Published = &t // a bare dateline, perhaps with a time
			continue
		}
		if doc.Title == "" && isHeadline(l) {
			doc.Title = l
			continue
		}
		break
	}
	return lines[i:]
}

// headerLabel recognises "Label: value" and "By value" lines.
func headerLabel(l string) (label, val string, ok bool) {
	low := asciiLower(l[:min(len(l), 24)])
	if strings.HasPrefix(low, "by ") && len(l) > 3 && unicode.IsUpper(firstRune(l[3:])) {
		return "by", strings.TrimSpace(l[3:]), true
	}
	if strings.HasPrefix(low, "written by ") {
		return "by", strings.TrimSpace(l[len("written by "):]), true
	}
	for _, p := range []struct{ prefix, label string }{
		{"published on ", "date"}, {"published ", "date"}, {"posted on ", "date"}, {"posted ", "date"},
		{"updated on ", "updated"}, {"updated ", "updated"}, {"last updated ", "updated"},
	} {
		if strings.HasPrefix(low, p.prefix) {
			return p.label, strings.TrimSpace(l[len(p.prefix):]), true
		}
	}
	k := strings.IndexByte(l, ':')
	if k <= 0 || k > 20 {
		return "", "", false
	}
	val = strings.TrimSpace(l[k+1:])
	switch strings.TrimSpace(asciiLower(l[:k])) {
	case "title", "headline":
		label = "title"
	case "by", "author", "authors", "byline", "written by":
		label = "by"
	case "date", "published", "published on", "publication date", "posted", "posted on", "dateline":
		label = "date"
	case "updated", "last updated", "modified":
		label = "updated"
	case "source", "publisher", "publication", "site":
		label = "source"
	case "url", "link", "canonical", "source url":
		label = "url"
	default:
		return "", "", false
	}
	return label, val, val != ""
}

// readByline splits "Jane Doe | June 4, 2025" into the byline and a date.
func readByline(val string, published *time.Time) (string, *time.Time) {
	if t, ok := findDate(val); ok && published == nil {
		published = &t
	}
	for _, sep := range []string{" | ", " · ", " • ", " — ", " – ", " - ", " on ", "\t"} {
		if i := strings.Index(val, sep); i > 0 {
			val = val[:i]
		}
	}
	// "Jane Doe, June 4, 2025": drop a trailing date after a comma.
	for i := strings.IndexByte(val, ','); i > 0; {
		if _, ok := findDate(val[i+1:]); ok {
			if _, _, lead := parseLeadingDate(strings.TrimSpace(val[i+1:])); lead {
				val = val[:i]
				break
			}
		}
		j := strings.IndexByte(val[i+1:], ',')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return strings.TrimSpace(val), published
}

// isBylineName reports whether a byline reads as names: 1–12 words, no
// sentence end.
func isBylineName(name string) bool {
	n := len(strings.Fields(name))
	if n == 0 || n > 12 || len(name) > 150 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(name)
	return !strings.ContainsRune("!?;:", last) && !(last == '.' && !abbrevBefore(name, len(name)-1))
}

// isHeadline reports whether a line reads as a title: 1–30 words, at most
// 250 bytes, starting with a capital, a digit or a quote, ending without a
// period, comma, colon or semicolon, and not a date or a byline.
func isHeadline(l string) bool {
	if len(l) > 250 || len(strings.Fields(l)) > 30 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	if strings.ContainsRune(".,;:", last) {
		return false
	}
	first := firstRune(l)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune("\"“‘'«", first) {
		return false
	}
	letters := false
	for _, r := range l {
		if unicode.IsLetter(r) {
			letters = true
			break
		}
	}
	return letters
}
