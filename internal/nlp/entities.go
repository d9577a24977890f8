package nlp

import (
	"sort"
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// ent is an entity with its token range.
type ent struct {
	model.Entity
	first, end int
	// nameFirst is the first token of a person's name (after the title).
	nameFirst int
}

// entities finds named entities: lexicon matches (places, organisations,
// nationalities, equipment), capitalised runs classified by their titles,
// suffixes and given names, people's roles, and simple coreference.
func (t *text) entities() []ent {
	toks := t.toks
	taken := make([]bool, len(toks))
	inRole := make([]bool, len(toks))
	var out []ent
	add := func(e ent) {
		for k := e.first; k < e.end; k++ {
			taken[k] = true
		}
		e.Text = t.str(e.first, e.end)
		e.Span = t.span(e.first, e.end)
		e.Embed = t.embed
		if e.Canonical == "" {
			e.Canonical = e.Text
		}
		out = append(out, e)
	}
	for i := 0; i < len(toks); i++ {
		tk := &toks[i]
		switch tk.kind {
		case tkHandle:
			if le := lex.handles[tk.low]; le != nil {
				add(entFromLex(le, i, i+1))
			}
			continue
		case tkWord:
		default:
			continue
		}
		if taken[i] {
			continue
		}
		if tk.is(fUpper) {
			r := t.runAt(i)
			if r > i {
				t.classifyRun(i, r, taken, inRole, add)
				i = r - 1
				continue
			}
		}
		if le, e := lex.names.match(toks, i); le != nil {
			add(entFromLex(le, i, e))
			i = e - 1
			continue
		}
		if w := compoundNationality(tk.low); w != "" && tk.is(fUpper) {
			add(ent{Entity: model.Entity{Kind: model.EntityNationality}, first: i, end: i + 1})
		}
	}
	t.quotedOperations(&out, taken, add)
	out = t.coreference(out, taken)
	sort.SliceStable(out, func(a, b int) bool { return out[a].first < out[b].first })
	return out
}

func entFromLex(le *lexEntry, i, j int) ent {
	e := ent{Entity: model.Entity{Kind: le.kind, Canonical: le.canonical, Country: le.country}, first: i, end: j, nameFirst: i}
	if len(le.aliases) > 0 {
		e.Aliases = append([]string(nil), le.aliases...)
	}
	return e
}

// runConnectors may join capitalised words inside a name: "Security
// Service of Ukraine", "Institute for the Study of War".
var runConnectors = setOf("of", "for", "the", "de", "du", "da", "la", "von", "van", "der", "al", "bin", "and", "&", "on", "'s")

// runAt returns the end of the capitalised run starting at token i (i
// itself when there is none).
func (t *text) runAt(i int) int {
	toks := t.toks
	j := i
	for j < len(toks) {
		tk := &toks[j]
		if j > i && (tk.is(fNewline) || tk.is(fCamel) && !tk.is(fSpace) || t.sent[j] != t.sent[i]) {
			break
		}
		if tk.kind == tkWord && tk.is(fUpper) {
			j++
			continue
		}
		if tk.kind == tkWord && runConnectors[tk.low] && j > i && j+1 < len(toks) {
			// the connector must lead to another capitalised word
			k := j + 1
			if toks[k].low == "the" && k+1 < len(toks) {
				k++
			}
			if toks[k].kind == tkWord && toks[k].is(fUpper) && t.sent[k] == t.sent[i] && !toks[k].is(fNewline) {
				if tk.low == "'s" {
					// "Spider's Web", but not "Ukraine's President"
					if le, e := lex.names.match(toks, i); le != nil && e == j {
						break
					}
				}
				if tk.low == "and" || tk.low == "&" || tk.low == "on" {
					// joins only inside organisation names
					if !orgSuffixAhead(toks, k) {
						break
					}
				}
				j = k
				continue
			}
		}
		break
	}
	return j
}

// orgSuffixAhead reports whether the capitalised run from k ends with an
// organisation suffix.
func orgSuffixAhead(toks []token, k int) bool {
	for ; k < len(toks) && toks[k].kind == tkWord && toks[k].is(fUpper); k++ {
		if orgSuffixes[toks[k].low] && (k+1 >= len(toks) || !toks[k+1].is(fUpper)) {
			return true
		}
	}
	return false
}

// classifyRun turns the capitalised run [i, r) into entities.
func (t *text) classifyRun(i, r int, taken, inRole []bool, add func(ent)) {
	toks := t.toks
	// Drop a sentence-initial common word: "The", "However", "Defense".
	for i < r && (stopWords[toks[i].low] || sentenceOpeners[toks[i].low] || i == t.sentenceOf(i).first && commonCapital(toks[i].low)) {
		if le, e := lex.names.match(toks, i); le != nil && e > i {
			break
		}
		i++
	}
	if i >= r {
		return
	}
	// the whole run is a lexicon entry
	if le, e := lex.names.match(toks, i); le != nil && e == r {
		add(entFromLex(le, i, r))
		return
	}
	last := toks[r-1].low
	// Operation names: "Operation Spider's Web", "Shangri-La Dialogue"
	sen := t.sentenceOf(i)
	heading := i == sen.first && r >= sen.end-1
	if toks[i].low == "operation" && r-i > 1 || last == "operation" && r-i > 1 || eventSuffixes[last] && r-i > 1 && !heading {
		name := t.str(i, r)
		if last == "operation" {
			name = "Operation " + t.str(i, r-1)
		}
		add(ent{Entity: model.Entity{Kind: model.EntityOperation, Canonical: name}, first: i, end: r})
		return
	}
	// People: a title then a name; a given name; a speaker.
	if !inRole[i] {
		if e, ok := t.personInRun(i, r); ok {
			// lexicon entities inside the title ("Lithuanian")
			for k := i; k < e.nameFirst; {
				if le, j := lex.names.match(toks, k); le != nil && j <= e.nameFirst {
					add(entFromLex(le, k, j))
					k = j
					continue
				}
				k++
			}
			e.Role = t.preRole(i, e.nameFirst)
			if rs, re, role := t.apposition(r); role != "" {
				if e.Role != "" {
					e.Role += ", " + role
				} else {
					e.Role = role
				}
				for k := rs; k < re; k++ {
					inRole[k] = true
				}
			}
			first := e.first
			e.first = e.nameFirst
			add(e)
			_ = first
			return
		}
	}
	// Organisations and places by their last word ("Simon Fraser
	// University", "Irkutsk Oblast", "Belaya Air Base"), or by the word
	// before "of" ("Security Service of Ukraine").
	head := last
	for k := i; k < r; k++ {
		if toks[k].low == "of" && k > i {
			head = toks[k-1].low
			break
		}
	}
	if orgSuffixes[head] || orgSuffixes[last] {
		add(ent{Entity: model.Entity{Kind: model.EntityOrg}, first: i, end: r})
		return
	}
	if placeSuffixes[last] && r-i > 1 {
		add(ent{Entity: model.Entity{Kind: model.EntityPlace}, first: i, end: r})
		return
	}
	// Otherwise: lexicon entries inside the run; an unknown acronym is an
	// organisation.
	for k := i; k < r; {
		if le, j := lex.names.match(toks, k); le != nil {
			add(entFromLex(le, k, j))
			k = j
			continue
		}
		if toks[k].is(fAllCaps) && len(toks[k].text) <= 6 && r-i == 1 && !titleWords[toks[k].low] && !notOrgAcronyms[toks[k].low] {
			add(ent{Entity: model.Entity{Kind: model.EntityOrg}, first: k, end: k + 1})
		} else if w := compoundNationality(toks[k].low); w != "" {
			add(ent{Entity: model.Entity{Kind: model.EntityNationality}, first: k, end: k + 1})
		}
		k++
	}
}

// personInRun finds a person's name in the run [i, r): after the last title
// word, or a run starting with a given name, or a run next to a speech verb.
func (t *text) personInRun(i, r int) (ent, bool) {
	toks := t.toks
	lastTitle := -1
	for k := i; k < r; k++ {
		if titleWords[toks[k].low] {
			lastTitle = k
		}
	}
	nameOK := func(a, b int) bool {
		if b-a < 1 || b-a > 4 {
			return false
		}
		for k := a; k < b; k++ {
			w := toks[k].low
			if titleWords[w] || roleDomains[w] && !givenNames[w] || stopWords[w] || orgSuffixes[w] || placeSuffixes[w] || eventSuffixes[w] {
				return false
			}
			if le, _ := lex.names.match(toks, k); le != nil && le.kind != model.EntityPerson && le.kind != model.EntityEquipment {
				return false
			}
		}
		return true
	}
	if lastTitle >= 0 && lastTitle+1 < r && nameOK(lastTitle+1, r) {
		return ent{Entity: model.Entity{Kind: model.EntityPerson}, first: i, end: r, nameFirst: lastTitle + 1}, true
	}
	if givenNames[toks[i].low] && r-i >= 2 && nameOK(i, r) {
		return ent{Entity: model.Entity{Kind: model.EntityPerson}, first: i, end: r, nameFirst: i}, true
	}
	if r-i >= 2 && r-i <= 3 && nameOK(i, r) {
		before := i > 0 && speechVerbs[toks[i-1].low]
		after := r < len(toks) && (speechVerbs[toks[r].low] || toks[r].text == "," && t.apposStarts(r+1))
		if before || after {
			return ent{Entity: model.Entity{Kind: model.EntityPerson}, first: i, end: r, nameFirst: i}, true
		}
	}
	return ent{}, false
}

// preRole returns the title before a name: the run's own title words
// ("Lithuanian Defense Minister") and lower-case role words just before
// the run ("defence minister").
func (t *text) preRole(i, nameFirst int) string {
	toks := t.toks
	s := i
	for s > 0 {
		w := toks[s-1].low
		if toks[s-1].kind == tkWord && !toks[s-1].is(fUpper) && (titleWords[w] || roleDomains[w]) && !stopWords[w] {
			s--
			continue
		}
		break
	}
	if s >= nameFirst {
		return ""
	}
	return t.str(s, nameFirst)
}

// apposStarts reports whether token k can begin an apposition giving a
// role: "Assistant Professor …", "a spokesman for …", "the head of …".
func (t *text) apposStarts(k int) bool {
	toks := t.toks
	if k >= len(toks) || toks[k].kind != tkWord {
		return false
	}
	w := toks[k].low
	if w == "a" || w == "an" || w == "the" {
		if k+1 >= len(toks) {
			return false
		}
		k++
		w = toks[k].low
	}
	for n := 0; n < 4 && k < len(toks) && toks[k].kind == tkWord; n++ {
		w = toks[k].low
		if titleWords[w] {
			return true
		}
		if !roleDomains[w] && !(toks[k].is(fUpper) && !stopWords[w]) {
			return false
		}
		k++
	}
	return false
}

// apposition reads ", ROLE" after a name at token r: up to the end of the
// sentence, a closing quote, or ", said".
func (t *text) apposition(r int) (int, int, string) {
	toks := t.toks
	if r >= len(toks) || toks[r].text != "," || !t.apposStarts(r+1) || t.sent[r] != t.sent[r-1] {
		return 0, 0, ""
	}
	s := r + 1
	e := s
	sentEnd := t.sentenceOf(r).end
	for e < sentEnd && e-s <= 30 {
		tk := &toks[e]
		if tk.kind == tkPunct {
			if tk.text == "," && e+1 < sentEnd && (speechVerbs[toks[e+1].low] || stopWords[toks[e+1].low] && !runConnectors[toks[e+1].low]) {
				break
			}
			if tk.text == "." || tk.text == ";" || tk.text == "”" || tk.text == "“" || tk.text == "\"" || tk.text == "(" || tk.text == "—" || tk.text == "?" || tk.text == "!" {
				break
			}
		}
		if tk.kind == tkWord && (speechVerbs[tk.low] || tk.low == "who" || tk.low == "which") && !toks[e].is(fUpper) {
			break
		}
		e++
	}
	if e <= s || e-s > 30 {
		return 0, 0, ""
	}
	first := s
	if w := toks[s].low; w == "a" || w == "an" || w == "the" {
		first = s + 1
	}
	return s, e, t.str(first, e)
}

// commonCapital reports whether a capitalised sentence-initial word is a
// common word rather than a name: it is not in any lexicon and not a given
// name.
func commonCapital(w string) bool {
	if givenNames[w] {
		return false
	}
	if _, ok := months[w]; ok {
		return false
	}
	return stopWords[w] || sentenceOpeners[w] || roleDomains[w] || commonWords[w]
}

// commonWords start sentences often and name nothing.
var commonWords = setOf("while", "after", "since", "although", "earlier", "later", "however", "meanwhile",
	"despite", "during", "until", "unless", "because", "instead", "still", "yet", "again", "perhaps", "indeed",
	"overall", "ultimately", "officials", "analysts", "experts", "sources", "residents", "witnesses",
	"soldiers", "troops", "forces", "ukraine's", "russia's", "here", "there", "drone", "drones", "strike",
	"strikes", "attack", "attacks", "implications", "wait", "read", "watch", "related", "photo", "video",
	"image", "advertisement", "update", "breaking", "exclusive", "analysis", "opinion", "comment", "editor's",
	"note", "see", "more", "share", "follow", "subscribe", "sign", "click", "local", "military", "western",
	"eastern", "northern", "southern", "several", "two", "three", "four", "five", "one", "both", "neither",
	"either", "first", "second", "third", "new", "old", "former", "top", "senior", "defense", "defence")

// orgSuffixes make a capitalised name an organisation.
var orgSuffixes = setOf("university", "ministry", "service", "services", "agency", "forces", "army", "navy",
	"council", "committee", "party", "institute", "institution", "command", "corporation", "corp", "company",
	"group", "bank", "post", "times", "news", "guard", "guards", "police", "office", "department", "parliament",
	"government", "commission", "organization", "organisation", "union", "alliance", "court", "academy",
	"school", "college", "centre", "center", "foundation", "association", "federation", "brigade", "battalion",
	"regiment", "division", "corps", "fleet", "directorate", "bureau", "network", "tribune", "herald",
	"journal", "gazette", "press", "media", "inc", "ltd", "llc", "plc", "gmbh", "ag", "sa", "co", "embassy",
	"staff", "headquarters", "kremlin", "pentagon", "assembly", "senate", "congress", "duma", "rada", "cabinet",
	"movement", "front", "brotherhood", "legion", "militia", "authority", "administration", "secretariat")

// eventSuffixes make a capitalised name an event or operation.
var eventSuffixes = setOf("dialogue", "summit", "conference", "forum", "offensive", "counteroffensive",
	"exercise", "exercises", "games", "olympics", "war", "operation", "uprising", "revolution",
	"talks", "festival", "parade", "crisis", "massacre", "siege", "battle")

// compoundNationality returns w when it is a compound of nationality
// prefixes: "sino-soviet", "russo-ukrainian".
func compoundNationality(w string) string {
	if strings.IndexByte(w, '-') < 0 {
		return ""
	}
	for _, p := range strings.Split(w, "-") {
		if _, ok := nationalityPrefixes[p]; ok {
			continue
		}
		if _, ok := lex.demonyms[p]; ok {
			continue
		}
		return ""
	}
	return w
}

// quotedOperations finds operations named in quotes: "the “Spider’s Web”
// Operation", "Operation “Spiderweb”".
func (t *text) quotedOperations(out *[]ent, taken []bool, add func(ent)) {
	toks := t.toks
	for i := 0; i < len(toks); i++ {
		if toks[i].low != "operation" || !toks[i].is(fUpper) || taken[i] {
			continue
		}
		// before: “…” Operation
		if i > 1 && isCloseQuote(toks[i-1].text) {
			for k := i - 2; k >= 0 && i-k <= 7; k-- {
				if isOpenQuote(toks[k].text) {
					name := t.str(k+1, i-1)
					add(ent{Entity: model.Entity{Kind: model.EntityOperation, Canonical: "Operation " + name}, first: k, end: i + 1})
					break
				}
			}
			continue
		}
		// after: Operation “…”
		if i+2 < len(toks) && isOpenQuote(toks[i+1].text) {
			for k := i + 2; k < len(toks) && k-i <= 7; k++ {
				if isCloseQuote(toks[k].text) {
					name := t.str(i+2, k)
					add(ent{Entity: model.Entity{Kind: model.EntityOperation, Canonical: "Operation " + name}, first: i, end: k + 1})
					break
				}
			}
		}
	}
}

func isOpenQuote(s string) bool {
	return s == "“" || s == "\"" || s == "«" || s == "„" || s == "‘"
}
func isCloseQuote(s string) bool {
	return s == "”" || s == "\"" || s == "»" || s == "“" || s == "’"
}

// eventNouns refer back to an operation: "the strike".
var eventNouns = setOf("strike", "attack", "operation", "raid", "assault", "offensive")

// coreference links a bare surname or a possessive to the person named in
// full, a head word to a multi-word place or organisation, an acronym to
// its expansion, and "the strike" to the operation.
func (t *text) coreference(out []ent, taken []bool) []ent {
	toks := t.toks
	byWord := map[string]int{} // lower-case token → index in out of the full mention
	for k, e := range out {
		switch e.Kind {
		case model.EntityPerson:
			if e.end-e.first >= 2 {
				byWord[toks[e.end-1].low] = k
			}
		case model.EntityPlace, model.EntityOrg, model.EntityOperation:
			if e.end-e.first >= 2 && toks[e.first].is(fUpper) && !titleWords[toks[e.first].low] && !commonCapital(toks[e.first].low) {
				if _, ok := byWord[toks[e.first].low]; !ok && toks[e.first].low != "operation" {
					byWord[toks[e.first].low] = k
				}
			}
		}
	}
	// "Long Name (ACR)": the acronym becomes an alias
	for k := range out {
		e := &out[k]
		if e.end+2 < len(toks) && toks[e.end].text == "(" && toks[e.end+2].text == ")" && toks[e.end+1].is(fAllCaps) {
			acr := toks[e.end+1].text
			if !contains(e.Aliases, acr) {
				e.Aliases = append(e.Aliases, acr)
			}
			byWord[toks[e.end+1].low] = k
		}
	}
	n := len(out)
	var ops []int
	for k := 0; k < n; k++ {
		if out[k].Kind == model.EntityOperation && !out[k].Coref {
			ops = append(ops, k)
		}
	}
	sort.Slice(ops, func(a, b int) bool { return out[ops[a]].first < out[ops[b]].first })
	for i := range toks {
		tk := &toks[i]
		if taken[i] || tk.kind != tkWord {
			continue
		}
		if tk.is(fUpper) {
			k, ok := byWord[tk.low]
			if !ok || (i == t.sentenceOf(i).first && commonCapital(tk.low)) {
				continue
			}
			ref := out[k]
			if ref.first <= i && i < ref.end {
				continue
			}
			e := ent{Entity: model.Entity{Kind: ref.Kind, Text: tk.text, Span: t.span(i, i+1), Canonical: ref.Canonical,
				Role: ref.Role, Country: ref.Country, Coref: true, Embed: t.embed}, first: i, end: i + 1}
			if ref.Kind == model.EntityPerson {
				e.Canonical = t.str(ref.nameFirst, ref.end)
			}
			out = append(out, e)
			taken[i] = true
			continue
		}
		// "the strike" → the operation
		if eventNouns[tk.low] && i > 0 && (toks[i-1].low == "the" || toks[i-1].low == "this") {
			if k := nearestOperation(out, ops, i, t); k >= 0 {
				out = append(out, ent{Entity: model.Entity{Kind: model.EntityOperation, Text: t.str(i-1, i+1), Span: t.span(i-1, i+1),
					Canonical: out[k].Canonical, Coref: true, Embed: t.embed}, first: i - 1, end: i + 1})
			}
		}
	}
	return out
}

// nearestOperation returns the operation entity a reference at token i
// most likely means: one later in the same sentence, else the nearest
// before, else the next one within two sentences. ops holds the indexes of
// the operation entities in out, sorted by position.
func nearestOperation(out []ent, ops []int, i int, t *text) int {
	k := sort.Search(len(ops), func(k int) bool { return out[ops[k]].first > i })
	var before, after = -1, -1
	if k > 0 {
		before = ops[k-1]
		if out[before].end > i {
			before = -1 // a reference inside the operation's name
		}
	}
	if k < len(ops) {
		after = ops[k]
	}
	if after >= 0 && t.sent[out[after].first] == t.sent[i] {
		return after
	}
	if before >= 0 {
		return before
	}
	if after >= 0 && int(t.sent[out[after].first])-int(t.sent[i]) <= 2 {
		return after
	}
	return -1
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// notOrgAcronyms are capitalised abbreviations that name no organisation.
var notOrgAcronyms = setOf("gdp", "gnp", "ceo", "cfo", "tv", "uav", "uavs", "pm", "am", "id", "hq", "ok", "usd",
	"eur", "gmt", "utc", "dna", "covid", "ai", "it", "pr", "vip", "faq", "pdf", "km", "mw", "gw", "kw", "lng",
	"icbm", "icbms", "slbm", "fpv", "ew", "mlrs", "apc", "ifv", "mbt", "sam", "manpads", "rpg", "ied", "mia",
	"pow", "pows", "kia", "wia", "i", "ii", "iii", "iv", "v", "vi", "a", "the", "and", "of", "in", "on", "to")
