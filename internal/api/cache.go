package api

import (
	"bytes"
	"compress/gzip"
	lru "container/list"
	"sync"
)

// responseCache keeps recent JSON bodies of GET /api/v1/events by
// canonical query, for clients that poll. Every entry belongs to one store
// generation (store.ChangeCounter): the first lookup or insert under a
// newer generation empties the cache, so a body is never served after a
// write that could change it. Entries are evicted least recently used
// first to stay under a size in bytes.
type responseCache struct {
	mu      sync.Mutex
	max     int64 // bytes
	size    int64
	gen     uint64
	order   *lru.List // of *cachedResponse, most recent first
	entries map[string]*lru.Element
}

// cachedResponse is one body with its ETag and, once a client asked for
// it, its gzip encoding.
type cachedResponse struct {
	key  string
	body []byte
	etag string

	gzOnce sync.Once
	gz     []byte
	gzSize int64 // len(gz) when counted in the cache's size; guarded by the cache's mu
}

// entryOverhead approximates the bookkeeping bytes of an entry.
const entryOverhead = 256

func newResponseCache(maxBytes int64) *responseCache {
	return &responseCache{max: maxBytes, order: lru.New(), entries: map[string]*lru.Element{}}
}

// advance moves to generation gen, dropping every entry of an older one;
// it reports whether gen is current (an older gen is a request that read
// the generation before a write: it must neither read nor fill the cache).
func (c *responseCache) advance(gen uint64) bool {
	if gen < c.gen {
		return false
	}
	if gen > c.gen {
		c.gen = gen
		c.size = 0
		c.order.Init()
		clear(c.entries)
	}
	return true
}

// get returns the entry for key under generation gen, or nil.
func (c *responseCache) get(key string, gen uint64) *cachedResponse {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.advance(gen) {
		return nil
	}
	el, ok := c.entries[key]
	if !ok {
		return nil
	}
	c.order.MoveToFront(el)
	return el.Value.(*cachedResponse)
}

// put stores body (which the cache keeps: the caller must not change it)
// under key and generation gen.
func (c *responseCache) put(key string, gen uint64, body []byte, etag string) {
	n := int64(len(body)+len(key)) + entryOverhead
	if n > c.max/8 {
		return // one huge page would flush everything else
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.advance(gen) {
		return
	}
	if el, ok := c.entries[key]; ok {
		c.remove(el)
	}
	c.entries[key] = c.order.PushFront(&cachedResponse{key: key, body: body, etag: etag})
	c.size += n
	c.evict()
}

// gzipped returns e's body compressed with gzip, compressing it the first
// time and accounting for it in the cache's size.
func (c *responseCache) gzipped(e *cachedResponse) []byte {
	e.gzOnce.Do(func() {
		var buf bytes.Buffer
		zw := gzipPool.Get().(*gzip.Writer)
		zw.Reset(&buf)
		zw.Write(e.body)
		zw.Close()
		gzipPool.Put(zw)
		c.mu.Lock()
		defer c.mu.Unlock()
		e.gz = buf.Bytes()
		if el, ok := c.entries[e.key]; ok && el.Value == e {
			e.gzSize = int64(len(e.gz))
			c.size += e.gzSize
			c.evict()
		}
	})
	return e.gz
}

func (c *responseCache) evict() {
	for c.size > c.max {
		el := c.order.Back()
		if el == nil {
			return
		}
		c.remove(el)
	}
}

func (c *responseCache) remove(el *lru.Element) {
	e := c.order.Remove(el).(*cachedResponse)
	delete(c.entries, e.key)
	c.size -= int64(len(e.body)+len(e.key)) + entryOverhead + e.gzSize
}
