package geoparse

import (
	"context"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/geowire/geowire/internal/gazetteer"
	"github.com/geowire/geowire/internal/model"
)

// Weights of the resolution score. A candidate's score is its gazetteer
// score (log10 population plus a feature bonus, less a penalty for weak
// name matches) plus the evidence of the document.
const (
	wCountryFocus = 1.6 // × ln(1 + focus on the candidate's country)
	wAdmin1Focus  = 1.8 // × ln(1 + focus on its first-order division)
	wSiblings     = 1.2 // a division among named divisions of the same country
	wContainer    = 8.0 // "Bangor, Maine": the candidate lies in the named container
	wCue          = 2.5 // "the Dnipro river", "Donetsk province"
	wCueMiss      = 5.0 // a candidate "the province of" before the name (or another of its mentions) rules out
	wNear50       = 1.5 // another named place within 50 km
	wNear200      = 0.7 // … within 200 km
	wLinked       = 5.0 // the entry a longer mention of the same name resolved to
	wMetonym      = 2.0 // a capital or country in a metonymic context
	wShare        = 2.5 // × the candidate's country's share of all country evidence
	wA1Share      = 1.5 // × its division's share of its country's division evidence
	wA1Cands      = 1.0 // × ln(1 + the other names that could lie in its division)
	wRepeat       = 1.0 // a name's focus × (1 + wRepeat × ln(its mentions))
	wNamedCapital = 4.0 // a national capital whose country the text names
	wCounty       = 5.0 // a town in a county the text names ("Orange County … Anaheim")
	wBigCity      = 3.0 // a city of some size for a newspaper's or a team's name ("Denver Post")
	wLongerName   = 3.0 // the entry a longer name of the text holds ("Mexico" beside "Mexico City")
	passes        = 3
)

// addSpan adds a mention for a given span (bytes b..e, code points rs..re).
func (d *doc) addSpan(b, e, rs, re int) {
	m := mention{B: b, E: e, RS: rs, RE: re, text: d.text[b:e]}
	m.ti = sort.Search(len(d.toks), func(k int) bool { return d.toks[k].B >= b })
	m.tj = sort.Search(len(d.toks), func(k int) bool { return d.toks[k].B >= e })
	if !d.candidates(&m) {
		d.fallbackCandidates(&m)
	}
	d.ms = append(d.ms, m)
}

// fallbackCandidates tries parts of a name the gazetteer does not know
// as a whole: without "the", a possessive or a generic head word, then its
// leading and trailing words ("W.Va. 61", "Gaza City", "Hungerford St.").
func (d *doc) fallbackCandidates(m *mention) {
	orig := m.text
	defer func() { m.text = orig }()
	kind := partLead
	try := func(s string) bool {
		s = strings.TrimSpace(s)
		if s == "" || s == m.text {
			return false
		}
		if l := strings.ToLower(s); stopWords[l] && !d.countryCode(s) || facilityHeads[l] || featureCues[l] != "" {
			return false // "Street" of "Press Street", "Church"; but "US" of "US Treasury Department"
		}
		m.text = s
		if d.candidates(m) {
			m.fallback, m.part, m.partText = true, kind, s
			return true
		}
		return false
	}
	s := orig
	for _, pre := range []string{"the ", "The "} {
		s = strings.TrimPrefix(s, pre)
	}
	for _, suf := range []string{"'s", "’s", "'", "’", "."} {
		s = strings.TrimSuffix(s, suf)
	}
	if try(s) {
		return
	}
	words := strings.Fields(s)
	for n := len(words) - 1; n >= 1; n-- {
		if articleWord(words[n]) {
			continue // "Ras" of "Ras al-Ain": the rest qualifies it
		}
		if try(strings.Join(words[:n], " ")) {
			d.trailingCity(m, words[n:])
			return
		}
	}
	for n := 1; n < len(words); n++ {
		if articleWord(words[n]) || articleWord(words[n-1]) {
			continue // "al-Ain" or "Ain" of "Ras al-Ain" is another place
		}
		kind = partTail
		if strings.EqualFold(words[n-1], "of") {
			kind = partOf
		} else if directionsOnly(words[:n]) {
			kind = partDirection
		}
		if try(strings.Join(words[n:], " ")) {
			return
		}
	}
}

