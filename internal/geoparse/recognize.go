package geoparse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geowire/geowire/internal/gazetteer"
)

// maxNgram is the longest name, in tokens, the recogniser tries.
const maxNgram = 7

// mention is one place mention of a document: its span, its candidates
// and what the context says about it.
type mention struct {
	B, E   int // bytes
	RS, RE int // code points
	ti, tj int // tokens [ti, tj); -1 when given by span only
	text   string
	key    string // folded text
	cands  []cand
	adj    bool // a demonym or adjective
	cue    string
	// cueExplicit: the cue comes from "the province of" before the
	// name, in this mention or another of the same name (cueBefore)
	cueExplicit bool
	codeOnly    bool // every candidate matched only as a code
	focusOK     bool // may take the document's focus when nothing else fits
	// resolution
	best     int // index into cands, -1 when none
	score    float64
	conf     float64
	metonym  bool
	fallback bool
	part     partKind // which part of the name the fallback found (namedafter.go)
	partText string   // … and its words
	// container is the entry m names as the container of the mention
	// before it ("Washington" of "Olympia, Washington"), nil for none.
	container *gazetteer.Entry
}

// cand is one candidate entry for a mention with its running score.
type cand struct {
	e     *gazetteer.Entry
	base  float64
	match gazetteer.MatchKind
	score float64
}

// doc is the working state of one document.
type doc struct {
	p      *Parser
	text   string
	toks   []token
	lower  map[string]bool // words seen in lower case in the text
	person map[string]bool // capitalised words the text uses as people's names
	strong map[string]bool // … beyond doubt ("seven-year-old Florence")
	spoke  map[string]int  // … as speakers, how often ("Warren says")
	// placeWord counts the capitalised words the text uses in a place
	// context ("in Tyler").
	placeWord map[string]int
	ms        []mention
	forced    bool // spans given: keep every one
	a1Cands   a1Support
	longer    map[string][]*gazetteer.Entry // short key → entries of longer names that start with it
	named     map[string]bool               // countries the text names (namedCountries)
	counties  map[string]string             // counties the text names (namedCounties)
	sports    uint8                         // 0 not known yet, 1 no, 2 a sports story (teams.go)
	startsAt  map[int]int                   // first token → mention index (placedin.go)
	buf       []gazetteer.Candidate
}

func (p *Parser) newDoc(text string) *doc {
	d := &doc{p: p, text: text}
	d.toks = tokenize(text, make([]token, 0, len(text)/5+8))
	d.lower = map[string]bool{}
	d.person = map[string]bool{}
	d.strong = map[string]bool{}
	d.spoke = map[string]int{}
	for k, t := range d.toks {
		if t.word && !t.cap && !t.digit {
			d.lower[text[t.B:t.E]] = true
		}
		if !t.word || !t.cap || k == 0 || t.gap != 1 || !d.toks[k-1].word {
			continue
		}
		// "John Kelly", "Sen. Kelly": the words after a given name or a
		// title are a person's name wherever they recur.
		prev := d.tokLower(k - 1)
		if (givenNames[prev] && d.toks[k-1].cap || d.isTitle(k-1)) && !givenNames[d.tokLower(k)] {
			d.person[d.tokLower(k)] = true
		}
		// "Megyn Kelly", "Tom Wilkinson": a capitalised word after a word
		// that is no place of its own, the pair no place either, is a
		// surname wherever it recurs alone.
		if d.fullName(k) {
			d.person[d.tokLower(k)] = true
		}
		// "Kelly said": a bare name before a speech verb.
		if k+1 < len(d.toks) && speechVerbs[d.tokLower(k+1)] && d.toks[k+1].gap == 1 && !t.sentStart && !d.toks[k-1].cap &&
			!placePreps[d.tokLower(k-1)] && d.tokLower(k-1) != "of" {
			d.spoke[d.tokLower(k)]++
		}
	}
	d.personContexts()
	d.markPlaceWords()
	return d
}

