package nlp

// Word classes: every word token carries the classes of its lower-case
// form, looked up once at tokenisation, so the annotators test bits instead
// of probing many maps.
const (
	cDateStart uint32 = 1 << iota // can start a date: month, weekday, "yesterday", "last", …
	cNumWord                      // can start a number: "two", "dozens", "a"
	cQualEnd                      // can end a quantity qualifier: "than", "least", "about"
)

var wordClasses = buildWordClasses()

func buildWordClasses() map[string]uint32 {
	m := map[string]uint32{}
	for w := range months {
		m[w] |= cDateStart
	}
	for w := range weekdays {
		m[w] |= cDateStart
	}
	for _, w := range []string{"yesterday", "today", "tonight", "tomorrow", "earlier", "later", "last", "past",
		"previous", "this", "current", "next", "coming", "a", "an", "one"} {
		m[w] |= cDateStart
	}
	for w := range unitWords {
		m[w] |= cNumWord | cDateStart
	}
	for w := range tensWords {
		m[w] |= cNumWord | cDateStart
	}
	for w := range vagueWords {
		m[w] |= cNumWord
	}
	for _, w := range []string{"a", "an", "dozen", "several"} {
		m[w] |= cNumWord
	}
	for w := range qualifiers {
		m[w] |= cQualEnd
	}
	return m
}

// classOf returns the classes of a lower-case word, including hyphenated
// number words ("forty-one") and "mid-2024".
func classOf(low string) uint32 {
	c := wordClasses[low]
	if c == 0 {
		for i := 0; i < len(low); i++ {
			if low[i] == '-' {
				head := low[:i]
				if tensWords[head] != 0 {
					c |= cNumWord | cDateStart
				}
				if head == "mid" || head == "early" || head == "late" {
					c |= cDateStart
				}
				break
			}
		}
	}
	return c
}
