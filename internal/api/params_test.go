package api

import (
	"errors"
	"net/url"
	"testing"
)

func FuzzParseEventQuery(f *testing.F) {
	for _, s := range []string{"type=ASSAULT&bbox=1,2,3,4", "near=50,30&radius_km=10", "from=2025-01-01&limit=5", "sort=date&cursor=abc", "q=%00%22", "bbox=NaN,1,2,3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		ff, format, err := ParseEventQuery(q)
		if err != nil {
			if !errors.Is(err, errBadRequest) {
				t.Fatalf("error %v does not wrap errBadRequest", err)
			}
			return
		}
		if format == "" || ff.Limit < 0 || ff.Limit > 1000 {
			t.Fatalf("accepted %q as %+v, %q", raw, ff, format)
		}
		if b := ff.BBox; b != nil && (b[0] > b[2] || b[1] > b[3]) {
			t.Fatalf("accepted inverted bbox %v", b)
		}
	})
}

func TestWritesOffWithoutToken(t *testing.T) {
	if status, code := statusOf(errWritesOff); status != 403 || code != "forbidden" {
		t.Fatalf("statusOf(errWritesOff) = %d %s", status, code)
	}
}