// fullName reports whether tokens k-1, k read as a person's given name
// and surname: both capitalised words, the first no function word,
// modifier, title or abbreviation and no town of 10,000 people or more
// (unless a frequent given name), the second not written as a code and
// not followed by another capitalised word, and the pair no gazetteer
// name ("Fort Worth", "Baton Rouge").
func (d *doc) fullName(k int) bool {
	a, w := d.toks[k-1], d.toks[k]
	if !a.cap || a.upper || w.upper || a.digit || w.digit {
		return false
	}
	if k+1 < len(d.toks) && d.toks[k+1].word && d.toks[k+1].cap && d.toks[k+1].gap == 1 {
		return false
	}
	al := d.tokLower(k - 1)
	if stopWords[al] || modifiers[al] || lowerConnectors[al] || titles[al] || strings.HasSuffix(d.tokText(k-1), ".") {
		return false
	}
	if !givenNames[al] {
		d.buf = d.p.g.AppendLookup(d.buf[:0], d.tokText(k-1))
		for _, c := range d.buf {
			if c.Match != gazetteer.MatchCode && (c.Entry.Prior >= 4 || c.Kind == gazetteer.KindCountry || c.Kind == gazetteer.KindAdmin1 || c.Kind == gazetteer.KindRegion) {
				return false
			}
		}
	}
	d.buf = d.p.g.AppendLookup(d.buf[:0], d.text[a.B:w.E])
	return len(d.buf) == 0
}

// tokLower returns token i's text in lower case, without a final dot.
func (d *doc) tokLower(i int) string {
	if i < 0 || i >= len(d.toks) || !d.toks[i].word {
		return ""
	}
	s := d.text[d.toks[i].B:d.toks[i].E]
	s = strings.TrimSuffix(s, ".")
	for j := 0; j < len(s); j++ {
		if c := s[j]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}

func (d *doc) tokText(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.text[d.toks[i].B:d.toks[i].E]
}

// isPunct reports whether token i is the punctuation mark s.
func (d *doc) isPunct(i int, s string) bool {
	return i >= 0 && i < len(d.toks) && !d.toks[i].word && d.tokText(i) == s
}

// recognize finds mentions: the longest run of tokens that is a name in
// the gazetteer (or an alias, a state abbreviation, an adjective) and
// that the context lets stand as a place.
func (d *doc) recognize() {
	toks := d.toks
	for i := 0; i < len(toks) && len(d.ms) < d.p.opt.MaxMentions; i++ {
		t := toks[i]
		if !t.word || !(t.cap || uncased(d.text[t.B:t.E])) || t.digit {
			continue
		}
		head := d.featureRun(i)
		for n := min(maxNgram, len(toks)-i); n >= 1; n-- {
			j := i + n
			if !d.validRun(i, j) {
				continue
			}
			if n >= 2 && d.tokText(j-1) == "State" && d.stateSchool(i, j-1) {
				continue // "Iowa State": a school or a team of the state
			}
			m := mention{B: toks[i].B, E: toks[j-1].E, RS: toks[i].RS, RE: toks[j-1].RE, ti: i, tj: j}
			m.text = d.text[m.B:m.E]
			if !d.candidates(&m) {
				if j != head {
					continue
				}
				// "Catawba River", "Clinton Street": a name the gazetteer
				// lacks, placed by its parts or the document's focus.
				d.fallbackCandidates(&m)
				m.focusOK = true
				d.ms = append(d.ms, m)
				i = j - 1
				break
			}
			if !d.accept(&m) {
				if n == 1 {
					break
				}
				continue
			}
			d.ms = append(d.ms, m)
			i = m.tj - 1 // accept may take a building's head word in
			break
		}
	}
}

// featureRun returns the end of a run of capitalised words from token i
// that ends in a feature head word ("Red River", "Villanova Drive"), or -1.
func (d *doc) featureRun(i int) int {
	for j := i + 2; j <= min(i+5, len(d.toks)); j++ {
		if !d.validRun(i, j) {
			return -1
		}
		if featureHeads[d.tokText(j-1)] {
			first := d.tokLower(i)
			if directions[first] && streetHeads[d.tokText(j-1)] && j-i >= 3 {
				return j // "North Maple Street", "East Ninth Avenue"
			}
			if stopWords[first] || titles[first] {
				return -1
			}
			return j
		}
	}
	return -1
}

// uncased reports whether a word is in a script without case (CJK,
// Arabic, Hebrew…), where capitalisation says nothing.
func uncased(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r)
}

