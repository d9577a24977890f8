package ingest

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strings"
)

// readCapped reads r to the end, or fails with ErrTooLarge as soon as more
// than max bytes arrive, without reading further. With truncate it returns
// the first max bytes instead of failing.
func readCapped(r io.Reader, max int64, truncate bool) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if int64(len(b)) > max {
		if truncate {
			return b[:max], nil
		}
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return b, err
}

// decodeBody wraps r to undo a Content-Encoding. Only the encodings the
// fetcher asks for (gzip, deflate) and identity are accepted; the caller
// caps the decoded size, so a gzip bomb ends in ErrTooLarge.
func decodeBody(r io.Reader, contentEncoding string) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(contentEncoding)) {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("%w: gzip: %v", ErrBadEncoding, err)
		}
		return &decodeErrReader{r: zr, name: "gzip"}, nil
	case "deflate":
		// "deflate" is zlib-wrapped by the standard, raw DEFLATE by some
		// servers: look at the header to tell.
		br := bufio.NewReader(r)
		h, _ := br.Peek(2)
		if len(h) == 2 && h[0]&0x0f == 8 && (uint16(h[0])<<8|uint16(h[1]))%31 == 0 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("%w: deflate: %v", ErrBadEncoding, err)
			}
			return &decodeErrReader{r: zr, name: "deflate"}, nil
		}
		return &decodeErrReader{r: flate.NewReader(br), name: "deflate"}, nil
	}
	return nil, fmt.Errorf("%w: %q", ErrBadEncoding, contentEncoding)
}

// decodeErrReader marks decompression errors as ErrBadEncoding.
type decodeErrReader struct {
	r    io.Reader
	name string
}

func (d *decodeErrReader) Read(p []byte) (int, error) {
	n, err := d.r.Read(p)
	if err != nil && !errors.Is(err, io.EOF) {
		var netErr interface{ Timeout() bool }
		if errors.As(err, &netErr) {
			return n, err
		}
		if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) || errors.Is(err, zlib.ErrChecksum) ||
			errors.Is(err, io.ErrUnexpectedEOF) || isFlateErr(err) {
			return n, fmt.Errorf("%w: %s: %v", ErrBadEncoding, d.name, err)
		}
	}
	return n, err
}

func isFlateErr(err error) bool {
	var ce flate.CorruptInputError
	return errors.As(err, &ce)
}
