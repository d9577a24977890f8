package eval

import (
	"math"
	"strconv"
	"strings"
)

// Round4 rounds to four decimals as Python's round(x, 4) does: to the
// nearest representable decimal, ties to even on the exact binary value.
func Round4(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	// strconv rounds the exact binary value correctly (half to even), as
	// CPython's round does through its correctly rounded dtoa.
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
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
