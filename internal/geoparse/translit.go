package geoparse

import (
	"strings"

	"github.com/geowire/geowire/internal/gazetteer"
)

// Arabic names reach English news in many romanisations: "Ras al-Ain"
// is GeoNames' "Ra’s al ‘Ayn", "Deir al-Zour" its "Dayr az Zawr",
// "al-Suwayda" its "As Suwayda". The gazetteer keeps the alternate
// names GeoNames lists, but not every spelling a newsroom uses. When a
// name with an Arabic article matches nothing as written, translitKeys
// writes it in the other usual ways: the article as "al", "el", or
// assimilated to a following sun letter ("ar Raqqah", "as Suwayda",
// "ash Shaddadi", also with "e": "ez Zor"), or left out, and a word
// spelled with the common vowel variants ("Ain"/"Ayn", "Sheikh"/
// "Shaykh", "Deir"/"Dayr", a final "-a"/"-ah"). The rules are general
// transliteration conventions (ALA-LC, BGN/PCGN and French-influenced
// spellings), not a list of places.

// arabicArticles are the folded forms of the Arabic article written as a
// word of its own ("al", "el", assimilated "ar", "ash", "ez").
var arabicArticles = setOf(`al el ul il ad ar as ash at az an ath adh ed er es esh et ez en`)

// sunPrefixes are the sun letters, as romanised, that the article
// assimilates to, longest first.
var sunPrefixes = []string{"th", "dh", "sh", "zh", "t", "d", "r", "z", "s", "n"}

// maxTranslitKeys caps the spellings tried for one name.
const maxTranslitKeys = 48

// hasArabicArticle reports whether the folded key has an article word
// before another word.
func hasArabicArticle(key string) bool {
	for rest := key; ; {
		w, after, ok := strings.Cut(rest, " ")
		if !ok {
			return false
		}
		if arabicArticles[w] {
			return true
		}
		rest = after
	}
}

// articleForms returns the spellings of an article before word next.
func articleForms(next string) []string {
	out := []string{"al", "el"}
	for _, p := range sunPrefixes {
		if strings.HasPrefix(next, p) {
			out = append(out, "a"+p, "e"+p)
			break
		}
	}
	return append(out, "") // no article: "Tal Abyad", "Bab"
}

// wordForms returns the spellings tried for one word of an Arabic name,
// the word itself first.
func wordForms(w string) []string {
	out := []string{w}
	add := func(s string) {
		if s != "" && s != w {
			for _, o := range out {
				if o == s {
					return
				}
			}
			out = append(out, s)
		}
	}
	switch w {
	case "ain", "ein", "ayn":
		add("ayn")
		add("ain")
		add("ein")
		return out
	case "sheikh", "sheik", "shaikh", "shaykh", "cheikh":
		add("shaykh")
		add("sheikh")
		return out
	case "deir", "dair", "dayr":
		add("dayr")
		add("deir")
		return out
	case "tel", "tell", "tal", "tall":
		add("tall")
		add("tal")
		add("tel")
		return out
	case "abu", "abou":
		add("abu")
		return out
	}
	if strings.Contains(w, "ou") {
		add(strings.ReplaceAll(w, "ou", "u")) // "Zour" → "Zur" (French-style "ou")
	}
	if strings.Contains(w, "ei") {
		add(strings.ReplaceAll(w, "ei", "ay")) // "Beit" → "Bayt"
	}
	if strings.Contains(w, "ee") {
		add(strings.ReplaceAll(w, "ee", "i")) // "Sheeba" → "Shiba"
	}
	switch {
	case strings.HasSuffix(w, "ah"):
		add(strings.TrimSuffix(w, "h"))
	case strings.HasSuffix(w, "eh"):
		add(strings.TrimSuffix(w, "eh") + "ah")
	case strings.HasSuffix(w, "a"):
		add(w + "h")
	}
	return out
}

// translitKeys returns other spellings of a folded name with an Arabic
// article, the most likely first, without the name itself.
func translitKeys(key string) []string {
	ws := strings.Fields(key)
	if len(ws) < 2 {
		return nil
	}
	forms := make([][]string, len(ws))
	for i, w := range ws {
		if arabicArticles[w] && i+1 < len(ws) {
			forms[i] = append([]string{w}, articleForms(ws[i+1])...)
		} else {
			forms[i] = wordForms(w)
		}
	}
	// enumerate the product, varying the fewest words first: one word,
	// then two, then any
	var out []string
	seen := map[string]bool{key: true}
	idx := make([]int, len(ws))
	var rec func(i, changes, budget int)
	var sb strings.Builder
	emit := func() {
		sb.Reset()
		for i, k := range idx {
			f := forms[i][k]
			if f == "" {
				continue
			}
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(f)
		}
		s := sb.String()
		if !seen[s] && strings.Contains(s, " ") {
			seen[s] = true
			out = append(out, s)
		}
	}
	rec = func(i, changes, budget int) {
		if len(out) >= maxTranslitKeys {
			return
		}
		if i == len(ws) {
			if changes == budget {
				emit()
			}
			return
		}
		for k, f := range forms[i] {
			c := changes
			switch {
			case f == "":
				c += 2 // leaving the article out is the least likely
			case k > 0:
				c++
			}
			if c > budget {
				continue
			}
			idx[i] = k
			rec(i+1, c, budget)
		}
		idx[i] = 0
	}
	for budget := 1; budget <= len(ws)+1 && len(out) < maxTranslitKeys; budget++ {
		rec(0, 0, budget)
	}
	return out
}

// translitCandidates looks up the other spellings of m's name when it
// writes an Arabic article (joined by a hyphen, "al-Ain", "ez-Zor", or
// as "al"/"el" between capitalised words, "Ras Al Ain"), and adds the
// candidates of the first spelling the gazetteer knows, as alternate-name
// matches. It reports whether any was found.
func (d *doc) translitCandidates(m *mention) bool {
	if !writesArticle(m.text) || strings.Count(m.key, " ") > 4 || !hasArabicArticle(m.key) {
		return false
	}
	for _, k := range translitKeys(m.key) {
		d.buf = d.p.g.AppendLookup(d.buf[:0], k)
		found := false
		for _, c := range d.buf {
			if c.Match == gazetteer.MatchCode || c.Match == gazetteer.MatchDemonym || dup(m.cands, c.Entry) {
				continue
			}
			if len(m.cands) >= 48 {
				break
			}
			base := c.Score
			if c.Match == gazetteer.MatchName {
				base -= 0.3 // an alternate spelling, as GeoNames' alternate names
			}
			m.cands = append(m.cands, cand{e: c.Entry, base: base, match: gazetteer.MatchAlternate})
			found = true
		}
		if found {
			return true
		}
	}
	return false
}

// writesArticle reports whether a name as written holds an Arabic
// article: a particle joined to the next word by a hyphen ("al-Ain",
// "ash-Shaddadi") or a separate "al"/"el" ("Ras Al Ain").
func writesArticle(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '-' || i == 0 {
			continue
		}
		j := i
		for j > 0 && s[j-1] >= 'a' && s[j-1] <= 'z' || j > 0 && s[j-1] >= 'A' && s[j-1] <= 'Z' {
			j--
		}
		if (j == 0 || s[j-1] == ' ' || s[j-1] == '-') && arabicArticles[strings.ToLower(s[j:i])] {
			return true
		}
	}
	for _, a := range []string{" al ", " Al ", " el ", " El "} {
		if strings.Contains(s, a) {
			return true
		}
	}
	return false
}
