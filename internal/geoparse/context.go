package geoparse

import (
	"math"
	"sort"
	"strings"

	"github.com/geowire/geowire/internal/gazetteer"
)

// containerAfter finds the division or country written after m as its
// container: "Bangor, Maine", "Wilmington, Del.", "Krasnohorivka, Donetsk
// Oblast", "Kharkiv (Ukraine)". It reports the container only when one of
// m's candidates lies in it.
func (d *doc) containerAfter(m *mention) (*gazetteer.Entry, bool) {
	if m.tj < 0 || m.tj >= len(d.toks) {
		return nil, false
	}
	k := d.containerMark(m.tj)
	if k < 0 {
		return nil, false
	}
	for _, a := range d.bracketContainers(k) {
		for n := min(4, len(d.toks)-a); n >= 1; n-- {
			b := a + n
			if !d.toks[a].word || !d.toks[b-1].word {
				continue
			}
			if n > 1 && !d.validRun(a, b) {
				continue
			}
			txt := d.text[d.toks[a].B:d.toks[b-1].E]
			for _, e := range d.containerEntries(txt) {
				for _, c := range m.cands {
					if inside(c.e, e) {
						return e, true
					}
				}
			}
		}
	}
	return nil, false
}

// containerEntries returns the divisions and countries a name may be.
func (d *doc) containerEntries(txt string) []*gazetteer.Entry {
	var out []*gazetteer.Entry
	if e := d.p.states[txt]; e != nil {
		out = append(out, e)
	}
	if e := d.p.aliases[gazetteer.Fold(txt)]; e != nil {
		out = append(out, e)
	}
	var buf [16]gazetteer.Candidate
	for _, c := range d.p.g.AppendLookup(buf[:0], txt) {
		if len(out) >= 8 {
			break
		}
		if c.Match == gazetteer.MatchCode && !isUpperAbbrev(txt) || c.Match == gazetteer.MatchDemonym {
			continue
		}
		switch c.Kind {
		case gazetteer.KindCountry, gazetteer.KindAdmin1, gazetteer.KindAdmin2:
			out = append(out, c.Entry)
		}
	}
	return out
}

// inside reports whether entry e lies in container c (a country, a
// first- or second-order division), and is not c itself.
func inside(e, c *gazetteer.Entry) bool {
	if e == c || e.CountryCode == "" {
		return false
	}
	switch c.Kind {
	case gazetteer.KindCountry:
		return e.CountryCode == c.CountryCode && e.Kind != gazetteer.KindCountry
	case gazetteer.KindAdmin1:
		return e.Admin1Code == c.Admin1Code && c.Admin1Code != "" && e.Kind != gazetteer.KindAdmin1 && e.Kind != gazetteer.KindCountry
	case gazetteer.KindAdmin2:
		return e.Admin2Code == c.Admin2Code && c.Admin2Code != "" && e.Kind == gazetteer.KindPlace
	}
	return false
}

// cueOf returns the feature class a mention's own last word or the word
// after it asks for ("Dnipro river", "Donetsk province", "Orange County").
func (d *doc) cueOf(m *mention) string {
	if i := strings.LastIndexByte(m.key, ' '); i >= 0 {
		if c, ok := featureCues[m.key[i+1:]]; ok {
			return c
		}
	}
	if m.tj >= 0 && m.tj < len(d.toks) && d.toks[m.tj].gap == 1 {
		if c, ok := featureCues[d.tokLower(m.tj)]; ok {
			return c
		}
	}
	if c := d.cueBefore(m); c != "" {
		m.cueExplicit = true
		return c
	}
	return ""
}

// shareCues gives every mention of a name the feature class that "the
// province of", "the state of" before other mentions of the same name ask
// for, when they all ask for the same one: a text that writes "the
// province of Ontario" once means the province each time it writes
// "Ontario". A cue after a name is not shared: "Donetsk region" and
// "Donetsk" are often two places of one text.
func (d *doc) shareCues() {
	var cues map[string]string
	for i := range d.ms {
		m := &d.ms[i]
		if m.cue == "" || !m.cueExplicit {
			continue
		}
		if cues == nil {
			cues = map[string]string{}
		}
		if c, ok := cues[m.key]; ok && c != m.cue {
			cues[m.key] = "-" // the text asks for two kinds: leave each mention its own
		} else {
			cues[m.key] = m.cue
		}
	}
	for i := range d.ms {
		if m := &d.ms[i]; m.cue == "" && cues[m.key] != "" && cues[m.key] != "-" {
			m.cue, m.cueExplicit = cues[m.key], true
		}
	}
}

// cueBefore returns the feature class that "the province of", "the state
// of", "the city of" before a mention asks for ("the province of
// Ontario" is no town in New York): such a cue is explicit, and the
// candidates it does not fit lose what those it fits gain. "The state
// of" asks for a division or a country ("A0": "the state of Qatar").
func (d *doc) cueBefore(m *mention) string {
	k := m.ti
	if k < 3 || k >= len(d.toks) || d.tokLower(k-1) != "of" || d.toks[k-1].cap || d.tokLower(k-3) != "the" {
		return "" // "the province of": naming; "Torkula village of Guma": the village lies in Guma
	}
	w := d.tokLower(k - 2)
	if d.toks[k-2].cap {
		return ""
	}
	if w == "state" {
		return "A0" // "the state of Qatar" is a country too
	}
	if c := featureCues[w]; c == "A1" || c == "A2" || c == "P" {
		return c
	}
	return ""
}

