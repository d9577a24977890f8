package eval

import (
	"math"
	"strconv"
	"strings"
)

// Round4 rounds to four decimals as Python's round(x, 4) does.
func Round4(x float64) float64 { return roundN(x, 4) }

// roundN rounds to n decimals as Python's round(x, n) does: the exact
// binary value correctly rounded (strconv, like CPython's dtoa).
func roundN(x float64, n int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', n, 64), 64)
	return r
}

// PyFloat formats a float as Python's str(float) does for the values
// scores take: the shortest repr, with ".0" on whole numbers.
func PyFloat(x float64) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.ContainsAny(s, ".eEn") {
		s += ".0"
	}
	return s
}