// articleWord reports whether a word of a name is, or starts with, an
// Arabic article ("al", "el-Sheikh", "ez-Zor"): a name cut there loses
// the word it qualifies.
func articleWord(w string) bool {
	a, _, _ := strings.Cut(w, "-")
	return len(a) < len(w) && arabicArticles[strings.ToLower(a)] || w == "al" || w == "el" || w == "Al" || w == "El"
}

// resolve chooses an entry for every mention and returns the places.
func (d *doc) resolve(ctx context.Context) ([]model.Place, error) {
	for i := range d.ms {
		m := &d.ms[i]
		m.best = -1
		m.cue = d.cueOf(m)
		m.metonym = d.metonymic(m)
		if len(m.cands) > 0 {
			m.best, m.conf = 0, 0.5
		}
	}
	d.shareCues()
	containers := make([]*gazetteer.Entry, len(d.ms))
	for i := range d.ms {
		if d.ms[i].tj >= 0 {
			containers[i], _ = d.containerAfter(&d.ms[i])
		}
	}
	d.namedContainers(containers)
	d.a1Cands = d.admin1Candidates()
	d.named = d.namedCountries()
	d.counties = d.namedCounties()
	for pass := range passes {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		f := d.computeFocus(d.p.opt.Locale)
		siblings := d.admin1Siblings()
		d.longer = d.longerNames()
		for i := range d.ms {
			d.scoreMention(&d.ms[i], &f, containers[i], siblings, pass > 0)
		}
		d.linkShortForms()
		d.oneSensePerDocument(containers)
	}
	return d.places(), nil
}

// scoreMention scores every candidate of m and keeps the best.
func (d *doc) scoreMention(m *mention, f *focus, container *gazetteer.Entry, siblings map[string]int, spatial bool) {
	if len(m.cands) == 0 {
		return
	}
	hasCountry := false
	for _, c := range m.cands {
		hasCountry = hasCountry || c.e.Kind == gazetteer.KindCountry
	}
	_, divisionName := namesDivision(m)
	bigName := d.paperOrTeam(m)
	wc := worldCity(m)
	for k := range m.cands {
		c := &m.cands[k]
		e := c.e
		s := c.base + unknownPopBonus(e)
		s += wCountryFocus * math.Log1p(f.countryW(m.key, e.CountryCode))
		if e.Kind != gazetteer.KindCountry {
			s += wAdmin1Focus * math.Log1p(f.admin1W(m.key, e.Admin1Code))
		}
		s += wShare * f.countryShare(m.key, e.CountryCode)
		if e.Kind != gazetteer.KindCountry && e.Kind != gazetteer.KindAdmin1 {
			s += wA1Share * f.admin1Share(m.key, e.CountryCode, e.Admin1Code)
		}
		if e.Admin1Code != "" && e.Kind != gazetteer.KindCountry && e.Kind != gazetteer.KindRegion && !divisionName {
			s += wA1Cands * math.Log1p(d.a1Cands.others(m.key, e.Admin1Code))
		}
		if e.Kind == gazetteer.KindAdmin1 && hasCountry {
			s += wSiblings * math.Log1p(float64(siblings[e.CountryCode]-d.selfSibling(m, e)))
		}
		if smallNamesake(e, wc, container, f, m.key, spatial) {
			s -= wNamesake
		}
		if container != nil {
			if inside(e, container) {
				s += wContainer
			} else {
				s -= 1
			}
		}
		if m.container == e {
			s += wContainer
		}
		if m.cue != "" && cueFits(m.cue, e) {
			s += wCue
		} else if m.cueExplicit {
			s -= wCueMiss
		}
		if e.Kind == gazetteer.KindPlace && e.Admin2Code != "" && d.counties[e.Admin2Code] != "" && d.counties[e.Admin2Code] != m.key {
			s += wCounty
		}
		if e.Kind != gazetteer.KindAirfield && e.Kind != gazetteer.KindRegion && slices.Contains(d.longer[m.key], e) {
			s -= wLongerName
		}
		if bigName && e.Kind == gazetteer.KindPlace && e.Prior >= 5.5 {
			s += wBigCity
		}
		if e.FeatureCode == "PPLC" && !hasCountry && d.named[e.CountryCode] {
			s += wNamedCapital
		}
		if m.metonym && (e.Kind == gazetteer.KindCountry || e.FeatureCode == "PPLC" && f.countryW(m.key, e.CountryCode) >= f.maxCountryW(m.key)) {
			s += wMetonym
		}
		if e.Kind == gazetteer.KindAirfield && m.cue != "S" && !strings.Contains(m.key, "air") && !strings.Contains(m.key, "airport") &&
			d.p.aliases[m.key] != e {
			s -= 1.5
		}
		if spatial && e.Kind != gazetteer.KindCountry && e.Kind != gazetteer.KindRegion && e.Kind != gazetteer.KindAdmin1 {
			switch km := f.nearKm(m.key, e.Lat, e.Lon); {
			case km < 50:
				s += wNear50
			case km < 200:
				s += wNear200
			}
		}
		c.score = s
	}
	m.best, m.score, m.conf = pick(m.cands)
}

