package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the lookup key of a name: lower case, without diacritics,
// apostrophes or quotes, with hyphens, dots and runs of spaces turned into
// one space. "Usol’ye-Sibirskoye" and "Usolye Sibirskoye" fold to
// "usolye sibirskoye", "Šakalienė" to "sakaliene". Fold never changes its
// argument: callers keep the original text for display and other uses.
func Fold(s string) string {
	var buf [128]byte
	return string(appendFold(buf[:0], s))
}

// appendFold appends the folded form of s to dst. It does not allocate when
// dst has room, which keeps Lookup off the heap.
func appendFold(dst []byte, s string) []byte {
	space := true // drop leading spaces
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
				space = false
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				dst = append(dst, c)
				space = false
			case c == '\'' || c == '`' || c == '"':
				// apostrophes vanish: "Usol'ye" = "Usolye"
			default:
				if !space {
					dst = append(dst, ' ')
					space = true
				}
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		f, ok := foldRune(r)
		switch {
		case !ok: // dropped: marks, apostrophes
		case f == " ":
			if !space {
				dst = append(dst, ' ')
				space = true
			}
		default:
			dst = append(dst, f...)
			space = false
		}
	}
	if n := len(dst); n > 0 && dst[n-1] == ' ' {
		dst = dst[:n-1]
	}
	return dst
}

// foldTable holds the folded form of every rune below foldTableSize;
// ok=false marks runes that vanish.
const foldTableSize = 0x2200

var foldTable = buildFoldTable()

type foldEntry struct {
	s  string
	ok bool
}

func buildFoldTable() []foldEntry {
	t := make([]foldEntry, foldTableSize)
	for r := rune(0x80); r < foldTableSize; r++ {
		t[r] = computeFold(r)
	}
	return t
}

func foldRune(r rune) (string, bool) {
	if r < foldTableSize {
		e := foldTable[r]
		return e.s, e.ok
	}
	switch {
	case unicode.Is(unicode.Mn, r) && r != 0x3099 && r != 0x309A:
		return "", false
	case r == 0xFF07 || r == 0xA78C: // fullwidth apostrophe, saltillo
		return "", false
	case unicode.IsSpace(r) || r == 0x3000 || unicode.Is(unicode.Pd, r):
		return " ", true
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return " ", true
	}
	return string(unicode.ToLower(r)), true
}

// special letters that do not decompose.
var foldSpecial = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'ø': "o", 'Ø': "o",
	'œ': "oe", 'Œ': "oe", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d",
	'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th", 'ı': "i", 'ħ': "h",
	'Ħ': "h", 'ŀ': "l", 'Ŀ': "l", 'ŧ': "t", 'Ŧ': "t", 'ƒ': "f",
	'ə': "e", 'Ə': "e", 'ɨ': "i", 'ʉ': "u",
}

func computeFold(r rune) foldEntry {
	if s, ok := foldSpecial[r]; ok {
		return foldEntry{s, true}
	}
	switch r {
	case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x00B4, 0x02B9,
		0x02BB, 0x02BC, 0x02BD, 0x02BE, 0x02BF, 0x02C8, 0x201C, 0x201D,
		0x201E, 0x2033, 0x00AB, 0x00BB, 0x0060, 0x055A, 0x05F3, 0x05F4:
		return foldEntry{"", false} // apostrophes, primes, quotes
	case 0x00A0, 0x2007, 0x202F:
		return foldEntry{" ", true}
	}
	if unicode.Is(unicode.Mn, r) {
		return foldEntry{"", false}
	}
	if unicode.IsSpace(r) || unicode.Is(unicode.Pd, r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
		return foldEntry{" ", true}
	}
	var out []rune
	for _, d := range norm.NFD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		if s, ok := foldSpecial[d]; ok {
			out = append(out, []rune(s)...)
			continue
		}
		out = append(out, unicode.ToLower(d))
	}
	if len(out) == 0 {
		return foldEntry{"", false}
	}
	return foldEntry{string(out), true}
}

// hashKey is FNV-1a, 64 bits, over a folded key. It is part of the file
// format: changing it needs a new format version.
func hashKey(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}
