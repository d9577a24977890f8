package store

import (
	"hash/maphash"
	"sync"

	"github.com/geowire/geowire/internal/model"
)

// CandidateCache remembers decoded cluster candidates (DecodeCandidate)
// by event id and a hash of the stored JSON, so that an event looked at
// as a candidate again and again (every later report in its area and
// week) is decoded once. Keying on the JSON's hash as well as the id
// means a re-analysed event is never served stale. It holds at most
// limit entries; when full it starts over. Safe for concurrent use.
type CandidateCache struct {
	seed  maphash.Seed
	limit int

	mu sync.Mutex
	m  map[candidateKey]model.Event
}

type candidateKey struct {
	id   string
	hash uint64
}

// NewCandidateCache returns a cache of at most limit events.
func NewCandidateCache(limit int) *CandidateCache {
	return &CandidateCache{seed: maphash.MakeSeed(), limit: max(limit, 1), m: map[candidateKey]model.Event{}}
}

// Decode returns DecodeCandidate(body) for the event id, from the cache
// when it has decoded the same JSON before. Callers must not modify the
// pointed-to parts of the result (actor, recipient, location, fatalities):
// they are shared.
func (c *CandidateCache) Decode(id string, body []byte) (model.Event, error) {
	k := candidateKey{id: id, hash: maphash.Bytes(c.seed, body)}
	c.mu.Lock()
	e, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return e, nil
	}
	e, err := DecodeCandidate(body)
	if err != nil {
		return e, err
	}
	c.mu.Lock()
	if len(c.m) >= c.limit {
		clear(c.m)
	}
	c.m[k] = e
	c.mu.Unlock()
	return e, nil
}
