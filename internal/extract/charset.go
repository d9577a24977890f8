package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decodeHTML converts an HTML page to UTF-8, honouring a BOM, the
// Content-Type header and <meta charset> (the HTML5 prescan), in that order.
func decodeHTML(raw []byte, contentType string) (string, error) {
	if err := checkBinary(raw); err != nil {
		return "", err
	}
	enc, name, certain := charset.DetermineEncoding(raw, contentType)
	if !certain && name != "utf-8" && utf8.Valid(raw) && !isASCII(raw) {
		// A <meta> declaration that contradicts the bytes: valid UTF-8
		// with multi-byte sequences is almost never a single-byte text.
		return decode(raw, unicode.UTF8)
	}
	if !certain && name == "windows-1252" && !utf8.Valid(raw) {
		// Undeclared and not UTF-8: decide between Cyrillic and Latin.
		enc = guessSingleByte(raw)
	}
	return decode(raw, enc)
}

// decodeText converts a plain-text dump to UTF-8: BOM, then the charset
// parameter of Content-Type, then UTF-8 if valid, else a single-byte guess.
func decodeText(raw []byte, contentType string) (string, error) {
	if err := checkBinary(raw); err != nil {
		return "", err
	}
	if enc, _ := charset.Lookup(charsetParam(contentType)); enc != nil {
		return decode(raw, enc)
	}
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		return string(raw[3:]), nil
	case bytes.HasPrefix(raw, []byte("\xff\xfe")), bytes.HasPrefix(raw, []byte("\xfe\xff")):
		return decode(raw, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM))
	}
	if utf8.Valid(raw) {
		return string(raw), nil
	}
	return decode(raw, guessSingleByte(raw))
}

func decode(raw []byte, enc encoding.Encoding) (string, error) {
	if enc == nil || enc == encoding.Nop || enc == unicode.UTF8 {
		return strings.ToValidUTF8(string(bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))), "\uFFFD"), nil
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", fmt.Errorf("extract: decode charset: %w", err)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), nil
}

func charsetParam(contentType string) string {
	for _, part := range strings.Split(contentType, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "charset") {
			return strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	return ""
}

// guessSingleByte picks windows-1251 when the high bytes look like Cyrillic
// words (runs of letters in 0xC0–0xFF), else windows-1252.
func guessSingleByte(raw []byte) encoding.Encoding {
	high, lowerCyr := 0, 0
	for _, c := range raw {
		if c >= 0x80 {
			high++
			if c >= 0xE0 { // а–я in windows-1251; à–ÿ (rarer) in 1252
				lowerCyr++
			}
		}
	}
	ascii := len(raw) - high
	// Cyrillic prose is mostly high bytes, most of them lower-case letters;
	// Latin prose with accents has few.
	if high > ascii/4 && lowerCyr*2 > high {
		return charmap.Windows1251
	}
	return charmap.Windows1252
}

// checkBinary rejects input that is not text: NUL bytes (outside UTF-16)
// or a high share of control characters in the first 8 KiB.
func checkBinary(raw []byte) error {
	head := raw[:min(len(raw), 8192)]
	if bytes.HasPrefix(head, []byte("\xff\xfe")) || bytes.HasPrefix(head, []byte("\xfe\xff")) {
		return nil
	}
	ctrl := 0
	for _, c := range head {
		if c == 0 {
			return fmt.Errorf("%w: NUL byte in input", ErrBinary)
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	if ctrl*20 > len(head) {
		return fmt.Errorf("%w: %d control characters in the first %d bytes", ErrBinary, ctrl, len(head))
	}
	return nil
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}
