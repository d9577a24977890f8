package events

// A protest word that only modifies a noun ("the protest leaders") names
// people, not a demonstration held (dropProtestModifiers); written from
// the public PLOVER documentation and tested on sentences of our own
// (refusals_test.go).

// dropProtestModifiers drops a protest word that only modifies a noun
// ("the protest leaders", "a protest movement"): it names people or a
// group, not a demonstration held. It returns the hits kept.
func dropProtestModifiers(ts []tok, hs []hit) []hit {
	out := hs[:0]
	for x := range hs {
		h := &hs[x]
		if h.e.typ == "PROTEST" && h.j == h.i+1 && h.j < len(ts) && protestModified[ts[h.j].low] {
			switch ts[h.i].low {
			case "protest", "demonstration", "strike", "opposition", "rally":
				continue
			}
		}
		out = append(out, *h)
	}
	return out
}

// protestModified are the nouns a protest word modifies without naming a
// demonstration held.
var protestModified = setOf(`leader leaders organiser organisers organizer organizers movement movements figure figures
icon icons song songs vote votes coordinator coordinators spokesman spokesperson spokeswoman`)
