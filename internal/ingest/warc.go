package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
	"time"
)

// WARCRecord is one record of a WARC file (ISO 28500, WARC/1.0 and 1.1).
type WARCRecord struct {
	Version     string // "WARC/1.0" or "WARC/1.1"
	Type        string // "response", "request", "warcinfo", …
	TargetURI   string
	Date        time.Time
	RecordID    string
	ContentType string
	Header      textproto.MIMEHeader
	// Block is the record's content block: for a response record, the
	// HTTP response as it came off the wire.
	Block []byte
}

// WARCReader reads records one after another. A file compressed as a
// whole or record by record (the usual .warc.gz, one gzip member per
// record) reads the same.
type WARCReader struct {
	r        *bufio.Reader
	maxBlock int64
	err      error // sticky: the stream cannot be resynchronised
	n        int
}

const maxWARCHeaderBytes = 64 << 10

// NewWARCReader returns a reader of r. Records whose block is larger than
// maxBlock are skipped with an error wrapping ErrTooLarge, after which
// Next may be called again.
func NewWARCReader(r io.Reader, maxBlock int64) (*WARCReader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br) // multistream: every member in turn
		if err != nil {
			return nil, fmt.Errorf("warc: %w: gzip: %v", ErrMalformed, err)
		}
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	return &WARCReader{r: br, maxBlock: maxBlock}, nil
}

// Next returns the next record, or io.EOF at the end. Errors wrapping
// ErrTooLarge leave the reader usable; other errors end it.
func (w *WARCReader) Next() (*WARCRecord, error) {
	if w.err != nil {
		return nil, w.err
	}
	rec, err := w.next()
	if err != nil && !errors.Is(err, ErrTooLarge) {
		if !errors.Is(err, io.EOF) {
			err = fmt.Errorf("warc record %d: %w", w.n+1, err)
		}
		w.err = err
	}
	w.n++
	return rec, err
}

func (w *WARCReader) next() (*WARCRecord, error) {
	// Skip the blank lines that end the previous record.
	var version string
	for {
		line, err := w.line()
		if err != nil {
			if errors.Is(err, io.EOF) && line == "" {
				return nil, io.EOF
			}
			return nil, err
		}
		if line == "" {
			continue
		}
		version = line
		break
	}
	if version != "WARC/1.0" && version != "WARC/1.1" && version != "WARC/0.18" {
		return nil, fmt.Errorf("%w: version line %q", ErrMalformed, truncateString(version, 40))
	}
	h := textproto.MIMEHeader{}
	size := len(version)
	for {
		line, err := w.line()
		if err != nil {
			return nil, fmt.Errorf("%w: header: %v", ErrMalformed, err)
		}
		if line == "" {
			break
		}
		size += len(line)
		if size > maxWARCHeaderBytes {
			return nil, fmt.Errorf("%w: header too long", ErrMalformed)
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue // tolerate junk lines in the header
		}
		h.Add(textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(k)), strings.TrimSpace(v))
	}
	n, err := strconv.ParseInt(h.Get("Content-Length"), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("%w: Content-Length %q", ErrMalformed, h.Get("Content-Length"))
	}
	rec := &WARCRecord{
		Version:     version,
		Type:        strings.ToLower(h.Get("Warc-Type")),
		TargetURI:   strings.Trim(h.Get("Warc-Target-Uri"), "<> "),
		RecordID:    h.Get("Warc-Record-Id"),
		ContentType: h.Get("Content-Type"),
		Header:      h,
	}
	if d := parseW3CDate(h.Get("Warc-Date")); d != nil {
		rec.Date = *d
	}
	if n > w.maxBlock {
		if _, err := io.CopyN(io.Discard, w.r, n); err != nil {
			return nil, fmt.Errorf("%w: block: %v", ErrMalformed, err)
		}
		return nil, fmt.Errorf("warc record %d (%s): %w: %d bytes", w.n+1, rec.TargetURI, ErrTooLarge, n)
	}
	block, err := io.ReadAll(io.LimitReader(w.r, n))
	if err != nil {
		return nil, fmt.Errorf("%w: block: %v", ErrMalformed, err)
	}
	if int64(len(block)) < n {
		return nil, fmt.Errorf("%w: block: truncated (%d of %d bytes)", ErrMalformed, len(block), n)
	}
	rec.Block = block
	return rec, nil
}

// line reads one CRLF- or LF-terminated line of at most 64 KiB.
func (w *WARCReader) line() (string, error) {
	b, err := w.r.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) {
		return "", fmt.Errorf("%w: line too long", ErrMalformed)
	}
	s := strings.TrimRight(string(b), "\r\n")
	if err != nil {
		if errors.Is(err, io.EOF) && s != "" {
			return s, io.ErrUnexpectedEOF
		}
		return s, err
	}
	return s, nil
}

// HTTPResponse parses a response record's block as an HTTP response and
// returns its status, header and body, the body decompressed (capped at
// maxBody) and de-chunked.
func (rec *WARCRecord) HTTPResponse(maxBody int64) (int, http.Header, []byte, error) {
	if rec.Type != "response" {
		return 0, nil, nil, fmt.Errorf("warc: %w: %s record is not a response", ErrMalformed, rec.Type)
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.Block)), nil)
	if err != nil {
		return 0, nil, nil, fmt.Errorf("warc: %w: http response: %v", ErrMalformed, err)
	}
	defer resp.Body.Close()
	dec, err := decodeBody(resp.Body, resp.Header.Get("Content-Encoding"))
	if err != nil {
		return resp.StatusCode, resp.Header, nil, err
	}
	body, err := readCapped(dec, maxBody, false)
	if err != nil {
		if !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrBadEncoding) {
			err = fmt.Errorf("warc: %w: http body: %v", ErrMalformed, err)
		}
		return resp.StatusCode, resp.Header, nil, err
	}
	return resp.StatusCode, resp.Header, body, nil
}
