package api

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/store"
)

var jsonStrings = []string{"", "plain", `quote " and \ backslash`, "<script>&amp;</script>", "tab\tnl\nbs\bff\fcr\r\x00\x1f\x7f",
	"Усолье-Сибирское Šakalienė 東京 🇺🇦", "line\u2028sep\u2029", "bad \xff\xfe utf8 \xe2\x82", "\xed\xa0\x80 surrogate"}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range jsonStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}

// TestAppendEventTail holds the hand-written members to encoding/json's.
func TestAppendEventTail(t *testing.T) {
	// A new DocumentRef field must be added to appendEventTail too.
	if n := reflect.TypeFor[store.DocumentRef]().NumField(); n != 5 {
		t.Fatalf("store.DocumentRef has %d fields: teach appendEventTail the new ones, then this test", n)
	}
	pub := time.Date(2025, 6, 4, 9, 30, 0, 123456789, time.FixedZone("", 3*3600))
	utc := pub.UTC()
	for i, s := range jsonStrings {
		ref := store.DocumentRef{ID: "doc_" + s, Source: s, URL: "https://example.org/?q=" + s, Title: s}
		switch i % 3 {
		case 1:
			ref.Published = &pub
		case 2:
			ref.Published = &utc
		}
		want, err := json.Marshal(struct {
			Cluster string            `json:"cluster"`
			Source  store.DocumentRef `json:"source"`
		}{s, ref})
		if err != nil {
			t.Fatal(err)
		}
		got, err := appendEventTail([]byte("{"), s, ref)
		if got = append(got, '}'); err != nil || string(got) != string(want) {
			t.Fatalf("appendEventTail = %s, %v\nwant %s", got, err, want)
		}
	}
	bad := time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
	if _, err := appendEventTail(nil, "", store.DocumentRef{Published: &bad}); err == nil {
		t.Fatal("year 10000: no error (MarshalJSON fails)")
	}
}
