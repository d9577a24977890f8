package nlp

import (
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// lexEntry is what a lexicon phrase names.
type lexEntry struct {
	kind      string
	canonical string
	country   string
	aliases   []string
	exact     string // the phrase must be written exactly so (acronyms)
	anyCase   bool   // lower-case text matches too (equipment classes)
}

// trieNode is a node of a trie keyed by lower-case tokens: lexicon lookups
// cost one map probe per token and never a regular expression.
type trieNode struct {
	next  map[string]*trieNode
	entry *lexEntry
}

func (n *trieNode) add(phrase string, e *lexEntry) {
	toks := tokenize(phrase)
	if len(toks) == 0 {
		return
	}
	cur := n
	for _, t := range toks {
		if cur.next == nil {
			cur.next = map[string]*trieNode{}
		}
		nx := cur.next[t.low]
		if nx == nil {
			nx = &trieNode{}
			cur.next[t.low] = nx
		}
		cur = nx
	}
	if cur.entry == nil || cur.entry.kind == model.EntityNationality && e.kind != model.EntityNationality {
		cur.entry = e
	}
}

// match returns the longest entry starting at token i and the index after
// it.
func (n *trieNode) match(toks []token, i int) (*lexEntry, int) {
	var best *lexEntry
	bestEnd := i
	cur := n
	for j := i; j < len(toks) && cur.next != nil; j++ {
		if j > i && toks[j].is(fNewline) {
			break
		}
		nx := cur.next[toks[j].low]
		if nx == nil {
			break
		}
		cur = nx
		if e := cur.entry; e != nil && acceptable(e, toks, i, j+1) {
			best, bestEnd = e, j+1
		}
	}
	return best, bestEnd
}

func acceptable(e *lexEntry, toks []token, i, j int) bool {
	if e.exact != "" {
		return j == i+1 && toks[i].text == e.exact
	}
	if e.anyCase {
		return true
	}
	return toks[i].is(fUpper)
}

// lexicon is the compiled set of gazetteers and word lists.
type lexicon struct {
	names   *trieNode            // places, organisations, nationalities, equipment
	handles map[string]*lexEntry // lower-case "@servicessu"
	// demonyms maps a lower-case one-word nationality to its country.
	demonyms map[string]string
}

var lex = buildLexicon()

func buildLexicon() *lexicon {
	l := &lexicon{names: &trieNode{}, handles: map[string]*lexEntry{}, demonyms: map[string]string{}}
	for _, line := range lines(countryTable) {
		f := strings.Split(line, "|")
		if len(f) < 3 {
			continue
		}
		names := strings.Split(f[1], ";")
		e := &lexEntry{kind: model.EntityPlace, canonical: names[0], country: f[0]}
		for _, n := range names {
			if isAcronym(n) {
				l.names.add(n, &lexEntry{kind: e.kind, canonical: e.canonical, country: e.country, exact: n})
				continue
			}
			l.names.add(n, e)
		}
		for _, d := range strings.Split(f[2], ";") {
			l.demonyms[strings.ToLower(d)] = f[0]
			l.names.add(d, &lexEntry{kind: model.EntityNationality, canonical: strings.Split(f[2], ";")[0], country: f[0]})
		}
	}
	for _, line := range lines(placeTable) {
		f := strings.Split(line, "|")
		names := strings.Split(f[0], ";")
		e := &lexEntry{kind: model.EntityPlace, canonical: names[0]}
		if len(f) > 1 {
			e.country = f[1]
		}
		for _, n := range names {
			l.names.add(n, e)
		}
	}
	for _, line := range lines(orgTable) {
		f := strings.Split(line, "|")
		for len(f) < 4 {
			f = append(f, "")
		}
		acrs := splitNonEmpty(f[0])
		names := splitNonEmpty(f[1])
		handles := splitNonEmpty(f[3])
		if len(names) == 0 {
			continue
		}
		var aliases []string
		aliases = append(aliases, acrs...)
		aliases = append(aliases, names[1:]...)
		aliases = append(aliases, handles...)
		e := &lexEntry{kind: model.EntityOrg, canonical: names[0], country: f[2], aliases: aliases}
		for _, n := range names {
			if isAcronym(n) {
				l.names.add(n, &lexEntry{kind: e.kind, canonical: e.canonical, country: e.country, aliases: aliases, exact: n})
				continue
			}
			l.names.add(n, e)
		}
		for _, a := range acrs {
			l.names.add(a, &lexEntry{kind: e.kind, canonical: e.canonical, country: e.country, aliases: aliases, exact: a})
		}
		for _, h := range handles {
			l.handles[strings.ToLower(h)] = e
		}
	}
	for _, line := range lines(equipmentTable) {
		f := strings.Split(line, "|")
		canon := f[0]
		if len(f) > 1 {
			canon = f[1]
		}
		e := &lexEntry{kind: model.EntityEquipment, canonical: canon, anyCase: strings.ToLower(f[0]) == f[0]}
		l.names.add(f[0], e)
	}
	return l
}

func lines(table string) []string {
	var out []string
	for _, l := range strings.Split(table, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func splitNonEmpty(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// isAcronym reports whether s is written in capitals only ("UK", "U.S.",
// "SBU", "G7").
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= 'a' && r <= 'z':
			if !(len(s) <= 4 && r == 'o') { // "DoD", "MoD"
				return false
			}
		}
	}
	return letters >= 2 && len(s) <= 6
}
