package export

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// claimCache summarises each document's claims once for the CSV claims
// column; events of one document often come close together. It keeps at
// most claimCacheSize documents, so memory stays bounded.
type claimCache struct {
	ctx   context.Context
	get   func(context.Context, string) ([]model.Claim, error)
	cache map[string]string
}

const claimCacheSize = 4096

func newClaimCache(ctx context.Context, get func(context.Context, string) ([]model.Claim, error)) *claimCache {
	return &claimCache{ctx: ctx, get: get, cache: map[string]string{}}
}

// summary is "verdict: text (measured km)" per claim, "; "-separated.
func (c *claimCache) summary(docID string) (string, error) {
	if c == nil || c.get == nil || docID == "" {
		return "", nil
	}
	if s, ok := c.cache[docID]; ok {
		return s, nil
	}
	claims, err := c.get(c.ctx, docID)
	if err != nil {
		return "", fmt.Errorf("export: claims of %s: %w", docID, err)
	}
	parts := make([]string, 0, len(claims))
	for _, cl := range claims {
		p := cl.Verdict + ": " + cl.Text
		if km, ok := cl.Measured["distance_km"].(float64); ok {
			p += " (" + strconv.FormatFloat(km, 'f', 1, 64) + " km)"
		}
		parts = append(parts, p)
	}
	s := strings.Join(parts, "; ")
	if len(c.cache) >= claimCacheSize {
		clear(c.cache)
	}
	c.cache[docID] = s
	return s, nil
}
