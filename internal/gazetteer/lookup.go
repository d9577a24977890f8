package gazetteer

import (
	"errors"
	"fmt"
	"math"
)

// Lookup returns every entry a name may refer to, best first: the name is
// folded (Fold), so case, diacritics, apostrophes and hyphens do not
// matter, and alternate names, transliterations ("Kiev" for Kyiv), short
// forms ("Irkutsk" for Irkutsk Oblast), codes and demonyms ("Ukrainian")
// all match, each with its MatchKind. The score is the entry's prior
// (population, feature importance) less a penalty for weaker matches.
func (g *Gazetteer) Lookup(name string) []Candidate {
	return g.AppendLookup(nil, name)
}

// AppendLookup is Lookup appending to dst; with a dst of enough capacity
// it does not allocate.
func (g *Gazetteer) AppendLookup(dst []Candidate, name string) []Candidate {
	var buf [256]byte
	key := appendFold(buf[:0], name)
	if len(key) == 0 {
		return dst
	}
	ps := g.postings(hashKey(key))
	if dst == nil && len(ps) > 0 {
		dst = make([]Candidate, 0, len(ps))
	}
	for _, p := range ps {
		dst = append(dst, Candidate{Entry: &g.entries[p.E&postEntryMask], Score: float64(p.Score), Match: MatchKind(p.E >> 29)})
	}
	return dst
}

// Best returns the best candidate for a name, nil when none.
func (g *Gazetteer) Best(name string) *Entry {
	var buf [256]byte
	key := appendFold(buf[:0], name)
	if len(key) == 0 {
		return nil
	}
	if ps := g.postings(hashKey(key)); len(ps) > 0 {
		return &g.entries[ps[0].E&postEntryMask]
	}
	return nil
}

func (g *Gazetteer) postings(h uint64) []posting {
	b := bucketOf(h, g.shift)
	for i := g.buckets[b]; i < g.buckets[b+1]; i++ {
		if k := &g.keys[i]; k.Hash == h {
			if uint64(k.PostOff)+uint64(k.PostN) > uint64(len(g.posts)) {
				return nil
			}
			return g.posts[k.PostOff : k.PostOff+k.PostN]
		}
	}
	return nil
}

// Demonym returns the ISO alpha-2 code of the country a demonym or
// adjective names ("Ukrainian", "Lithuanians", "Chinese"), or "".
func (g *Gazetteer) Demonym(word string) string {
	var buf [128]byte
	key := appendFold(buf[:0], word)
	for _, p := range g.postings(hashKey(key)) {
		if MatchKind(p.E>>29) == MatchDemonym {
			return g.entries[p.E&postEntryMask].CountryCode
		}
	}
	return ""
}

// WhereIs says which country and first-order division hold a point, and
// whether that country is disputed there. Curated regions holding the
// point are listed too.
func (g *Gazetteer) WhereIs(lat, lon float64) Where {
	var w Where
	g.sp.query(lat, lon, func(s uint32) {
		sh := &g.sp.shapes[s]
		e := &g.entries[sh.Owner]
		switch sh.Layer {
		case layerCountry:
			if e.FeatureCode == "TERR" && e.CountryCode != "" && g.country[e.CountryCode] != nil {
				w.Country = g.country[e.CountryCode]
			} else if w.Country == nil {
				w.Country = e
			}
			if e.Note != "" {
				w.Disputed = e.Note
			}
		case layerAdmin1:
			if w.Admin1 == nil {
				w.Admin1 = e
			}
		case layerRegion:
			if e.FeatureCode == "DISP" {
				w.Disputed = e.Note
			}
			if len(w.Regions) == 0 || w.Regions[len(w.Regions)-1] != e {
				w.Regions = append(w.Regions, e)
			}
		}
	})
	return w
}

// CountryAt returns the country holding a point, nil at sea. It is
// WhereIs without divisions and regions, and does not allocate.
func (g *Gazetteer) CountryAt(lat, lon float64) *Entry {
	var c *Entry
	g.sp.query(lat, lon, func(s uint32) {
		sh := &g.sp.shapes[s]
		if sh.Layer != layerCountry || c != nil {
			return
		}
		e := &g.entries[sh.Owner]
		if e.FeatureCode == "TERR" && g.country[e.CountryCode] != nil {
			e = g.country[e.CountryCode]
		}
		c = e
	})
	return c
}

// ErrUnknownCountry is returned for a country code the gazetteer lacks.
var ErrUnknownCountry = errors.New("gazetteer: unknown country")

// DistanceToBorderKm is the geodesic distance in km from a point to the
// nearest point of a country's outline (land borders and coasts, as drawn
// by Natural Earth 10m), whether the point lies inside the country or not.
func (g *Gazetteer) DistanceToBorderKm(lat, lon float64, iso2 string) (float64, error) {
	bi, err := g.border(iso2)
	if err != nil {
		return math.NaN(), err
	}
	p := toVec(lat, lon)
	q, _ := bi.nearest(p)
	qlat, qlon := q.latLon()
	return GeodesicKm(lat, lon, qlat, qlon), nil
}

func (g *Gazetteer) border(iso2 string) (*borderIndex, error) {
	c := g.Country(iso2)
	if c == nil || c.shapeN == 0 {
		return nil, fmt.Errorf("%w: %q", ErrUnknownCountry, iso2)
	}
	if bi, ok := g.borders.Load(c.CountryCode); ok {
		return bi.(*borderIndex), nil
	}
	g.borderMu.Lock()
	defer g.borderMu.Unlock()
	bi, _ := g.borders.Load(c.CountryCode)
	if bi == nil {
		shapes := make([]uint32, 0, c.shapeN)
		for s := c.shapeFirst; s < c.shapeFirst+c.shapeN; s++ {
			shapes = append(shapes, s)
		}
		bi = newBorderIndex(&g.sp, shapes)
		g.borders.Store(c.CountryCode, bi)
	}
	return bi.(*borderIndex), nil
}
