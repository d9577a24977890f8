package api

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"testing"
)

func TestResponseCache(t *testing.T) {
	body := func(i int) []byte { return bytes.Repeat([]byte{byte('a' + i%26)}, 1000) }
	per := int64(1000+len("k00")) + entryOverhead
	c := newResponseCache(8 * per) // room for 8 entries
	for i := range 10 {
		c.put(fmt.Sprintf("k%02d", i), 1, body(i), fmt.Sprint(i))
		if i == 3 && c.get("k00", 1) == nil { // k00 becomes recent
			t.Fatal("k00 missing")
		}
	}
	if c.size > c.max {
		t.Fatalf("size %d over %d", c.size, c.max)
	}
	for _, k := range []string{"k01", "k02"} { // the least recently used
		if c.get(k, 1) != nil {
			t.Fatalf("%s not evicted", k)
		}
	}
	if e := c.get("k00", 1); e == nil || !bytes.Equal(e.body, body(0)) || e.etag != "0" {
		t.Fatalf("k00 = %+v", e)
	}
	// A request that read an older generation neither reads nor fills.
	c.put("k00", 2, body(5), "new")
	c.put("k00", 1, body(1), "stale")
	if e := c.get("k00", 1); e != nil {
		t.Fatal("served an entry to an older generation")
	}
	if e := c.get("k00", 2); e == nil || e.etag != "new" {
		t.Fatalf("k00 at gen 2 = %+v", e)
	}
	// A newer generation empties the cache.
	if c.get("k00", 3) != nil || c.size != 0 || len(c.entries) != 0 {
		t.Fatalf("after gen 3: %d entries, %d bytes", len(c.entries), c.size)
	}
	// Too large for one entry: not kept.
	c.put("big", 3, make([]byte, c.max), "big")
	if c.get("big", 3) != nil {
		t.Fatal("kept an entry larger than max/8")
	}
	// gzip is computed once, counted, and gives the body back.
	c.put("z", 3, body(2), "z")
	e := c.get("z", 3)
	before := c.size
	gz := c.gzipped(e)
	if c.size != before+int64(len(gz)) || &c.gzipped(e)[0] != &gz[0] {
		t.Fatalf("gzip accounting: %d → %d (%d bytes)", before, c.size, len(gz))
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := io.ReadAll(zr); !bytes.Equal(b, body(2)) {
		t.Fatal("gzip round trip")
	}
	c.put("z", 3, body(3), "z2") // replacing uncounts the old gzip
	if c.size != per-int64(len("k00"))+int64(len("z")) {
		t.Fatalf("size after replace %d", c.size)
	}
}

func TestEtagOf(t *testing.T) {
	a, b := etagOf([]byte(`{"a":1}`)), etagOf([]byte(`{"a":2}`))
	if a == b || a != etagOf([]byte(`{"a":1}`)) || a[:3] != `W/"` || a[len(a)-1] != '"' {
		t.Fatalf("etags %s %s", a, b)
	}
}
