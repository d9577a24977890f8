package events

import (
	"strconv"
	"strings"
)

// Counts of people killed, injured, arrested and of things destroyed.
// Vague numbers follow ACLED's conservative reading: "dozens" 12, "tens"
// 10, "hundreds" 100, "a few"/"several" 3, ranges their lower bound.

var numberWords = map[string]float64{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 12,
	"tens": 10, "hundreds": 100, "thousands": 1000, "scores": 20, "several": 3, "few": 3, "both": 2,
	"single": 1, "couple": 2, "pair": 2, "another": 1, "his": 0, "her": 0,
}

var multipliers = map[string]float64{"hundred": 100, "thousand": 1000, "million": 1e6}

// number parses the number starting at token k: digits ("12", "1,200",
// "1-4" as 1), words ("twenty-one", "two hundred", "a dozen"). It returns
// the value and the token after it.
func number(ts []tok, k int) (float64, int, bool) {
	if k >= len(ts) || ts[k].punct {
		return 0, k, false
	}
	w := ts[k].low
	if ts[k].num || (len(w) > 0 && w[0] >= '0' && w[0] <= '9') {
		s := w
		if i := strings.IndexByte(s, '-'); i > 0 {
			if r := s[i+1:]; r == "" || r[0] < '0' || r[0] > '9' {
				return 0, k, false // "16-year-old", "20-strong": no count
			}
			s = s[:i] // a range: the lower bound
		}
		s = strings.ReplaceAll(s, ",", "")
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, k, false
		}
		j := k + 1
		if j < len(ts) && multipliers[ts[j].low] > 0 {
			v *= multipliers[ts[j].low]
			j++
		}
		// "5 to 10": the lower bound
		if j+1 < len(ts) && (ts[j].low == "to" || ts[j].low == "-" || ts[j].low == "–") && ts[j+1].num {
			j += 2
		}
		return v, j, true
	}
	if i := strings.IndexByte(w, '-'); i > 0 { // twenty-one
		a, ok1 := numberWords[w[:i]]
		b, ok2 := numberWords[w[i+1:]]
		if ok1 && ok2 && a >= 20 && b < 10 {
			return a + b, k + 1, true
		}
	}
	v, ok := numberWords[w]
	if !ok || v == 0 {
		return 0, k, false
	}
	j := k + 1
	if w == "a" || w == "an" {
		// "a dozen", "a few", "a hundred"; a bare "a" is one; "an
		// unknown number" is no figure
		if j < len(ts) && vagueNumber[ts[j].low] {
			return 0, k, false
		}
		if j < len(ts) {
			if v2, ok := numberWords[ts[j].low]; ok && v2 >= 3 {
				return v2, j + 1, true
			}
		}
		return 1, j, true
	}
	for j < len(ts) {
		if m := multipliers[ts[j].low]; m > 0 {
			v *= m
			j++
			continue
		}
		if ts[j].low == "of" && (w == "dozens" || w == "hundreds" || w == "thousands" || w == "scores" || w == "tens") {
			j++
		}
		break
	}
	return v, j, true
}

// casualty verbs by what they count.
var killedWords = setOf(`killed dead died slain murdered executed perished fatalities fatality deaths death bodies lifeless
beheaded lynched assassinated massacred`)
var injuredWords = setOf(`injured wounded hurt injuries injuring wounding casualties`)
var arrestedWords = setOf(`arrested detained apprehended nabbed held`)
var killVerbs = setOf(`killing killed kill kills leaving left claiming claimed murdering massacring executing lynched lynching
beheaded beheading murdered executed massacred slaughtered slaughtering assassinated`)

// clauseLinks open a new clause or time frame: "arrested two men after a
// clash that killed four" does not count the two men as dead.
var clauseLinks = setOf(`after before following during since when while whereas`)

// notPeople are what a number right before them counts when it counts no
// people.
var notPeople = setOf(`times time rounds bullets shots hours hour days day weeks week months month years year minutes
km kilometres kilometers miles metres meters percent houses homes vehicles cars shops buildings`)

