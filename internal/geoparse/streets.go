package geoparse

// streetPlurals after a coordination of names make them streets:
// "Tremont and Decatur streets", "at Main and Elm streets".
var streetPlurals = setOf(`streets avenues roads boulevards lanes drives`)

// crossingWords name the meeting of two streets: "the Spring/Main
// intersection", "the corner of Madison and Wabash".
var crossingWords = setOf(`intersection intersections corner corners junction crossroads`)

// streetContext reports whether the words around m make it the name of a
// street the gazetteer lacks, though it knows a town of that name:
// "Tremont and Decatur streets", "the Spring/Main intersection", "the
// corner of Madison and Wabash". Such a mention lies in the document's
// local focus, like a name ending in "Street".
func (d *doc) streetContext(m *mention) bool {
	if m.ti < 0 || m.tj < 0 {
		return false
	}
	// after: "X streets", "X and Y streets", "X/Y intersection"
	k := m.tj
	for hops := 0; hops < 2 && k < len(d.toks); hops++ {
		w := d.tokLower(k)
		if streetPlurals[w] || crossingWords[w] && hops > 0 {
			return true
		}
		if w != "and" && !d.isPunct(k, "/") && !d.isPunct(k, "&") {
			break
		}
		// skip the other street's name
		k++
		for k < len(d.toks) && d.toks[k].word && d.toks[k].cap {
			k++
		}
	}
	// before: "the corner of X", "the corner of Y and X"
	k = m.ti - 1
	if w := d.tokLower(k); w == "and" || d.isPunct(k, "/") || d.isPunct(k, "&") {
		k--
		for k >= 0 && d.toks[k].word && d.toks[k].cap {
			k--
		}
	}
	return d.tokLower(k) == "of" && crossingWords[d.tokLower(k-1)]
}
