package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// warcRecord builds one WARC record.
func warcRecord(version, typ, target, ctype string, block []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:%d>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n",
		version, typ, target, len(block), ctype, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func httpResp(status int, ctype, body string, extra ...string) []byte {
	h := fmt.Sprintf("HTTP/1.1 %d X\r\nContent-Type: %s\r\n", status, ctype)
	for _, e := range extra {
		h += e + "\r\n"
	}
	if !strings.Contains(h, "Transfer-Encoding") {
		h += fmt.Sprintf("Content-Length: %d\r\n", len(body))
	}
	return []byte(h + "\r\n" + body)
}

func sampleWARC(t *testing.T, version string) [][]byte {
	t.Helper()
	gz := gzipBytes(t, []byte("<html><body><p>Compressed page</p></body></html>"))
	return [][]byte{
		warcRecord(version, "warcinfo", "", "application/warc-fields", []byte("software: test\r\n")),
		warcRecord(version, "request", "https://w.example/a", "application/http; msgtype=request", []byte("GET /a HTTP/1.1\r\nHost: w.example\r\n\r\n")),
		warcRecord(version, "response", "https://w.example/a?utm_source=x", "application/http; msgtype=response",
			httpResp(200, "text/html; charset=utf-8", "<html><body><p>Page A</p></body></html>", `ETag: "a1"`)),
		warcRecord(version, "response", "https://w.example/gz", "application/http; msgtype=response",
			httpResp(200, "text/html", string(gz), "Content-Encoding: gzip")),
		warcRecord(version, "response", "https://w.example/chunked", "application/http; msgtype=response",
			httpResp(200, "text/plain", "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", "Transfer-Encoding: chunked")),
		warcRecord(version, "response", "https://w.example/img.png", "application/http; msgtype=response",
			httpResp(200, "image/png", "\x89PNG....")),
		warcRecord(version, "response", "https://w.example/missing", "application/http; msgtype=response",
			httpResp(404, "text/html", "not found")),
		warcRecord(version, "response", "https://w.example/garbage", "application/http; msgtype=response", []byte("not http at all")),
	}
}

func TestWARCReader(t *testing.T) {
	for _, version := range []string{"WARC/1.0", "WARC/1.1"} {
		recs := sampleWARC(t, version)
		plain := bytes.Join(recs, nil)
		var perRecord bytes.Buffer
		for _, r := range recs {
			perRecord.Write(gzipBytes(t, r))
		}
		for name, data := range map[string][]byte{
			"plain": plain, "whole-file gzip": gzipBytes(t, plain), "per-record gzip": perRecord.Bytes(),
		} {
			t.Run(version+"/"+name, func(t *testing.T) {
				wr, err := NewWARCReader(bytes.NewReader(data), 1<<20)
				if err != nil {
					t.Fatal(err)
				}
				var types []string
				for {
					rec, err := wr.Next()
					if errors.Is(err, io.EOF) {
						break
					}
					if err != nil {
						t.Fatalf("Next: %v", err)
					}
					if rec.Version != version {
						t.Fatalf("version %q", rec.Version)
					}
					types = append(types, rec.Type)
				}
				if got := strings.Join(types, ","); got != "warcinfo,request,response,response,response,response,response,response" {
					t.Fatalf("types %s", got)
				}
			})
		}
	}
}

func TestWARCReaderErrors(t *testing.T) {
	big := warcRecord("WARC/1.0", "response", "https://w.example/big", "application/http", bytes.Repeat([]byte("x"), 5000))
	small := warcRecord("WARC/1.0", "response", "https://w.example/small", "application/http", httpResp(200, "text/html", "<p>s</p>"))
	t.Run("oversized record skipped", func(t *testing.T) {
		wr, _ := NewWARCReader(bytes.NewReader(append(append([]byte{}, big...), small...)), 1000)
		if _, err := wr.Next(); !errors.Is(err, ErrTooLarge) {
			t.Fatalf("err = %v, want ErrTooLarge", err)
		}
		rec, err := wr.Next()
		if err != nil || rec.TargetURI != "https://w.example/small" {
			t.Fatalf("after skip: %v %v", rec, err)
		}
	})
	for name, data := range map[string]string{
		"not warc":          "GET / HTTP/1.1\r\n\r\n",
		"bad length":        "WARC/1.0\r\nContent-Length: lots\r\n\r\n",
		"truncated block":   "WARC/1.0\r\nContent-Length: 100\r\n\r\nshort",
		"truncated header":  "WARC/1.0\r\nWARC-Type: resp",
		"negative length":   "WARC/1.0\r\nContent-Length: -5\r\n\r\n",
		"huge length claim": "WARC/1.0\r\nContent-Length: 999999999999\r\n\r\nabc",
	} {
		t.Run(name, func(t *testing.T) {
			wr, _ := NewWARCReader(strings.NewReader(data), 1<<20)
			_, err := wr.Next()
			if err == nil || errors.Is(err, io.EOF) {
				t.Fatalf("err = %v, want an error", err)
			}
			if _, err2 := wr.Next(); err2 == nil {
				t.Fatal("reader went on after a fatal error")
			}
		})
	}
}

func TestIngestWARC(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	for _, r := range sampleWARC(t, "WARC/1.1") {
		buf.Write(gzipBytes(t, r))
	}
	p := filepath.Join(dir, "crawl.warc.gz")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := ParseSource(p)
	if err != nil || src.Kind != KindWARC {
		t.Fatalf("ParseSource: %+v %v", src, err)
	}
	var c Collector
	if err := New(nil, nil, Options{}).Run(context.Background(), src, &c); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range c.Docs {
		got = append(got, d.CanonicalURL+" "+string(d.Body))
	}
	want := []string{
		"https://w.example/a <html><body><p>Page A</p></body></html>",
		"https://w.example/gz <html><body><p>Compressed page</p></body></html>",
		"https://w.example/chunked hello world",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("docs:\n%s", strings.Join(got, "\n"))
	}
	if c.Docs[0].ETag != `"a1"` || c.Docs[0].FetchedAt.Format("2006-01-02") != "2024-05-01" {
		t.Fatalf("doc 0 = %+v", c.Docs[0])
	}
	if len(c.Errors) != 1 || !errors.Is(c.Errors[0], ErrMalformed) {
		t.Fatalf("errors = %v, want one malformed record", c.Errors)
	}
}

func FuzzWARC(f *testing.F) {
	f.Add(bytes.Join([][]byte{
		warcRecord("WARC/1.0", "response", "https://w.example/a", "application/http", httpResp(200, "text/html", "<p>x</p>")),
		warcRecord("WARC/1.1", "response", "https://w.example/b", "application/http", httpResp(200, "text/plain", "3\r\nabc\r\n0\r\n\r\n", "Transfer-Encoding: chunked")),
	}, nil))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 3\r\n\r\nabc\r\n\r\nWARC/1.0\r\n"))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		wr, err := NewWARCReader(bytes.NewReader(data), 1<<16)
		if err != nil {
			return
		}
		for i := 0; i < 1000; i++ {
			rec, err := wr.Next()
			if err != nil {
				if errors.Is(err, ErrTooLarge) {
					continue
				}
				return
			}
			if int64(len(rec.Block)) > 1<<16 {
				t.Fatalf("block of %d bytes over the cap", len(rec.Block))
			}
			if rec.Type == "response" {
				_, _, body, _ := rec.HTTPResponse(1 << 16)
				if len(body) > 1<<16 {
					t.Fatal("body over the cap")
				}
			}
		}
	})
}
