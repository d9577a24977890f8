package events

import "strings"

// Negated compounds. The matcher falls back to the last part of a
// hyphenated word ("pro-government" → "government"), which turns
// "non-violent protesters" into "violent protesters". A "non-" compound
// denies what its head names: it triggers nothing unless the lexicon
// lists the whole word ("non-aggression pact").

// dropNegatedCompounds drops hits that open on a "non-" word matched only
// by its head.
func dropNegatedCompounds(lx *lexicon, ts []tok, hs []hit) []hit {
	out := hs[:0]
	for _, h := range hs {
		w := ts[h.i].low
		if strings.HasPrefix(w, "non-") && len(lx.index[w]) == 0 {
			continue
		}
		out = append(out, h)
	}
	return out
}
