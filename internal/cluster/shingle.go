package cluster

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ShingleWords is the number of words in a shingle.
const ShingleWords = 5

// fold maps the Latin letters with diacritics (U+00C0–U+024F) to their
// base letter, so that "Šakalienė" and "Sakaliene" are one word; 0 means
// no folding.
var fold [0x250 - 0xC0]rune

func init() {
	for r := rune(0xC0); r < 0x250; r++ {
		d := norm.NFD.String(string(r))
		if b, _ := utf8.DecodeRuneInString(d); b < utf8.RuneSelf && unicode.IsLetter(b) {
			fold[r-0xC0] = unicode.ToLower(b)
		}
	}
}

// isApostrophe reports whether r joins the two halves of a word
// ("Ukraine's", "Ukraine’s" and "Ukraines" are one word).
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// words calls fn with a 64-bit hash of each word of text, in order. A word
// is a run of letters and digits, lower-cased and without diacritics (Latin
// script); apostrophes inside a word are dropped and all other punctuation
// separates words, so typographic differences between copies vanish.
func words(text string, fn func(uint64)) {
	h, in := uint64(fnvOffset), false
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			case r == '\'':
				continue
			default:
				if in {
					fn(h)
					h, in = fnvOffset, false
				}
				continue
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if 0xC0 <= r && r < 0x250 && fold[r-0xC0] != 0 {
				r = fold[r-0xC0]
			} else {
				r = unicode.ToLower(r)
			}
		case unicode.Is(unicode.Mn, r) || isApostrophe(r):
			continue // combining marks and apostrophes stay inside the word
		default:
			if in {
				fn(h)
				h, in = fnvOffset, false
			}
			continue
		}
		in = true
		for r >= 0x80 {
			h = (h ^ uint64(r&0x7F|0x80)) * fnvPrime
			r >>= 7
		}
		h = (h ^ uint64(r)) * fnvPrime
	}
	if in {
		fn(h)
	}
}

// shingles calls fn with a well-mixed 64-bit hash of each run of
// ShingleWords consecutive words of text; a text of fewer words is one
// shingle. It returns the number of shingles.
func shingles(text string, fn func(uint64)) int {
	var ring [ShingleWords]uint64
	n := 0
	words(text, func(w uint64) {
		ring[n%ShingleWords] = w
		n++
		if n >= ShingleWords {
			fn(shingleHash(&ring, n))
		}
	})
	if 0 < n && n < ShingleWords {
		fn(shingleHash(&ring, n))
		return 1
	}
	return max(n-ShingleWords+1, 0)
}

// shingleHash combines the last min(n, ShingleWords) words in ring, oldest
// first.
func shingleHash(ring *[ShingleWords]uint64, n int) uint64 {
	k := min(n, ShingleWords)
	h := uint64(k)
	for i := n - k; i < n; i++ {
		h = mix64(h*0x9E3779B97F4A7C15 + ring[i%ShingleWords])
	}
	return h
}

// mix64 is the splitmix64 finaliser.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}