// validRun reports whether tokens [i, j) can form one name: words joined
// by single spaces or hyphens, inner words capitalised or connectors, the
// last word capitalised.
func (d *doc) validRun(i, j int) bool {
	toks := d.toks
	if !toks[j-1].word || !(toks[j-1].cap || uncased(d.tokText(j-1))) {
		return false
	}
	for k := i + 1; k < j; k++ {
		t := toks[k]
		if t.gap > 1 {
			return false
		}
		if t.word {
			if !t.cap && !lowerConnectors[d.tokText(k)] && !t.digit && !(hyphenParticles[d.tokText(k)] && d.hyphenJoined(k)) {
				return false
			}
			continue
		}
		if s := d.tokText(k); s != "-" && s != "‐" && s != "–" || t.gap != 0 || toks[k+1].gap != 0 {
			return false
		}
	}
	return true
}

// hyphenJoined reports whether token k is joined to a neighbour by a
// hyphen without spaces ("Pul-i-Khumri", "Ras al-Ain").
func (d *doc) hyphenJoined(k int) bool {
	toks := d.toks
	hy := func(i int) bool {
		if i < 0 || i >= len(toks) || toks[i].word {
			return false
		}
		s := d.tokText(i)
		return s == "-" || s == "‐"
	}
	return hy(k-1) && toks[k].gap == 0 && toks[k-1].gap == 0 || hy(k+1) && toks[k+1].gap == 0 && k+2 < len(toks) && toks[k+2].gap == 0
}

// candidates fills m's candidates from the gazetteer, the aliases, the
// state abbreviations and the adjectives. It reports whether any was found.
func (d *doc) candidates(m *mention) bool {
	p := d.p
	m.key = gazetteer.Fold(m.text)
	m.cands = m.cands[:0]
	if m.key == "" {
		return false
	}
	if e := p.states[m.text]; e != nil {
		m.cands = append(m.cands, cand{e: e, base: e.Prior + 1, match: gazetteer.MatchCode})
	}
	if e := p.aliases[m.key]; e != nil {
		// an alias is the usual reading of the name ("Heathrow" the
		// airport, not the Florida town): it outweighs a local focus
		m.cands = append(m.cands, cand{e: e, base: e.Prior + 2, match: gazetteer.MatchName})
	}
	if e := p.adjs[m.key]; e != nil {
		m.cands = append(m.cands, cand{e: e, base: e.Prior, match: gazetteer.MatchDemonym})
		m.adj = true
	}
	d.buf = p.g.AppendLookup(d.buf[:0], m.text)
	if e := p.marks[m.key]; e != nil && (d.forced || len(d.buf) > 0 || len(m.cands) > 0) {
		// a landmark placed by its city, when the mention stands anyway
		m.cands = append(m.cands, cand{e: e, base: e.Prior + 3, match: gazetteer.MatchAlternate})
	}
	upper := isUpperAbbrev(m.text)
	demonym := false
	m.codeOnly = len(m.cands) == 0 && len(d.buf) > 0
	for _, c := range d.buf {
		if c.Match != gazetteer.MatchCode {
			m.codeOnly = false
			break
		}
	}
	for _, c := range d.buf {
		if len(m.cands) >= 48 {
			break
		}
		switch c.Match {
		case gazetteer.MatchCode:
			// codes only when written as codes: "US", "U.S.", "NSW"
			if !upper {
				continue
			}
			if c.Kind != gazetteer.KindCountry && c.Kind != gazetteer.KindAdmin1 {
				continue
			}
		case gazetteer.MatchDemonym:
			if upper && c.Kind == gazetteer.KindCountry && strings.ContainsAny(m.text, ".") || len(m.key) <= 3 {
				// "U.S.", "UK": a code, not an adjective
				c.Match = gazetteer.MatchCode
			} else {
				demonym = true
			}
		}
		if dup(m.cands, c.Entry) {
			continue
		}
		m.cands = append(m.cands, cand{e: c.Entry, base: c.Score, match: c.Match})
	}
	if demonym && !m.adj {
		// a demonym names its country only: drop towns called "Russian"
		k := 0
		for _, c := range m.cands {
			if c.match == gazetteer.MatchDemonym || c.match == gazetteer.MatchCode {
				m.cands[k] = c
				k++
			}
		}
		m.cands = m.cands[:k]
		m.adj = true
	}
	if len(m.cands) == 0 {
		// "Ras al-Ain": GeoNames' "Ra’s al ‘Ayn"
		return d.translitCandidates(m)
	}
	d.articleCandidates(m)
	d.directionalCandidates(m)
	return len(m.cands) > 0
}

