package api

import (
	"time"
	"unicode/utf8"

	"github.com/geowire/geowire/internal/store"
)

// appendJSONString appends s as a JSON string exactly as encoding/json
// writes it with HTML escaping on (json.Marshal, and json.Encoder by
// default): <, > and & as \u003c…, U+2028 and U+2029 escaped, invalid
// UTF-8 as U+FFFD. FuzzAppendJSONString holds it to json.Marshal.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && b != '<' && b != '>' && b != '&' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendEventTail appends the members eventJSON adds after an event's
// own — "cluster" and "source" — as encoding/json writes them (the
// package's tests compare the two).
func appendEventTail(dst []byte, cluster string, d store.DocumentRef) ([]byte, error) {
	dst = append(dst, `"cluster":`...)
	dst = appendJSONString(dst, cluster)
	dst = append(dst, `,"source":{"id":`...)
	dst = appendJSONString(dst, d.ID)
	dst = append(dst, `,"source":`...)
	dst = appendJSONString(dst, d.Source)
	dst = append(dst, `,"url":`...)
	dst = appendJSONString(dst, d.URL)
	dst = append(dst, `,"title":`...)
	dst = appendJSONString(dst, d.Title)
	if d.Published != nil {
		dst = append(dst, `,"published":`...)
		var err error
		if dst, err = appendTime(dst, *d.Published); err != nil {
			return dst, err
		}
	}
	return append(dst, '}'), nil
}

// appendTime appends what time.Time.MarshalJSON gives, without its
// allocation.
func appendTime(dst []byte, t time.Time) ([]byte, error) {
	dst = append(dst, '"')
	dst, err := t.AppendText(dst)
	return append(dst, '"'), err
}
