package geoparse

import "github.com/geowire/geowire/internal/gazetteer"

// placedIn returns the place that "in" right after mention i puts it in
// ("Harbor Tire Shop in Spokane", "the Conservatory of Music in Vienna",
// "Harbor Drive in San Diego"), or nil: the next mention,
// resolved to a town or a county, or to a division or a country that does
// not hold the document's focus (in which case the focus is the more
// specific point). A street, a building or a name the gazetteer lacks is
// placed there rather than at the focus of the whole document.
func (d *doc) placedIn(i int, focus *gazetteer.Entry) *gazetteer.Entry {
	m := &d.ms[i]
	if m.tj < 0 || m.tj >= len(d.toks) || d.tokLower(m.tj) != "in" {
		return nil
	}
	if c := d.capitalAfter(m.tj + 1); c != nil {
		return c
	}
	if d.startsAt == nil {
		// spans may come in any order: index the mentions by first token
		d.startsAt = make(map[int]int, len(d.ms))
		for k := range d.ms {
			if d.ms[k].ti >= 0 {
				d.startsAt[d.ms[k].ti] = k
			}
		}
	}
	j, ok := d.startsAt[m.tj+1]
	if !ok || d.ms[j].best < 0 {
		return nil
	}
	n := &d.ms[j]
	e := n.cands[n.best].e
	switch {
	case local(e):
		return e
	case e.Kind == gazetteer.KindCountry || e.Kind == gazetteer.KindAdmin1:
		if focus == nil || !inside(focus, e) {
			return e
		}
	}
	return nil
}

// capitalAfter returns the national capital that "the Russian capital",
// "the Canadian capital" from token k names, or nil: news writes the
// country's adjective and "capital" for its capital city.
func (d *doc) capitalAfter(k int) *gazetteer.Entry {
	if d.tokLower(k) != "the" || d.tokLower(k+2) != "capital" || k+2 >= len(d.toks) || !d.toks[k+1].cap {
		return nil
	}
	cc := d.p.g.Demonym(d.tokText(k + 1))
	if cc == "" {
		return nil
	}
	return d.p.capital(cc)
}

// capital returns a country's national capital (the entry coded PPLC
// with the largest prior), nil when the gazetteer has none. The index is
// built once, on first use.
func (p *Parser) capital(cc string) *gazetteer.Entry {
	p.capOnce.Do(func() {
		p.capitals = map[string]*gazetteer.Entry{}
		for i := range p.g.Len() {
			e := p.g.Entry(i)
			if e.FeatureCode != "PPLC" || e.Kind != gazetteer.KindPlace {
				continue
			}
			if o := p.capitals[e.CountryCode]; o == nil || e.Prior > o.Prior {
				p.capitals[e.CountryCode] = e
			}
		}
	})
	return p.capitals[cc]
}