// wArticle favours the entries named with the article the text writes
// before the name ("the Gulf" is the Persian Gulf, not Gulf Province).
const wArticle = 1.5

// articlePrior is the prior under which a town or a division named with
// an article ("The Valley", Anguilla) gets no favour from "the": the
// phrase is more likely a common noun of the story.
const articlePrior = 5.0

// articleCandidates favours, for a name after "the", the entries the
// gazetteer names with that article ("the Gulf", "the Levant", "The
// Hague"), adding them when the bare name does not reach them.
func (d *doc) articleCandidates(m *mention) {
	k := m.ti
	if k <= 0 || k >= len(d.toks) || d.tokLower(k-1) != "the" || d.toks[k].gap != 1 || strings.HasPrefix(m.key, "the ") ||
		!strings.HasPrefix(d.text[d.toks[k].B:], m.text) || m.adj {
		return
	}
	d.buf = d.p.g.AppendLookup(d.buf[:0], "the "+m.text)
	for _, c := range d.buf {
		if c.Match == gazetteer.MatchCode || c.Match == gazetteer.MatchDemonym || c.Match == gazetteer.MatchShort {
			continue
		}
		if c.Kind != gazetteer.KindRegion && c.Kind != gazetteer.KindCountry && c.Entry.Prior < articlePrior {
			continue // "the Valley", "the Quarter": small places named by a common noun
		}
		found := false
		for i := range m.cands {
			if m.cands[i].e == c.Entry {
				m.cands[i].base += wArticle
				found = true
			}
		}
		if !found && len(m.cands) < 48 {
			m.cands = append(m.cands, cand{e: c.Entry, base: c.Score + wArticle, match: c.Match})
		}
	}
}

func dup(cs []cand, e *gazetteer.Entry) bool {
	for _, c := range cs {
		if c.e == e {
			return true
		}
	}
	return false
}

// isUpperAbbrev reports whether s is written as a code: all capitals
// ("US", "NSW") or dotted ("U.S.", "D.C.").
func isUpperAbbrev(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return strings.Count(s, ".") >= 1 && letters <= 4 && len(s) <= 6
			}
		}
	}
	return letters > 0 && letters <= 4
}

// accept decides whether a run with candidates stands as a place in its
// context. A town's name before a building's head word ("Lincoln
// Memorial", "Albany Zoo") stands for the building as a whole, placed in
// the town.
func (d *doc) accept(m *mention) bool {
	if !d.acceptRun(m) {
		return false
	}
	if m.tj-m.ti == 1 && !d.isCountryLike(m) {
		if end := d.buildingAfter(m.tj); end > 0 {
			m.E, m.RE, m.tj = d.toks[end-1].E, d.toks[end-1].RE, end
			m.text = d.text[m.B:m.E]
		}
	}
	return true
}