// focus is the document's geographic focus: how strongly each country and
// first-order division is named, per distinct mention text.
type focus struct {
	country map[string]float64
	admin1  map[string]float64
	// byKey holds each key's own contribution, subtracted when scoring
	// that key's candidates.
	byKey map[string]contrib
	local []localPoint
}

type contrib struct {
	cc, a1 string
	wc, wa float64
}

type localPoint struct {
	key      string
	lat, lon float64
}

// computeFocus sums the evidence of the current choices: a country or a
// division named counts fully, a town for its country and division by
// its confidence.
func (d *doc) computeFocus(locale string) focus {
	f := focus{country: map[string]float64{}, admin1: map[string]float64{}, byKey: map[string]contrib{}}
	if locale != "" {
		f.country[strings.ToUpper(locale)] += 0.5
	}
	keys := make([]string, 0, len(d.ms))
	best := map[string]*mention{}
	reps := map[string]int{}
	for i := range d.ms {
		m := &d.ms[i]
		if m.best < 0 {
			continue
		}
		reps[m.key]++
		if o, ok := best[m.key]; !ok {
			keys = append(keys, m.key)
			best[m.key] = m
		} else if m.conf > o.conf {
			best[m.key] = m
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		m := best[k]
		e := m.cands[m.best].e
		var c contrib
		c.cc = e.CountryCode
		w := m.conf
		switch e.Kind {
		case gazetteer.KindCountry:
			c.wc = 1.0 * w
		case gazetteer.KindAdmin1:
			c.wc, c.a1, c.wa = 1.0*w, e.Admin1Code, 1.0*w
		case gazetteer.KindRegion:
			c.wc = 0
		default:
			c.wc, c.a1, c.wa = 0.6*w, e.Admin1Code, 0.6*w
			if w > 0.5 && e.Kind != gazetteer.KindAirfield {
				f.local = append(f.local, localPoint{k, e.Lat, e.Lon})
			}
		}
		if m.adj {
			c.wc *= 0.5
		}
		if d.teamName(m) {
			c.wc, c.wa = c.wc*teamFocus, c.wa*teamFocus // "the Minnesota Wild" in a Winnipeg story
		}
		if r := 1 + wRepeat*math.Log(float64(reps[k])); r > 1 {
			c.wc, c.wa = c.wc*r, c.wa*r
		}
		f.country[c.cc] += c.wc
		if c.a1 != "" {
			f.admin1[c.a1] += c.wa
		}
		f.byKey[k] = c
	}
	return f
}

// countryW and admin1W are the focus on a country or division without the
// contribution of the mention's own text.
func (f *focus) countryW(key, cc string) float64 {
	w := f.country[cc]
	if c, ok := f.byKey[key]; ok && c.cc == cc {
		w -= c.wc
	}
	return max(w, 0)
}

func (f *focus) admin1W(key, a1 string) float64 {
	if a1 == "" {
		return 0
	}
	w := f.admin1[a1]
	if c, ok := f.byKey[key]; ok && c.a1 == a1 {
		w -= c.wa
	}
	return max(w, 0)
}

// maxCountryW is the largest focus on any country, without m's own text.
func (f *focus) maxCountryW(key string) float64 {
	best := 0.0
	for cc := range f.country {
		best = max(best, f.countryW(key, cc))
	}
	return best
}

// countryShare is the country's share of the focus without the
// mention's own text.
func (f *focus) countryShare(key, cc string) float64 {
	total := 0.0
	for _, w := range f.country {
		total += w
	}
	if c, ok := f.byKey[key]; ok {
		total -= c.wc
	}
	if total <= 0.5 {
		return 0
	}
	return f.countryW(key, cc) / total
}

// admin1Share is the division's share of the division evidence of its
// country, without the mention's own text.
func (f *focus) admin1Share(key, cc, a1 string) float64 {
	if a1 == "" {
		return 0
	}
	total := 0.0
	for code, w := range f.admin1 {
		if strings.HasPrefix(code, cc+".") {
			total += w
		}
	}
	if c, ok := f.byKey[key]; ok && strings.HasPrefix(c.a1, cc+".") {
		total -= c.wa
	}
	if total <= 0.5 {
		return 0
	}
	return f.admin1W(key, a1) / total
}

// nearKm returns the distance in km to the nearest confidently resolved
// local place of another mention text, or a large number.
func (f *focus) nearKm(key string, lat, lon float64) float64 {
	best := 1e9
	for _, p := range f.local {
		if p.key == key {
			continue
		}
		if k := haversineKm(lat, lon, p.lat, p.lon); k < best {
			best = k
		}
	}
	return best
}

// haversineKm is the great-circle distance on a sphere of mean radius.
func haversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	p1, p2 := lat1*rad, lat2*rad
	dp, dl := p2-p1, (lon2-lon1)*rad
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * 6371.0088 * math.Asin(math.Min(1, math.Sqrt(a)))
}