// activeVerb reports a casualty verb used actively, with its object after
// it ("killed a man", "wounded two others"), so that the figure before it
// counts those who did it.
func activeVerb(ts []tok, m int) bool {
	switch ts[m].low {
	case "killed", "murdered", "executed", "injured", "wounded", "beheaded", "lynched", "arrested", "detained":
	default:
		return false
	}
	if m > 0 {
		switch ts[m-1].low {
		case "was", "were", "been", "being", "are", "is", "got", "get":
			return false
		}
	}
	if m+1 >= len(ts) {
		return false
	}
	n := ts[m+1].low
	if n == "a" || n == "an" || n == "the" || n == "his" || n == "her" || n == "their" || n == "him" || n == "them" {
		return true
	}
	if _, _, ok := number(ts, m+1); ok {
		return true
	}
	return isPersonNoun(ts[:min(m+2, len(ts))], m+1)
}

// count is one casualty figure found in a sentence.
type count struct {
	what   string // killed, injured, arrested
	value  float64
	i, j   int // the tokens of the figure and its verb
	reason string
}

// casualties finds casualty figures in a sentence. skip marks tokens
// taken by dates.
func casualties(ts []tok, skip func(int) bool) []count {
	var out []count
	clauseOf := func(k int) (int, int) {
		s := k
		for s > 0 && !(ts[s-1].punct && (ts[s-1].low == "." || ts[s-1].low == ";")) {
			s--
		}
		e := k
		for e < len(ts) && !(ts[e].punct && (ts[e].low == "." || ts[e].low == ";")) {
			e++
		}
		return s, e
	}
	used := map[int]bool{}
	// NUM … (were|was)? killed / NUM dead
	for k := 0; k < len(ts); k++ {
		if skip(k) || used[k] {
			continue
		}
		v, next, ok := number(ts, k)
		if !ok {
			continue
		}
		if (ts[k].low == "a" || ts[k].low == "an") && next == k+1 {
			// "a man was killed": a bare article counts one only before a person noun
			if next >= len(ts) || !isPersonNoun(ts, next) || !isPersonNoun(ts[:min(next+2, len(ts))], next) {
				continue // "a man", "a young woman"; not "a clash between villagers"
			}
		}
		if next < len(ts) && notPeople[ts[next].low] {
			continue // "shot three times", "for two hours"
		}
		_, ce := clauseOf(k)
		if afterKillVerb(ts, k) {
			continue // "killing seven and injuring twelve": the verb before counts it
		}
		window := next + 7
		for m := next; m < ce && m <= window; m++ {
			if vagueNumber[ts[m].low] && window < next+11 {
				window += 4 // "and an unknown number of militants were killed"
			}
			lw := ts[m].low
			if lw == "and" || lw == "," {
				// "2 soldiers and 3 militants were killed": let the last figure carry the verb
				if _, _, ok := number(ts, m+1); ok {
					break
				}
			}
			what := ""
			switch {
			case killedWords[lw]:
				what = "killed"
				if lw == "dead" && m > 0 && ts[m-1].low == "shot" {
					what = "killed"
				}
			case injuredWords[lw]:
				what = "injured"
			case arrestedWords[lw]:
				what = "arrested"
			}
			if what == "" {
				if killVerbs[lw] || lw == "by" || lw == "in" && m > next+3 || clauseLinks[lw] {
					break
				}
				continue
			}
			if lw == "casualties" {
				what = "injured"
			}
			if activeVerb(ts, m) {
				break // "two gunmen killed a man": the figure counts the killers
			}
			out = append(out, count{what: what, value: v, i: k, j: m + 1, reason: spanText(ts, k, m+1)})
			// earlier figures joined by "and" share the verb: "2 soldiers
			// and 3 militants were killed"
			joined := false
			for p := k - 1; p >= 0 && p >= k-8; p-- {
				if ts[p].low == "and" || ts[p].low == "," {
					joined = true
					continue
				}
				if skip(p) || used[p] || !joined || clauseLinks[ts[p].low] {
					break
				}
				pv, pn, ok := number(ts, p)
				if ok && pn <= k && !(ts[p].low == "a" || ts[p].low == "an") {
					out = append(out, count{what: what, value: pv, i: p, j: m + 1, reason: spanText(ts, p, m+1)})
					used[p] = true
				}
			}
			used[k] = true
			break
		}
	}
	// killing NUM …, left NUM dead
	for k := 0; k < len(ts); k++ {
		// "resulted in the death of two", "led to the killing of 3"
		if (ts[k].low == "death" || ts[k].low == "deaths" || ts[k].low == "killing" || ts[k].low == "killings") && k+2 < len(ts) && ts[k+1].low == "of" && !skip(k+2) && !used[k+2] {
			if v, next, ok := number(ts, k+2); ok && !(ts[k+2].low == "a" || ts[k+2].low == "an") {
				out = append(out, count{what: "killed", value: v, i: k, j: next, reason: spanText(ts, k, next)})
				used[k+2] = true
				continue
			}
		}
		if !killVerbs[ts[k].low] && !(injuredWords[ts[k].low] && strings.HasSuffix(ts[k].low, "ing")) {
			continue
		}
		what := "killed"
		if injuredWords[ts[k].low] {
			what = "injured"
		}
		for m := k + 1; m < len(ts) && m <= k+3; m++ {
			if ts[m].low == "at" || ts[m].low == "least" || ts[m].low == "about" || ts[m].low == "some" || ts[m].low == "around" || ts[m].low == "nearly" || ts[m].low == "the" || ts[m].low == "almost" || ts[m].low == "over" || ts[m].low == "more" || ts[m].low == "than" {
				continue
			}
			if skip(m) || used[m] {
				break
			}
			v, next, ok := number(ts, m)
			if !ok {
				if (ts[m].low == "him" || ts[m].low == "her") && what == "killed" && ts[k].low == "killing" {
					out = append(out, count{what: what, value: 1, i: k, j: m + 1, reason: spanText(ts, k, m+1)})
				}
				break
			}
			if ts[k].low == "leaving" || ts[k].low == "left" {
				// "left 3 dead", "leaving 2 injured"
				found := false
				for x := next; x < len(ts) && x <= next+3; x++ {
					if killedWords[ts[x].low] {
						what, found = "killed", true
						break
					}
					if injuredWords[ts[x].low] {
						what, found = "injured", true
						break
					}
				}
				if !found {
					break
				}
			}
			// "killing a farmer and his brother": two people
			if v == 1 && (ts[m].low == "a" || ts[m].low == "an" || ts[m].low == "one") {
				for x := next; x < len(ts) && x <= next+2; x++ {
					if isPersonNoun(ts[:x+1], x) {
						if end, ok := secondPerson(ts, x+1); ok {
							v, next = 2, end
						}
						break
					}
				}
			}
			out = append(out, count{what: what, value: v, i: k, j: next, reason: spanText(ts, k, next)})
			used[m] = true
			// "killing 3 soldiers and 2 civilians"
			x := next
			for x < len(ts) && x <= next+4 {
				if ts[x].low == "and" {
					if v2, n2, ok := number(ts, x+1); ok && !(ts[x+1].low == "a" || ts[x+1].low == "an") {
						out = append(out, count{what: what, value: v2, i: x + 1, j: n2, reason: spanText(ts, x+1, n2)})
						used[x+1] = true
						x = n2
						continue
					}
					break
				}
				if ts[x].punct {
					break
				}
				x++
			}
			break
		}
	}
	// "shot dead" / "was killed" with a singular victim and no figure
	hasKilled := false
	for _, c := range out {
		if c.what == "killed" {
			hasKilled = true
		}
	}
	if !hasKilled {
		for k := 1; k < len(ts); k++ {
			lw := ts[k].low
			if !(lw == "killed" || lw == "dead" && ts[k-1].low == "shot" || lw == "died" || lw == "murdered" || lw == "beheaded" || lw == "lynched" || lw == "assassinated" || lw == "executed") {
				continue
			}
			// passive or intransitive with a singular subject: "a man was killed", "the victim died";
			// not the subject of an active verb with its object after it ("gunmen shot dead a trader")
			active := k+1 < len(ts) && objectStart(ts, k+1) && !copula(ts[k-1].low) && !(k > 1 && ts[k-1].low == "shot" && copula(ts[k-2].low))
			for p := k - 1; p >= 0 && p >= k-8 && !active; p-- {
				if ts[p].low == "was" || ts[p].low == "has" || ts[p].low == "had" {
					continue
				}
				if isPersonNoun(ts[:p+1], p) && !strings.HasSuffix(ts[p].low, "s") {
					out = append(out, count{what: "killed", value: 1, i: p, j: k + 1, reason: spanText(ts, p, k+1)})
					hasKilled = true
					break
				}
				if ts[p].punct {
					break
				}
			}
			if hasKilled {
				break
			}
			// active with a singular object: "killed a man", "shot dead a police officer"
			for m := k + 1; m < len(ts) && m <= k+5; m++ {
				if ts[m].punct {
					break
				}
				if isPersonNoun(ts, m) && !strings.HasSuffix(ts[m].low, "s") && m > k+1 && (ts[k+1].low == "a" || ts[k+1].low == "an" || ts[k+1].low == "one" || ts[k+1].low == "the") {
					// "shot dead a trader and his wife": two people
					if end, ok := secondPerson(ts, m+1); ok {
						out = append(out, count{what: "killed", value: 2, i: k, j: end, reason: spanText(ts, k, end)})
						hasKilled = true
						break
					}
					out = append(out, count{what: "killed", value: 1, i: k, j: m + 1, reason: spanText(ts, k, m+1)})
					hasKilled = true
					break
				}
				if ts[m].low == "him" || ts[m].low == "her" {
					out = append(out, count{what: "killed", value: 1, i: k, j: m + 1, reason: spanText(ts, k, m+1)})
					hasKilled = true
					break
				}
			}
			if hasKilled {
				break
			}
		}
	}
	return out
}

