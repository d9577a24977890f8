package geoparse

// containerMark returns the token of the "," or "(" that opens the
// container written after a mention ending before token k, across a
// division word ("Harib district, Marib", "Toro municipality (Zamora)"),
// or -1.
func (d *doc) containerMark(k int) int {
	if e := d.divisionWordAt(k); e > 0 {
		k = e
	}
	if d.isPunct(k, ",") || d.isPunct(k, "(") {
		return k
	}
	return -1
}

// bracketContainers returns the tokens that may start a container inside
// the brackets opened at token k: the first name, and each name after a
// comma up to the closing bracket ("(Bwito, Rutshuru, North Kivu)": a
// chain from the finest unit to the province, any of which may be the
// one the gazetteer knows). After a comma only the first name counts.
func (d *doc) bracketContainers(k int) []int {
	out := []int{k + 1}
	if !d.isPunct(k, "(") {
		return out
	}
	for x := k + 1; x < min(k+16, len(d.toks)); x++ {
		if d.isPunct(x, ")") {
			break
		}
		if d.isPunct(x, ",") {
			out = append(out, x+1)
		}
	}
	return out
}