// pick returns the best candidate, its score and a confidence: the
// softmax probability of the best against the others.
func pick(cs []cand) (int, float64, float64) {
	best := 0
	for k := range cs {
		if cs[k].score > cs[best].score {
			best = k
		}
	}
	sum := 0.0
	for k := range cs {
		sum += math.Exp(cs[k].score - cs[best].score)
	}
	return best, cs[best].score, 1 / sum
}

func cueFits(cue string, e *gazetteer.Entry) bool {
	switch cue {
	case "A1":
		return e.Kind == gazetteer.KindAdmin1
	case "A0":
		return e.Kind == gazetteer.KindAdmin1 || e.Kind == gazetteer.KindCountry
	case "A2":
		return e.Kind == gazetteer.KindAdmin2
	case "S":
		return e.Kind == gazetteer.KindAirfield
	case "P":
		return e.FeatureClass == "P"
	}
	return e.FeatureClass == cue
}

// a1Support is, per first-order division, the names of the document
// that could lie in it: each distinct name counts 1/n for each of the n
// divisions its candidates lie in, so that "Springfield" says little and
// "Rogersville" more ("Logan", "Rogersville", "Greene County",
// "Springfield" together say Missouri).
type a1Support struct {
	total map[string]float64
	byKey map[string]map[string]float64
}

// others is the support for division a1 from names other than key.
func (a *a1Support) others(key, a1 string) float64 {
	return max(a.total[a1]-a.byKey[key][a1], 0)
}

// newspaperHeads end the names of newspapers, which are named after
// cities ("Denver Post", "Chicago Tribune").
var newspaperHeads = setOf(`post times herald journal tribune gazette chronicle globe observer examiner inquirer
courier dispatch register bee daily sun star`)

// paperOrTeam reports whether m names a newspaper or a sports team by
// its city: a newspaper head after it, a result verb before or after it
// ("beat Memphis", "Denver won").
func (d *doc) paperOrTeam(m *mention) bool {
	if m.tj < 0 || m.tj >= len(d.toks) {
		return false
	}
	next := d.tokLower(m.tj)
	if d.toks[m.tj].gap == 1 && (d.toks[m.tj].cap && newspaperHeads[next] || sportsVerbs[next]) {
		return true
	}
	return m.ti > 0 && sportsVerbs[d.tokLower(m.ti-1)] || d.teamName(m)
}

// namedCountries are the countries the text names by name, alternate
// name or adjective ("France", "French"): their capitals are the likely
// sense of a bare "Paris" even in a story set elsewhere.
func (d *doc) namedCountries() map[string]bool {
	out := map[string]bool{}
	for i := range d.ms {
		for _, c := range d.ms[i].cands {
			if c.e.Kind == gazetteer.KindCountry && c.match != gazetteer.MatchShort &&
				c.e.ID == "country:"+c.e.CountryCode {
				out[c.e.CountryCode] = true
				break
			}
		}
	}
	return out
}

// namedCounties are the second-order divisions the text may name as such
// ("Orange County", "Jefferson County": every county of that name,
// whichever the mention itself resolves to), each with the key that names
// it.
func (d *doc) namedCounties() map[string]string {
	out := map[string]string{}
	for i := range d.ms {
		m := &d.ms[i]
		if !strings.Contains(m.key, " ") {
			continue // a bare "Orange" says too little
		}
		for _, c := range m.cands {
			if c.e.Kind == gazetteer.KindAdmin2 && c.match != gazetteer.MatchShort && c.e.Admin2Code != "" {
				out[c.e.Admin2Code] = m.key
			}
		}
	}
	return out
}

// namesDivision reports whether one of m's candidates is a country, a
// division or a region matched by its name or an alias, and that
// division's code ("" for a country or region).
func namesDivision(m *mention) (string, bool) {
	for _, c := range m.cands {
		if c.match != gazetteer.MatchName && c.match != gazetteer.MatchAlternate {
			continue
		}
		switch c.e.Kind {
		case gazetteer.KindAdmin1:
			return c.e.Admin1Code, true
		case gazetteer.KindCountry, gazetteer.KindRegion:
			return "", true
		}
	}
	return "", false
}