// isPersonNoun reports whether token k is a noun naming a person or people.
func isPersonNoun(ts []tok, k int) bool {
	if k >= len(ts) {
		return false
	}
	for x := k; x < len(ts) && x < k+3; x++ {
		if s, ok := sectorNouns[ts[x].low]; ok && s != "business" && ts[x].low != "government" && ts[x].low != "drones" && ts[x].low != "drone" && ts[x].low != "artillery" && ts[x].low != "tanks" {
			return true
		}
		switch ts[x].low {
		case "he", "she":
			return x == k
		case "person", "persons", "member", "members", "suspect", "suspects", "commander", "leader", "soldier", "cleric",
			"politician", "councillor", "councilor", "candidate", "activist", "lawyer", "judge", "policeman", "man's", "body", "minor",
			"guard", "official", "chief", "headman", "supporter", "supporters", "individual", "individuals", "infant", "baby":
			return true
		}
		if ts[x].punct {
			return false
		}
	}
	return false
}

// vagueNumber after "a" or "an" makes no figure: "an unknown number".
var vagueNumber = setOf(`unknown undisclosed unspecified undetermined unconfirmed number`)

// kinWords name a second person joined to a first: "a man and his son".
var kinWords = setOf(`wife husband son daughter brother sister father mother child baby friend cousin nephew niece
uncle aunt grandson granddaughter grandmother grandfather companion colleague driver bodyguard fiancee fiance`)

