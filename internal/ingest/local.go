package ingest

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// localKind tells how a local file is read, from its name.
func localKind(name string) string {
	b := strings.ToLower(filepath.Base(name))
	switch {
	case isWARCName(b):
		return "warc"
	case strings.HasSuffix(b, ".jsonl"), strings.HasSuffix(b, ".ndjson"):
		return "jsonl"
	case strings.HasSuffix(b, ".html"), strings.HasSuffix(b, ".htm"), strings.HasSuffix(b, ".xhtml"):
		return "html"
	case strings.HasSuffix(b, ".txt"), strings.HasSuffix(b, ".text"), strings.HasSuffix(b, ".md"):
		return "text"
	}
	return ""
}

// fileURL returns the file:// URL of an absolute path.
func fileURL(abs string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// runPath reads a local file, or every readable file under a folder in
// lexical order (hidden files and folders skipped, symlinks not followed).
// A named file of unknown type is sniffed; unknown files inside a folder
// are skipped.
func (in *Ingester) runPath(ctx context.Context, src Source, sink Sink) error {
	root, err := filepath.Abs(src.Location)
	if err != nil {
		return err
	}
	info, err := os.Stat(root)
	if err != nil {
		return err
	}
	e := &emitter{in: in, src: src, sink: sink}
	if !info.IsDir() {
		return e.done(in.readFile(ctx, e, root, true))
	}
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			e.fail(ctx, p, err)
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || localKind(p) == "" {
			return nil
		}
		return in.readFile(ctx, e, p, false)
	})
	return e.done(err)
}

// readFile reads one file. Errors go to the sink unless strict (the file
// was named as the source).
func (in *Ingester) readFile(ctx context.Context, e *emitter, p string, strict bool) error {
	fail := func(err error) error {
		if err == nil {
			return nil
		}
		if strict || errors.Is(err, errSourceFull) || ctx.Err() != nil {
			return err
		}
		e.fail(ctx, p, err)
		return nil
	}
	switch localKind(p) {
	case "warc":
		return fail(in.readWARC(ctx, e, p))
	case "jsonl":
		return fail(in.readJSONL(ctx, e, p))
	}
	body, err := readFileCapped(p, in.opts.MaxFileBytes)
	if err != nil {
		return fail(err)
	}
	var ctype string
	switch localKind(p) {
	case "html":
		ctype = "text/html"
	case "text":
		ctype = "text/plain"
	default:
		ctype = http.DetectContentType(body)
		if !strings.HasPrefix(ctype, "text/html") && !strings.HasPrefix(ctype, "text/plain") {
			return fail(fmt.Errorf("%w: %s is %s, not HTML or text", ErrUnsupportedSource, filepath.Base(p), ctype))
		}
	}
	u := fileURL(p)
	return e.doc(ctx, RawDocument{
		URL: u, CanonicalURL: u, FinalURL: u,
		Source:      nameOr(e.src.Name, filepath.Base(filepath.Dir(p))),
		ContentType: ctype,
		Body:        body,
		FetchedAt:   in.opts.Now().UTC(),
		ContentHash: ContentHash(string(body)),
	})
}

func readFileCapped(p string, max int64) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := readCapped(f, max, false)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", filepath.Base(p), err)
	}
	return b, nil
}

// jsonlArticle is one line of a .jsonl article file.
type jsonlArticle struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Source    string `json:"source"`
	Author    string `json:"author"`
}