func (d *doc) admin1Candidates() a1Support {
	a := a1Support{total: map[string]float64{}, byKey: map[string]map[string]float64{}}
	for i := range d.ms {
		m := &d.ms[i]
		if len(m.cands) == 0 || a.byKey[m.key] != nil || m.adj {
			continue
		}
		set := map[string]float64{}
		if a1, ok := namesDivision(m); ok {
			// "California", "Mexico": a division or a country by its name
			// speaks for itself only, not for the towns named after it
			if a1 != "" {
				set[a1] = 1
				a.total[a1]++
			}
			a.byKey[m.key] = set
			continue
		}
		for _, c := range m.cands {
			if c.match != gazetteer.MatchName && c.match != gazetteer.MatchAlternate && c.match != gazetteer.MatchCode {
				continue
			}
			switch c.e.Kind {
			case gazetteer.KindPlace, gazetteer.KindAdmin2, gazetteer.KindAdmin1:
				if c.e.Admin1Code != "" {
					set[c.e.Admin1Code] = 1
				}
			}
		}
		for k := range set {
			set[k] = 1 / float64(len(set))
			a.total[k] += set[k]
		}
		a.byKey[m.key] = set
	}
	return a
}

// admin1Siblings counts, per country, the distinct divisions the mentions
// currently resolve to.
func (d *doc) admin1Siblings() map[string]int {
	seen := map[string]bool{}
	out := map[string]int{}
	for i := range d.ms {
		m := &d.ms[i]
		if m.best < 0 {
			continue
		}
		if e := m.cands[m.best].e; e.Kind == gazetteer.KindAdmin1 && !seen[e.Admin1Code] {
			seen[e.Admin1Code] = true
			out[e.CountryCode]++
		}
	}
	return out
}

// selfSibling is 1 when m itself is counted among its country's divisions.
func (d *doc) selfSibling(m *mention, e *gazetteer.Entry) int {
	if m.best >= 0 {
		if b := m.cands[m.best].e; b.Kind == gazetteer.KindAdmin1 && b.CountryCode == e.CountryCode {
			return 1
		}
	}
	return 0
}

// longerNames maps the key of every mention to the entries that longer
// mentions starting with it resolve to: a text that writes both "Mexico
// City" and "Mexico", "Kuwait City" and "Kuwait", "Donetsk Oblast" and
// "Donetsk" means two places, and the short name is not the long one's
// entry (airfields and regions known by a short form excepted:
// linkShortForms).
func (d *doc) longerNames() map[string][]*gazetteer.Entry {
	var out map[string][]*gazetteer.Entry
	for j := range d.ms {
		o := &d.ms[j]
		first, _, ok := strings.Cut(o.key, " ")
		if !ok || o.best < 0 || o.fallback {
			continue
		}
		if out == nil {
			out = map[string][]*gazetteer.Entry{}
		}
		if e := o.cands[o.best].e; !slices.Contains(out[first], e) {
			out[first] = append(out[first], e)
		}
	}
	return out
}

// linkShortForms gives a short mention the entry of a longer mention that
// starts with it: "Belaya" after "Belaya Air Base", "Donetsk" after
// "Donetsk Oblast" is left alone when it is a city of its own.
func (d *doc) linkShortForms() {
	for i := range d.ms {
		m := &d.ms[i]
		if m.best < 0 || strings.Contains(m.key, " ") {
			continue
		}
		for j := range d.ms {
			o := &d.ms[j]
			if o.best < 0 || len(o.key) <= len(m.key) || !strings.HasPrefix(o.key, m.key+" ") {
				continue
			}
			oe := o.cands[o.best].e
			if oe.Kind != gazetteer.KindAirfield && oe.Kind != gazetteer.KindRegion {
				continue
			}
			for k := range m.cands {
				if m.cands[k].e == oe {
					m.cands[k].score += wLinked
				}
			}
			if !dup(m.cands, oe) {
				m.cands = append(m.cands, cand{e: oe, base: o.cands[o.best].base, score: m.score + wLinked})
			}
			m.best, m.score, m.conf = pick(m.cands)
			break
		}
	}
}

