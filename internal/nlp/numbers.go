package nlp

import (
	"math"
	"strconv"
	"strings"
)

// number is a number read from the tokens [start, end).
type number struct {
	value      float64
	start, end int
	words      bool // written in words
	vague      bool // "dozens", "hundreds": a lower bound
	year       bool // four digits that may be a year
}

var unitWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tensWords = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mln": 1e6, "bln": 1e9, "bn": 1e9, "tn": 1e12,
}

// vagueWords are plural or collective numbers: value is the least they mean.
var vagueWords = map[string]float64{
	"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens": 20,
	"millions": 2e6, "billions": 2e9,
}

// wordValue returns the value of one number word ("forty-one" too).
func wordValue(w string) (float64, bool) {
	if v, ok := unitWords[w]; ok {
		return v, true
	}
	if v, ok := tensWords[w]; ok {
		return v, true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		t, ok1 := tensWords[w[:i]]
		u, ok2 := unitWords[w[i+1:]]
		if ok1 && ok2 && u > 0 && u < 10 {
			return t + u, true
		}
	}
	return 0, false
}

// parseDigits reads "4,000", "2.5", "1.000.000".
func parseDigits(s string) (float64, bool) {
	if strings.Count(s, ".") > 1 {
		s = strings.ReplaceAll(s, ".", "")
	}
	if strings.IndexByte(s, ',') >= 0 {
		// "4,000" is a thousands separator; "2,5" a decimal comma.
		parts := strings.Split(s, ",")
		grouped := len(parts[0]) <= 3
		for _, p := range parts[1:] {
			if len(p) != 3 && !(strings.IndexByte(p, '.') == 3) {
				grouped = false
			}
		}
		if grouped {
			s = strings.ReplaceAll(s, ",", "")
		} else if len(parts) == 2 {
			s = parts[0] + "." + parts[1]
		} else {
			s = strings.ReplaceAll(s, ",", "")
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// readNumber reads a number starting at token i: digits ("4,000", "1.5
// million"), words ("forty-one", "two hundred", "a dozen") or a vague
// plural ("dozens", "hundreds of thousands").
func readNumber(toks []token, i int) (number, bool) {
	if i >= len(toks) {
		return number{}, false
	}
	t := &toks[i]
	switch t.kind {
	case tkNumber:
		v, ok := parseDigits(t.text)
		if !ok {
			return number{}, false
		}
		n := number{value: v, start: i, end: i + 1}
		if len(t.text) == 4 && v >= 1000 && v <= 2100 && strings.IndexByte(t.text, '.') < 0 {
			n.year = true
		}
		// "1.5 million", "5bn"
		if j := i + 1; j < len(toks) {
			if s, ok := scaleWords[toks[j].low]; ok {
				n.value *= s
				n.end = j + 1
				n.year = false
			}
		}
		return n, true
	case tkWord:
	default:
		return number{}, false
	}
	w := t.low
	if w == "a" || w == "an" {
		// "a dozen", "a hundred", "a thousand"
		if i+1 < len(toks) {
			switch toks[i+1].low {
			case "dozen":
				return number{value: 12, start: i, end: i + 2, words: true}, true
			case "hundred", "thousand", "million", "billion":
				n := number{value: 1, start: i, end: i + 1, words: true}
				return wordScale(toks, n), true
			case "few":
				if i+2 < len(toks) {
					if sc, ok := fewScales[toks[i+2].low]; ok {
						return number{value: 2 * sc, start: i, end: i + 3, words: true, vague: true}, true
					}
				}
			case "half":
				if i+2 < len(toks) && toks[i+2].low == "dozen" {
					return number{value: 6, start: i, end: i + 3, words: true}, true
				}
			}
		}
		return number{}, false
	}
	if w == "several" && i+1 < len(toks) {
		if sc, ok := fewScales[toks[i+1].low]; ok {
			return number{value: 2 * sc, start: i, end: i + 2, words: true, vague: true}, true
		}
		return number{}, false
	}
	if w == "dozen" {
		return number{value: 12, start: i, end: i + 1, words: true}, true
	}
	if v, ok := vagueWords[w]; ok {
		n := number{value: v, start: i, end: i + 1, words: true, vague: true}
		// "hundreds of thousands"
		if i+2 < len(toks) && toks[i+1].low == "of" {
			if m, ok := vagueWords[toks[i+2].low]; ok {
				n.value = v / 2 * m
				n.end = i + 3
			}
		}
		return n, true
	}
	v, ok := wordValue(w)
	if !ok {
		return number{}, false
	}
	n := number{value: v, start: i, end: i + 1, words: true}
	// "twenty one" (without the hyphen)
	if tv, ok := tensWords[w]; ok && i+1 < len(toks) {
		if u, ok := unitWords[toks[i+1].low]; ok && u > 0 && u < 10 {
			n.value = tv + u
			n.end = i + 2
		}
	}
	return wordScale(toks, n), true
}

// wordScale extends n over "hundred", "thousand", "and" and further number
// words: "two hundred and fifty thousand".
func wordScale(toks []token, n number) number {
	total, current := 0.0, n.value
	j := n.end
	for j < len(toks) {
		w := toks[j].low
		if s, ok := scaleWords[w]; ok && w != "bn" && w != "tn" && w != "mln" && w != "bln" {
			if s == 100 {
				current *= 100
			} else {
				total += current * s
				current = 0
			}
			j++
			n.end = j
			continue
		}
		k := j
		if w == "and" {
			k++
		}
		if k >= len(toks) {
			break
		}
		v, ok := wordValue(toks[k].low)
		if !ok || math.Mod(current, 100) != 0 || current == 0 && total == 0 {
			break
		}
		current += v
		j = k + 1
		n.end = j
	}
	n.value = total + current
	return n
}

// fewScales follow "a few" and "several": "a few dozen" is at least 24.
var fewScales = map[string]float64{"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1e6}