// acceptRun is accept without the building rule.
func (d *doc) acceptRun(m *mention) bool {
	i, j := m.ti, m.tj
	if seatsOfPower[m.key] && !d.containerFollows(m) && !d.afterPlacePrep(m) {
		return false // "the White House said": an institution, not a place mention
	}
	single := j-i == 1
	low := strings.ToLower(strings.TrimSuffix(m.text, "."))
	first := d.toks[i]
	strong := false // an alias, a state abbreviation, a country, a division
	best := -100.0
	for _, c := range m.cands {
		s := c.base
		if !single {
			s += unknownPopBonus(c.e) // "Tal Abyad", a district seat
		}
		switch c.e.Kind {
		case gazetteer.KindCountry, gazetteer.KindAdmin1, gazetteer.KindRegion:
			if c.match != gazetteer.MatchShort {
				strong = true
			}
		}
		if c.match == gazetteer.MatchShort && c.e.Kind != gazetteer.KindAdmin1 {
			s -= 1.5
		}
		if s > best {
			best = s
		}
	}
	prev, next := i-1, j
	prevLow, nextLow := d.tokLower(prev), d.tokLower(next)
	if d.tokLower(i) == "the" && !strings.HasPrefix(m.cands[0].e.Name, "The ") {
		return false // "The Soviet Union": the article is not part of the name
	}
	if single {
		upperCode := isUpperAbbrev(m.text) && len(m.key) <= 3
		stateAfterComma := d.p.states[m.text] != nil && d.isPunct(i-1, ",") // "Jackson, Miss."
		if titles[low] && !stateAfterComma || !upperCode && stopWords[low] && d.p.states[m.text] == nil && d.p.aliases[m.key] == nil {
			if !d.containerFollows(m) {
				return false
			}
		}
		if upperCode && m.codeOnly && d.p.states[m.text] == nil {
			return false // "CD", "PV": codes of places only when written as states
		}
		if upperCode && !strings.Contains(m.text, ".") && !d.writtenCode(m) {
			return false // "MW", "IS": ISO codes of countries; "KBR", "DAC": airport codes
		}
		if utf8.RuneCountInString(m.text) <= 2 && !upperCode {
			return false // "Al", "Mo", "Li"
		}
		if strings.ContainsAny(m.text, "'’") {
			return false // "I'd", "I’ve"
		}
		if abbrevWithDot[strings.TrimSuffix(m.text, ".")] {
			return false // "St." of "Birch St." or "St. Andrew's Day"
		}
		if (d.person[low] || d.spoke[low] > d.placeWord[low]) && !speaksForGovernment(m) && !d.containerFollows(m) {
			return false // "Kelly" after "John Kelly" or "Kelly said", but "Jackson, Miss."
		}
		if d.personName(m, low) {
			return false // "seven-year-old Florence", "Collins" alone
		}
	}
	// A name inside a longer capitalised name that is not a place: a
	// person ("Hillary Clinton", "Mr. Kelly").
	if prev >= 0 && d.toks[prev].word && d.toks[i].gap == 1 {
		pt := d.toks[prev]
		if d.isTitle(prev) || (pt.cap && givenNames[prevLow] && !m.adj) {
			return false
		}
		if pt.cap && prevLow == "united" && single {
			return false // "United Russia": a party, not the country
		}
		if pt.cap && (!pt.sentStart || !d.lower[prevLow]) && !stopWords[prevLow] && !modifiers[prevLow] && !d.endsMention(prev) && !m.adj &&
			!lowerConnectors[prevLow] && !strings.HasSuffix(d.tokText(prev), ".") {
			if !strong || single && !d.isCountryLike(m) {
				return false
			}
		}
		if single && pt.cap && d.endsMention(prev) && next < len(d.toks) && d.toks[next].word && d.toks[next].cap &&
			d.toks[next].gap == 1 && smallPlace(m) && !m.adj {
			return false // "Texas Supreme Court", "Dayton Silver Eagles Club": inside a longer name
		}
	}
	if !single && next < len(d.toks) && d.toks[next].gap == 1 && sportsVerbs[nextLow] && smallPlace(m) {
		return false // "Cedar Falls won": a team named after a small place
	}
	if next < len(d.toks) && d.toks[next].cap && d.toks[next].gap == 1 && nameHeads[nextLow] && !d.isCountryLike(m) {
		return false // "Shangri-La Dialogue", "Fraser University"
	}
	if single && next < len(d.toks) && d.toks[next].word && d.toks[next].gap == 1 {
		nt := d.toks[next]
		if givenNames[low] && nt.cap && !residentNouns[nextLow] && !d.facilityAfter(next) {
			return false // "Paris Hilton", "Jordan Peterson"
		}
		if givenNames[low] && nt.cap && !facilityHeads[nextLow] && d.facilityAfter(next) {
			return false // "Simon Fraser University", "John Muir Park": named after a person
		}
		if lowerConnectors[low] && nt.cap {
			return false // "Van Dyke", "De Niro", "Le Pen": a particle of a surname
		}
		if givenNames[low] && (speechVerbs[nextLow] || sportsVerbs[nextLow]) {
			return false // "Jordan said", "Chelsea won"
		}
		if sportsVerbs[nextLow] && !strong {
			return false
		}
		if nonPlaceHeads[nextLow] {
			return false // "Turkey dinner"
		}
		if personFollowers[nextLow] {
			return false
		}
	}
	if m.adj {
		return true
	}
	contained := d.containerFollows(m)
	if strings.Contains(m.text, ".") && !strong && d.p.states[m.text] == nil {
		// dotted abbreviations: only codes of countries and states
		if !d.dotsAbbreviate(m) {
			return false
		}
	}
	if contained || d.dateline(m) {
		return true
	}
	// Sentence-initial words and words the text also uses in lower case
	// need a strong name.
	need := 3.0
	if placePreps[prevLow] || residentNouns[nextLow] && d.toks[next].gap == 1 {
		need = 1.0 // "in Ocala", "Ocala police"
	}
	if s, ok := d.localUnitScore(m); ok {
		need, best = localDivisionNeed, max(best, s) // "Harib district": a unit named after its seat
	}
	if single {
		if d.lower[low] {
			need += 3
		}
		if first.sentStart && !placePreps[prevLow] {
			need += 1.5
		}
		if isUpperAbbrev(m.text) && !strong {
			need += 3
		}
	}
	return best >= need
}