// oneSensePerDocument gives every mention of one name the entry its
// mentions favour together, except mentions with a container of their own.
func (d *doc) oneSensePerDocument(containers []*gazetteer.Entry) {
	groups := map[string][]int{}
	for i := range d.ms {
		if d.ms[i].best >= 0 && containers[i] == nil && d.ms[i].container == nil {
			groups[d.ms[i].key] = append(groups[d.ms[i].key], i)
		}
	}
	for _, idx := range groups {
		if len(idx) < 2 {
			continue
		}
		total := map[*gazetteer.Entry]float64{}
		for _, i := range idx {
			m := &d.ms[i]
			for _, c := range m.cands {
				total[c.e] += math.Exp(c.score - m.score)
			}
		}
		var best *gazetteer.Entry
		for e, t := range total {
			if best == nil || t > total[best] || t == total[best] && e.Index < best.Index {
				best = e
			}
		}
		for _, i := range idx {
			m := &d.ms[i]
			for k := range m.cands {
				if m.cands[k].e == best {
					m.best = k
				}
			}
		}
	}
}

// places renders the resolved mentions, in text order.
func (d *doc) places() []model.Place {
	out := make([]model.Place, 0, len(d.ms))
	f := d.computeFocus(d.p.opt.Locale)
	docFocus := d.focusEntry()
	for i := range d.ms {
		m := &d.ms[i]
		var e *gazetteer.Entry
		conf := m.conf
		fallback, placed := docFocus, false
		if in := d.placedIn(i, docFocus); in != nil {
			fallback, placed = in, true
		}
		if m.best >= 0 {
			e = m.cands[m.best].e
			if d.lonelyTown(m, e, &f) {
				continue // a word of the text, not a place: moved to the focus it would stay one
			}
			if fallback != nil && e != fallback && (d.facility(m) || m.fallback && (local(fallback) || placed) && !d.directionalPart(m, e, fallback) || d.stray(m, e, &f, fallback) || local(fallback) && d.streetContext(m)) &&
				haversineKm(e.Lat, e.Lon, fallback.Lat, fallback.Lon) > 50 && !d.namedAfter(m, e, fallback, &f) {
				// a street, a building, or a name known only by a part
				// ("Royal Street", "Faubourg Marigny"): the local focus
				e, conf = fallback, 0.2
			}
		} else if (d.forced || m.focusOK) && fallback != nil {
			e, conf = fallback, 0.05
		}
		if e == nil || d.lonelyTown(m, e, &f) {
			continue
		}
		if m.fallback {
			conf *= 0.5
		}
		if e.Kind == gazetteer.KindCountry && m.best >= 0 {
			e = cityState(m, e)
		}
		lat, lon := pointOf(e)
		pl := model.Place{Start: m.RS, End: m.RE, Name: d.text[m.B:m.E], GazetteerID: e.ID, Lat: lat, Lon: lon,
			FeatureCode: e.FeatureCode, CountryCode: e.CountryCode, Admin1: e.Admin1Code,
			Confidence: math.Round(conf*1000) / 1000, Metonymic: m.metonym, Adjective: m.adj}
		if e.GeonameID != 0 {
			id := int64(e.GeonameID)
			pl.GeonameID = &id
		}
		out = append(out, pl)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// focusEntry is the document's most specific confident focus: within the
// country (and division) the document names most, the local place with
// the most support (its mentions' confidence plus a quarter of its
// prior, so that the city a story is set in outweighs a small town named
// in passing), else that division, else that country.
func (d *doc) focusEntry() *gazetteer.Entry {
	f := d.computeFocus(d.p.opt.Locale)
	topCC, topA1 := "", ""
	for cc, w := range f.country {
		if cc != "" && (topCC == "" || w > f.country[topCC] || w == f.country[topCC] && cc < topCC) {
			topCC = cc
		}
	}
	for a1, w := range f.admin1 {
		if strings.HasPrefix(a1, topCC+".") && (topA1 == "" || w > f.admin1[topA1] || w == f.admin1[topA1] && a1 < topA1) {
			topA1 = a1
		}
	}
	if e := d.focusIn(topCC, topA1); e != nil {
		return e
	}
	return d.focusIn("", "")
}

// focusIn is focusEntry within one country and division ("" for any).
func (d *doc) focusIn(topCC, topA1 string) *gazetteer.Entry {
	support := map[*gazetteer.Entry]float64{}
	var best, division, country *gazetteer.Entry
	for i := range d.ms {
		m := &d.ms[i]
		if m.best < 0 || m.fallback && !d.cityPart(m) {
			continue
		}
		e := m.cands[m.best].e
		if topCC != "" && e.CountryCode != topCC {
			continue
		}
		switch e.Kind {
		case gazetteer.KindPlace, gazetteer.KindAdmin2:
			if topA1 != "" && e.Admin1Code != topA1 {
				continue
			}
			if _, ok := support[e]; !ok {
				support[e] = 0.25 * e.Prior
			}
			support[e] += m.conf
			if best == nil || support[e] > support[best] || support[e] == support[best] && e.Index < best.Index {
				best = e
			}
		case gazetteer.KindAdmin1:
			if division == nil || e.Admin1Code == topA1 {
				division = e
			}
		case gazetteer.KindCountry:
			country = e
		}
	}
	switch {
	case best != nil:
		return best
	case division != nil:
		return division
	case country != nil:
		return country
	}
	return nil
}

// strayPrior is the prior under which a village alone in its country is
// taken for a local name the gazetteer lacks (about 10,000 people).
const strayPrior = 4.0

// stray reports whether m's entry is a village (or a division as small:
// a parish of a Caribbean island) in a country nothing else in the text
// points to, while the text has a local focus elsewhere: a park or a
// neighbourhood the gazetteer lacks shares its name with a village
// abroad (a park of an Edinburgh story is no Washington hamlet).
func (d *doc) stray(m *mention, e *gazetteer.Entry, f *focus, fallback *gazetteer.Entry) bool {
	if !local(e) && e.Kind != gazetteer.KindAdmin1 || e.Prior >= strayPrior || !local(fallback) || fallback.CountryCode == e.CountryCode {
		return false
	}
	return f.countryW(m.key, e.CountryCode) == 0
}

// lonelyPrior is the prior under which a town named by one bare word,
// in a country nothing else in the text points to, is not reported
// (about 100,000 people).
const lonelyPrior = 5.0

// lonelyTown reports whether a mention found in the text (not given as a
// span) is a single word that resolved to a town or a county of under
// some 100,000 people in a country that no other name of the text points
// to, nor to a neighbour of it, while the text points elsewhere, with no
// place context around it (no place preposition before it, no container
// or resident noun after it): such a word is far more often a surname, a
// brand or an ordinary word ("Chopin", "Zara") than a town abroad
// written without a word of where it lies. It still counts as context.
func (d *doc) lonelyTown(m *mention, e *gazetteer.Entry, f *focus) bool {
	if d.forced || m.adj || m.fallback || m.ti < 0 || m.tj-m.ti != 1 || !local(e) || e.Prior >= lonelyPrior {
		return false
	}
	if f.countryW(m.key, e.CountryCode) > 0 || d.placeContext(m) || d.afterPlacePrep(m) {
		return false
	}
	// a story set next door ("Russian forces shelled Avdiivka") points
	// to the town's country too; a text that points nowhere else leaves
	// the town alone ("Shelling hit Avdiivka overnight")
	if f.maxCountryW(m.key) == 0 {
		return false
	}
	if c := d.p.g.Country(e.CountryCode); c != nil {
		for _, n := range c.Neighbours() {
			if f.countryW(m.key, n) > 0 {
				return false
			}
		}
	}
	return true
}

// local reports whether e is a town or a county: a focus specific enough
// to stand for a place the gazetteer lacks.
func local(e *gazetteer.Entry) bool {
	return e.Kind == gazetteer.KindPlace || e.Kind == gazetteer.KindAdmin2
}

// facility reports whether m names a street, a building or a facility
// that is not itself an airfield nor a landmark the aliases place ("White
// House").
func (d *doc) facility(m *mention) bool {
	i := strings.LastIndexByte(m.key, ' ')
	if i < 0 || d.p.aliases[m.key] != nil || d.p.marks[m.key] != nil {
		return false
	}
	return facilityHeads[m.key[i+1:]] && m.cands[m.best].e.Kind != gazetteer.KindAirfield
}

// cityState returns the capital of the same name for a country that is a
// city ("Singapore"): its point lies within 50 km of the country's.
func cityState(m *mention, country *gazetteer.Entry) *gazetteer.Entry {
	for _, c := range m.cands {
		if c.e.FeatureCode == "PPLC" && c.e.CountryCode == country.CountryCode && c.match == gazetteer.MatchName &&
			haversineKm(c.e.Lat, c.e.Lon, country.Lat, country.Lon) < 50 {
			return c.e
		}
	}
	return country
}
