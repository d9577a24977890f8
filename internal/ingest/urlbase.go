package ingest

import (
	"fmt"
	"net/url"
	"strings"
)

// urlBase resolves references found in a document against its address and
// keeps only http(s) results.
type urlBase struct{ u *url.URL }

func parseBase(raw string) (*urlBase, error) {
	if raw == "" {
		return &urlBase{}, nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		return &urlBase{}, err
	}
	return &urlBase{u: u}, nil
}

func (b *urlBase) resolve(ref string) (string, error) {
	var base *url.URL
	if b != nil {
		base = b.u
	}
	s, err := resolve(base, ref)
	if err == nil && s == "" {
		err = fmt.Errorf("%w: empty", ErrInvalidURL)
	}
	return s, err
}

// hostOf returns the host of a URL, or "" when it has none.
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}