// dotsAbbreviate reports whether every dotted word of m is an
// abbreviation that a place name may hold ("Port St. Lucie", "ST. PAUL").
func (d *doc) dotsAbbreviate(m *mention) bool {
	for k := m.ti; k < m.tj && k < len(d.toks); k++ {
		if w, ok := strings.CutSuffix(d.tokText(k), "."); ok && !abbrevWithDot[w] {
			return false
		}
	}
	return true
}

// stateSchool reports whether tokens [i, j) name a US state other than
// those also called "X State" ("New York State", "Washington State"), so
// that "X State" is a university, its team or an agency
// ("Iowa State", "Oregon State Police") and only X a place.
func (d *doc) stateSchool(i, j int) bool {
	name := d.text[d.toks[i].B:d.toks[j-1].E]
	switch gazetteer.Fold(name) {
	case "new york", "washington":
		return false
	}
	d.buf = d.p.g.AppendLookup(d.buf[:0], name)
	for _, c := range d.buf {
		if c.Kind == gazetteer.KindAdmin1 && c.Match == gazetteer.MatchName && c.Entry.CountryCode == "US" {
			return true
		}
	}
	return false
}

// isTitle reports whether token k is a title before a name: a title word,
// capitalised when it is also an ordinary word ("Miss Kelly", "General
// Lee", but "to miss Rochester", "major Texas cities").
func (d *doc) isTitle(k int) bool {
	w := d.tokLower(k)
	return titles[w] && (!ordinaryTitles[w] || d.toks[k].cap)
}

// ordinaryTitles are titles that are also ordinary words.
var ordinaryTitles = setOf(`miss major general chief deputy officer director coach secretary justice judge sister
brother father`)

// buildingAfter returns the end of the building's head word right after
// token k-1 ("Memorial", "Zoo"), or 0. Longer names are left alone:
// "Dayton City Hall" and "Dayton High School" mention Dayton itself, as
// news corpora annotate them.
func (d *doc) buildingAfter(k int) int {
	if k < len(d.toks) && d.toks[k].word && d.toks[k].cap && d.toks[k].gap == 1 && buildingHeads[d.tokLower(k)] {
		return k + 1
	}
	return 0
}

// facilityAfter reports whether the capitalised words from token k end
// in a facility's head word ("Bailey Community Center").
func (d *doc) facilityAfter(k int) bool {
	for n := k; n < min(k+4, len(d.toks)); n++ {
		if !d.toks[n].word || !d.toks[n].cap || n > k && d.toks[n].gap != 1 {
			return false
		}
		if facilityHeads[d.tokLower(n)] {
			return true
		}
	}
	return false
}