// secondPerson reports a second person coordinated right after a
// singular victim at k: "and his wife", "and a colleague", "and
// another man". It returns the token after the second person.
func secondPerson(ts []tok, k int) (int, bool) {
	if k+2 >= len(ts) || ts[k].low != "and" {
		return 0, false
	}
	switch ts[k+1].low {
	case "his", "her", "their", "a", "an", "another", "one":
	default:
		return 0, false
	}
	for m := k + 2; m < len(ts) && m <= k+3; m++ {
		if ts[m].punct {
			return 0, false
		}
		if kinWords[ts[m].low] || !strings.HasSuffix(ts[m].low, "s") && isPersonNoun(ts[:m+1], m) {
			return m + 1, true
		}
	}
	return 0, false
}

// afterKillVerb reports a figure right after an active casualty verb
// ("killing at least seven", "injuring twelve"), which the verb counts.
func afterKillVerb(ts []tok, k int) bool {
	for p := k - 1; p >= 0 && p >= k-3; p-- {
		switch ts[p].low {
		case "at", "least", "about", "some", "around", "nearly", "the", "almost", "over", "more", "than":
			continue
		}
		// a claimed figure is read by the first pass, which knows it is one
		return killVerbs[ts[p].low] && ts[p].low != "claimed" && ts[p].low != "claiming" || injuredWords[ts[p].low] && strings.HasSuffix(ts[p].low, "ing")
	}
	return false
}

// objectStart reports a token that opens a verb's object: an article, a
// possessive or a figure.
func objectStart(ts []tok, k int) bool {
	switch ts[k].low {
	case "a", "an", "the", "his", "her", "their", "two", "three", "four", "five", "one":
		return true
	}
	return ts[k].num
}
