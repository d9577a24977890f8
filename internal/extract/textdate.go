package extract

import (
	"strings"
	"time"
)

// Dates as scraped text states them. parseLeadingDate reads one of
//
//	June 4, 2025 · Jun 4, 2025 · Jun. 4, 2025 · June 4 2025
//	4 June 2025 · 4 Jun 2025 · 4 June, 2025
//	2025-06-04 · 2025-06-04T10:30:00Z (RFC 3339, kept as UTC)
//
// optionally after a weekday ("Wednesday, June 4, 2025"), at the start of s,
// and returns it as a UTC time with the number of bytes read. Anything else,
// and impossible dates (June 31), are not dates. A date written with only
// numbers other than ISO (04/06/2025) is ambiguous and not read.

var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thurs": true,
	"fri": true, "sat": true, "sun": true,
}

// lowerWord lower-cases a short ASCII word into buf without allocating; a
// word longer than buf gives "".
func lowerWord(buf []byte, w string) []byte {
	if len(w) > len(buf) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	return buf[:len(w)]
}

func parseLeadingDate(s string) (time.Time, int, bool) {
	i := 0
	// An optional weekday and comma.
	var buf [12]byte
	if w, n := leadingWord(s); n > 0 && weekdays[string(lowerWord(buf[:], w))] {
		j := n
		if j < len(s) && s[j] == '.' {
			j++
		}
		if j < len(s) && s[j] == ',' {
			j++
		}
		if j < len(s) && s[j] == ' ' {
			i = j + 1
		}
	}
	if t, n, ok := isoDate(s[i:]); ok {
		return t, i + n, true
	}
	if t, n, ok := monthFirst(s[i:]); ok {
		return t, i + n, true
	}
	if t, n, ok := dayFirst(s[i:]); ok {
		return t, i + n, true
	}
	return time.Time{}, 0, false
}

// leadingWord returns the ASCII letters at the start of s.
func leadingWord(s string) (string, int) {
	n := 0
	for n < len(s) && isASCIILetter(s[n]) {
		n++
	}
	return s[:n], n
}

// leadingNumber returns the decimal digits (at most max) at the start of s.
func leadingNumber(s string, maxDigits int) (int, int) {
	v, n := 0, 0
	for n < len(s) && n < maxDigits && '0' <= s[n] && s[n] <= '9' {
		v = v*10 + int(s[n]-'0')
		n++
	}
	if n < len(s) && '0' <= s[n] && s[n] <= '9' {
		return 0, 0 // too many digits
	}
	return v, n
}

func monthAt(s string) (time.Month, int) {
	w, n := leadingWord(s)
	var buf [12]byte
	m, ok := monthNames[string(lowerWord(buf[:], w))]
	if !ok {
		return 0, 0
	}
	if n < len(s) && s[n] == '.' {
		n++
	}
	return m, n
}

func mkDate(y int, m time.Month, d int) (time.Time, bool) {
	if y < 1000 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // June 31
	}
	return t, true
}

// monthFirst reads "June 4, 2025".
func monthFirst(s string) (time.Time, int, bool) {
	m, i := monthAt(s)
	if i == 0 || i >= len(s) || s[i] != ' ' {
		return time.Time{}, 0, false
	}
	i++
	d, n := leadingNumber(s[i:], 2)
	if n == 0 {
		return time.Time{}, 0, false
	}
	i += n
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(s[i:], suf) {
			i += 2
			break
		}
	}
	if strings.HasPrefix(s[i:], ", ") {
		i += 2
	} else if strings.HasPrefix(s[i:], " ") {
		i++
	} else {
		return time.Time{}, 0, false
	}
	y, n := leadingNumber(s[i:], 4)
	if n != 4 {
		return time.Time{}, 0, false
	}
	t, ok := mkDate(y, m, d)
	return t, i + n, ok
}

// dayFirst reads "4 June 2025".
func dayFirst(s string) (time.Time, int, bool) {
	d, i := leadingNumber(s, 2)
	if i == 0 || i >= len(s) || s[i] != ' ' {
		return time.Time{}, 0, false
	}
	i++
	m, n := monthAt(s[i:])
	if n == 0 {
		return time.Time{}, 0, false
	}
	i += n
	if strings.HasPrefix(s[i:], ", ") {
		i += 2
	} else if strings.HasPrefix(s[i:], " ") {
		i++
	} else {
		return time.Time{}, 0, false
	}
	y, n := leadingNumber(s[i:], 4)
	if n != 4 {
		return time.Time{}, 0, false
	}
	t, ok := mkDate(y, m, d)
	return t, i + n, ok
}

// isoDate reads "2025-06-04", or a full RFC 3339 time, converted to UTC.
func isoDate(s string) (time.Time, int, bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, 0, false
	}
	// Try a full timestamp first: up to the next space.
	end := strings.IndexByte(s, ' ')
	if end < 0 {
		end = len(s)
	}
	if end > 10 {
		if t, err := time.Parse(time.RFC3339, s[:end]); err == nil {
			return t.UTC(), end, true
		}
	}
	t, err := time.Parse(time.DateOnly, s[:10])
	if err != nil {
		return time.Time{}, 0, false
	}
	if len(s) > 10 && '0' <= s[10] && s[10] <= '9' {
		return time.Time{}, 0, false
	}
	return t, 10, true
}

// findDate returns the first date in a short line (a byline or dateline),
// trying each word start.
func findDate(s string) (time.Time, bool) {
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != ' ' && s[i-1] != '|' && s[i-1] != ',' && s[i-1] != '(' && s[i-1] != ':' {
			continue
		}
		if c := s[i]; !isASCIILetter(c) && (c < '0' || c > '9') {
			continue
		}
		if t, _, ok := parseLeadingDate(s[i:]); ok {
			return t, true
		}
	}
	return time.Time{}, false
}