// writtenCode reports whether an all-capitals word is a code news writes
// for a place: an alias ("UAE", "EU"), a state or province abbreviation
// ("NSW", "BC"), a code the gazetteer also holds as a demonym ("US",
// "UK"), or the postal code of a US state or a Canadian or Australian
// division ("NY").
func (d *doc) writtenCode(m *mention) bool {
	if d.p.states[m.text] != nil || d.p.aliases[m.key] != nil || d.p.g.Demonym(m.text) != "" {
		return true
	}
	for _, c := range m.cands {
		if c.match == gazetteer.MatchCode && c.e.Kind == gazetteer.KindAdmin1 && postalCountries[c.e.CountryCode] {
			return true
		}
	}
	return false
}

// postalCountries write their divisions' postal codes in running text
// ("NY", "BC", "NSW").
var postalCountries = map[string]bool{"US": true, "CA": true, "AU": true}

// dateline reports whether m opens a paragraph in capitals and is
// followed by a dash or a comma: a news dateline ("INNISFAIL - ",
// "WASHINGTON, ").
func (d *doc) dateline(m *mention) bool {
	if m.ti > 0 && d.toks[m.ti].gap != 2 {
		return false
	}
	for k := m.ti; k < m.tj; k++ {
		if d.toks[k].word && !d.toks[k].upper {
			return false
		}
	}
	if utf8.RuneCountInString(m.text) < 4 {
		return false
	}
	switch d.tokText(m.tj) {
	case "-", "–", "—", ",", "(":
		return true
	}
	return false
}

// modifiers may precede a place name without being part of it.
var modifiers = setOf(`north south east west northern southern eastern western central northeast northwest southeast
southwest northeastern northwestern southeastern southwestern upper lower greater downtown metro suburban rural
mainland coastal occupied western-backed pro-russian pro-western`)

// endsMention reports whether token k is the last token of a mention.
func (d *doc) endsMention(k int) bool {
	return len(d.ms) > 0 && d.ms[len(d.ms)-1].tj == k+1
}

// isCountryLike reports whether m's best candidates include a country, a
// capital or a division: names that speak ("Russia said") and head names.
func (d *doc) isCountryLike(m *mention) bool {
	for _, c := range m.cands[:min(3, len(m.cands))] {
		if c.match == gazetteer.MatchShort {
			continue
		}
		switch c.e.Kind {
		case gazetteer.KindCountry, gazetteer.KindAdmin1, gazetteer.KindRegion:
			return true
		}
		if c.e.FeatureCode == "PPLC" {
			return true
		}
	}
	return false
}

// containerFollows reports whether ", X" follows m where X is a division
// or country that holds one of m's candidates ("Bangor, Maine").
func (d *doc) containerFollows(m *mention) bool {
	_, ok := d.containerAfter(m)
	return ok
}

// seatPopFloor is the log10 population credited to a seat of a division
// whose population GeoNames does not give (0): cities500 keeps every
// seat, and a seat is a town of some size, not a hamlet ("Ra’s al ‘Ayn",
// seat of a Syrian district, has no population in GeoNames).
var seatPopFloor = map[string]float64{"PPLA": 4.0, "PPLA2": 3.5}

// unknownPopBonus is what a seat without a population gains over its
// gazetteer prior when candidates are ranked, and when a name of more
// than one word is taken for a place (a single capitalised word needs a
// name of weight).
func unknownPopBonus(e *gazetteer.Entry) float64 {
	if e.Kind != gazetteer.KindPlace || e.Population != 0 {
		return 0
	}
	return seatPopFloor[e.FeatureCode]
}

// afterPlacePrep reports whether a place preposition stands before m,
// across an article ("at the White House", "outside the Kremlin").
func (d *doc) afterPlacePrep(m *mention) bool {
	k := m.ti - 1
	if d.tokLower(k) == "the" {
		k--
	}
	return placePreps[d.tokLower(k)]
}
