package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// guessLang names the language of text (en, ru, uk, fr, de, es, ar) by
// counting frequent function words in its first words, or returns "" when
// no language has enough of them. It is a cheap guess, not a classifier:
// Russian and Ukrainian are told apart by words only one of them uses.
func guessLang(text string) string {
	const maxWords, minHits = 500, 3
	var counts [len(langOrder)]int
	words := 0
	var buf [64]byte
	for i := 0; i < len(text) && words < maxWords; {
		// One word: a run of letters (and apostrophes).
		if c := text[i]; c < utf8.RuneSelf && !isASCIILetter(c) {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		w := buf[:0]
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				if !isASCIILetter(c) && c != '\'' {
					break
				}
				if len(w) < len(buf) {
					w = append(w, c|0x20) // lower-case; keeps the apostrophe
				}
				i++
				continue
			}
			r, n = utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && r != '’' {
				break
			}
			if len(w)+utf8.UTFMax <= len(buf) {
				w = utf8.AppendRune(w, unicode.ToLower(r))
			}
			i += n
		}
		words++
		if lang, ok := stopWords[string(w)]; ok {
			counts[lang]++
		}
	}
	best, n := "", 0
	for k, lang := range langOrder {
		if counts[k] > n {
			best, n = lang, counts[k]
		}
	}
	if n < minHits || n*20 < words {
		return ""
	}
	return best
}

var langOrder = [...]string{"en", "ru", "uk", "fr", "de", "es", "ar"}

// stopWords maps a frequent word to the index in langOrder of the one
// language it marks. Words shared
// by two of the languages (Russian and Ukrainian "на", "не") are left out.
var stopWords = func() map[string]int {
	m := map[string]int{}
	for lang, ws := range map[string]string{
		"en": "the of and to in is that for was on with as by from has have are were it its this which said",
		"ru": "и в что это как с по от который был была были его она они для при также или уже только",
		"uk": "і та що це як з від який був була були його вона вони для при також або вже тільки у й",
		"fr": "le la les des est et une un du dans que qui pour sur pas au aux ce sont été avec",
		"de": "der die das und ist nicht ein eine mit den dem auf für von zu sich des im wurde sind",
		"es": "el la los las y en que del se por una un para con es su al lo como más fue",
		"ar": "في من على إلى أن التي الذي عن مع هذا هذه كان قد بين",
	} {
		k := slices.Index(langOrder[:], lang)
		for _, w := range strings.Fields(ws) {
			if _, dup := m[w]; dup {
				m[w] = -1 // shared: marks no language
				continue
			}
			m[w] = k
		}
	}
	for w, l := range m {
		if l < 0 {
			delete(m, w)
		}
	}
	return m
}()