// readJSONL yields one document per line of {"url","title","text",
// "published"} (plus optional "source" and "author"). A bad line is an
// item error; the file goes on.
func (in *Ingester) readJSONL(ctx context.Context, e *emitter, p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	fu := fileURL(p)
	br := bufio.NewReaderSize(f, 64<<10)
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := readLine(br, in.opts.MaxFileBytes)
		if errors.Is(err, io.EOF) && len(line) == 0 {
			return nil
		}
		item := fmt.Sprintf("%s:%d", p, n)
		if err != nil && !errors.Is(err, io.EOF) {
			if errors.Is(err, ErrTooLarge) {
				e.fail(ctx, item, err)
				continue
			}
			return err
		}
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		var a jsonlArticle
		if jerr := json.Unmarshal(line, &a); jerr != nil {
			e.fail(ctx, item, fmt.Errorf("%w: %v", ErrMalformed, jerr))
			continue
		}
		if strings.TrimSpace(a.Text) == "" {
			e.fail(ctx, item, fmt.Errorf("%w: no text", ErrMalformed))
			continue
		}
		d := RawDocument{
			URL:         a.URL,
			Source:      nameOr(e.src.Name, a.Source, hostOf(a.URL), filepath.Base(p)),
			Meta:        ItemMeta{Title: clean(a.Title), Author: a.Author, Published: parseLooseDate(a.Published)},
			ContentType: "text/plain; charset=utf-8",
			Body:        []byte(a.Text),
			FetchedAt:   in.opts.Now().UTC(),
			ContentHash: ContentHash(a.Text),
		}
		if a.URL != "" {
			canon, cerr := CanonicalURL(a.URL)
			if cerr != nil {
				e.fail(ctx, item, cerr)
				continue
			}
			if in.seenURL(canon) {
				continue
			}
			d.CanonicalURL, d.FinalURL = canon, a.URL
		} else {
			d.URL = fmt.Sprintf("%s#line=%d", fu, n)
			d.CanonicalURL, d.FinalURL = d.URL, d.URL
		}
		if err := e.doc(ctx, d); err != nil {
			return err
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// readLine reads one line of at most max bytes (without its newline). A
// longer line is skipped to its end and reported as ErrTooLarge.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			if err == nil {
				err = fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, max)
			}
			return nil, err
		}
		return trimEOL(line), err
	}
}

func trimEOL(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// parseLooseDate reads RFC 3339, a W3C date, or an HTTP date.
func parseLooseDate(s string) *time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if t := parseW3CDate(s); t != nil {
		return t
	}
	for _, layout := range []string{"2006-01-02 15:04:05", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return utc(&t)
		}
	}
	return nil
}

func (in *Ingester) runWARCFile(ctx context.Context, src Source, p string, sink Sink) error {
	e := &emitter{in: in, src: src, sink: sink}
	return e.done(in.readWARC(ctx, e, p))
}

// readWARC yields the 2xx HTML and text responses of a WARC file. Other
// records are skipped quietly; a bad or oversized record is an item error;
// a corrupt stream ends the file with an error.
func (in *Ingester) readWARC(ctx context.Context, e *emitter, p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	wr, err := NewWARCReader(f, in.opts.MaxFileBytes)
	if err != nil {
		return err
	}
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		item := fmt.Sprintf("%s#record=%d", p, n)
		switch {
		case errors.Is(err, io.EOF):
			return nil
		case errors.Is(err, ErrTooLarge):
			e.fail(ctx, item, err)
			continue
		case err != nil:
			return err
		}
		if rec.Type != "response" || !looksLikeURL(strings.ToLower(rec.TargetURI)) {
			continue
		}
		status, h, body, err := rec.HTTPResponse(in.opts.MaxFileBytes)
		if err != nil {
			e.fail(ctx, rec.TargetURI, err)
			continue
		}
		ctype := h.Get("Content-Type")
		if status < 200 || status > 299 || !isDocumentType(ctype, body) {
			continue
		}
		canon, err := CanonicalURL(rec.TargetURI)
		if err != nil {
			e.fail(ctx, rec.TargetURI, err)
			continue
		}
		if in.seenURL(canon) {
			continue
		}
		fetched := rec.Date
		if fetched.IsZero() {
			fetched = in.opts.Now()
		}
		d := RawDocument{
			URL: rec.TargetURI, CanonicalURL: canon, FinalURL: rec.TargetURI,
			Source:       nameOr(e.src.Name, hostOf(rec.TargetURI)),
			ContentType:  ctype,
			Body:         body,
			FetchedAt:    fetched.UTC(),
			ETag:         h.Get("ETag"),
			LastModified: h.Get("Last-Modified"),
			ContentHash:  ContentHash(string(body)),
		}
		if err := e.doc(ctx, d); err != nil {
			return err
		}
	}
}

// isDocumentType reports whether a response is an HTML or text page.
func isDocumentType(ctype string, body []byte) bool {
	if ctype == "" {
		ctype = http.DetectContentType(body)
	}
	ct := strings.ToLower(ctype)
	return strings.HasPrefix(ct, "text/html") || strings.HasPrefix(ct, "application/xhtml") || strings.HasPrefix(ct, "text/plain")
}
