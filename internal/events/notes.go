package events

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/geowire/geowire/internal/model"
)

// Coders' notes on the death toll. Event datasets written by coders (ACLED
// among them) state in the summary itself how a toll was coded when the
// sources are vague or when one reported toll covers several events: "an
// unknown number of fighters were killed; fatalities coded as 3", "20
// fatalities split across 5 events", "fatalities coded to the Kherson
// event". ACLED's codebook divides a toll reported for several events
// across them; a coded figure is the event's own and overrides the
// figures the report quotes. codedToll reads such a note and gives the
// events of the document that figure.

var (
	// "fatalities coded as 3", "fatalities were coded at 10", optionally
	// "… and split between 4 events"
	tollCodedAs = regexp.MustCompile(`(?i)\bfatalit(?:y|ies)\s+(?:(?:were|are|was|is|have been|has been)\s+)?(?:(?:coded|estimated)\s+(?:as|at|to)|(?:recorded|counted)\s+as)\s+(\d+)\b(?:\s+fatalit(?:y|ies))?(?:\s*,?\s*(?:and\s+)?(?:(?:were|are)\s+)?(?:split|divided|distributed)\s+(?:evenly\s+)?(?:between|across|among|into|over)\s+(?:the\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:separate\s+|different\s+)?(?:events|locations|days|incidents))?`)
	// "coded as 3 fatalities"
	tollCodedAs2 = regexp.MustCompile(`(?i)\bcoded\s+(?:as|at)\s+(\d+)\s+fatalit(?:y|ies)\b`)
	// "20 fatalities split across 5 events", "13 total fatalities are
	// divided between 2 events"
	tollSplit = regexp.MustCompile(`(?i)\b(\d+)\s+(?:total\s+|reported\s+)?fatalit(?:y|ies)\s+(?:(?:were|are|have been)\s+)?(?:split|divided|distributed)\s+(?:evenly\s+)?(?:between|across|among|into|over)\s+(?:the\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:separate\s+|different\s+)?(?:events|locations|days|incidents)`)
	// "… and coded as 4" after a split toll: the coded share
	tollSplitCoded = regexp.MustCompile(`(?i)^\s*(?:\([^)]{0,60}\)\s*)?,?\s*(?:and\s+)?(?:(?:were|are|was|is)\s+)?coded\s+(?:as|at|to)\s+(\d+)\b`)
	// a sentence of its own giving the coded toll: "… were wounded. 2
	// fatalities."
	tollSentence = regexp.MustCompile(`(?:^|[.;\]]\s+)(\d+)\s+fatalit(?:y|ies)\s*(?:\.|$)`)
	// "fatalities coded to the Kherson event": the toll belongs to
	// another event
	tollElsewhere = regexp.MustCompile(`(?i)\bfatalit(?:y|ies)\s+(?:(?:were|are|have been)\s+)?(?:coded|counted|recorded)\s+(?:to|in|under|with)\s+(?:the\s+|a\s+|an\s+|another\s+|other\s+|separate\s+)?[^.;()\[\]\d]{0,40}?\bevent\b`)
)

// codedToll returns the death toll a coder's note in text states for the
// event it summarises, the byte span of the note, and whether there is
// one.
func codedToll(text string) (int, [2]int, bool) {
	if !strings.Contains(text, "atalit") {
		return 0, [2]int{}, false
	}
	if m := tollCodedAs.FindStringSubmatchIndex(text); m != nil && !placesFollow(text[m[3]:]) {
		n, _ := strconv.Atoi(text[m[2]:m[3]])
		if m[4] >= 0 {
			n = share(n, countOf(text[m[4]:m[5]]))
		}
		return n, [2]int{m[0], m[1]}, true
	}
	if m := tollCodedAs2.FindStringSubmatchIndex(text); m != nil {
		n, _ := strconv.Atoi(text[m[2]:m[3]])
		return n, [2]int{m[0], m[1]}, true
	}
	if m := tollSplit.FindStringSubmatchIndex(text); m != nil {
		if c := tollSplitCoded.FindStringSubmatchIndex(text[m[1]:]); c != nil && !placesFollow(text[m[1]+c[3]:]) {
			n, _ := strconv.Atoi(text[m[1]+c[2] : m[1]+c[3]])
			return n, [2]int{m[0], m[1] + c[1]}, true
		}
		n, _ := strconv.Atoi(text[m[2]:m[3]])
		return share(n, countOf(text[m[4]:m[5]])), [2]int{m[0], m[1]}, true
	}
	if m := tollSentence.FindStringSubmatchIndex(text); m != nil {
		n, _ := strconv.Atoi(text[m[2]:m[3]])
		return n, [2]int{m[2], m[1]}, true
	}
	if m := tollElsewhere.FindStringIndex(text); m != nil {
		return 0, [2]int{m[0], m[1]}, true
	}
	return 0, [2]int{}, false
}

// placesFollow reports a figure that counts places, events or times, not
// the dead: "fatalities coded to 3 locations".
func placesFollow(rest string) bool {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.Trim(f[0], ".,;:()[]"))
	return notPeople[w] || countedPlaces[w]
}

var countedPlaces = setOf(`event events location locations site sites place places incident incidents village villages
town towns district districts checkpoint checkpoints areas area`)

// share is one event's part of a toll of n split across k events: the
// toll divided evenly, rounded up so that no event of a split toll is
// left without its dead.
func share(n, k int) int {
	if k <= 1 {
		return n
	}
	return int(math.Ceil(float64(n) / float64(k)))
}

func countOf(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return int(numberWords[strings.ToLower(s)])
}

// applyCodedToll gives the toll of a coder's note to the most salient
// event that reports a toll (else the most salient violent one) and
// clears the others, so that the document's events add up to it.
func applyCodedToll(text string, out []model.Event) {
	n, sp, ok := codedToll(text)
	if !ok || len(out) == 0 {
		return
	}
	target := -1
	for i := range out {
		if out[i].Fatalities != nil && out[i].Aux.Asserted() {
			target = i
			break
		}
	}
	if target < 0 && n > 0 {
		for i := range out {
			if out[i].Type == "ASSAULT" && out[i].Aux.Asserted() || out[i].ACLEDSubEventType != "" && acledEventType[out[i].ACLEDSubEventType] != ACLEDStrategic {
				target = i
				break
			}
		}
	}
	for i := range out {
		if i == target || out[i].Fatalities == nil {
			continue
		}
		out[i].Fatalities = nil
		delete(out[i].Evidence, "fatalities")
	}
	if target < 0 {
		return
	}
	v := n
	out[target].Fatalities = &v
	out[target].Evidence["fatalities"] = model.Evidence{
		Start: utf8.RuneCountInString(text[:sp[0]]),
		End:   utf8.RuneCountInString(text[:sp[1]]),
		Text:  text[sp[0]:sp[1]],
	}
	if out[target].Reasons != nil {
		out[target].Reasons = append(out[target].Reasons, "fatalities "+strconv.Itoa(n)+" from the coder's note "+strconv.Quote(text[sp[0]:sp[1]]))
	}
}

// Coders' category labels. ACLED's notes on strategic developments open
// with a label naming the kind of development ("Looting: On 3 May …",
// "Movement of forces: …", "Displacement: …"), as its codebook asks. The
// label is the coder's own reading of the event and decides its
// sub-event type over the cues of the words that follow (a looting
// report may well mention shots fired).
var noteLabels = map[string]string{
	"looting":                           "Looting/property destruction",
	"property destruction":              "Looting/property destruction",
	"land seizure":                      "Looting/property destruction",
	"looting/property destruction":      "Looting/property destruction",
	"interception":                      "Disrupted weapons use",
	"weapons seizure":                   "Disrupted weapons use",
	"arms seizure":                      "Disrupted weapons use",
	"defusal":                           "Disrupted weapons use",
	"detonation":                        "Disrupted weapons use",
	"disrupted weapons use":             "Disrupted weapons use",
	"movement of forces":                "Change to group/activity",
	"security measures":                 "Change to group/activity",
	"recruitment":                       "Change to group/activity",
	"change to armed group":             "Change to group/activity",
	"change to group/activity":          "Change to group/activity",
	"headquarters or base established":  "Headquarters or base established",
	"non-violent transfer of territory": "Non-violent transfer of territory",
	"displacement":                      "Other",
	"non-violent activity":              "Other",
	"mass grave":                        "Other",
	"arrests":                           "Arrests",
	"agreement":                         "Agreement",
}

// noteLabel returns the sub-event type a coder's label at the start of
// text names, or "".
func noteLabel(text string) string {
	i := strings.IndexByte(text, ':')
	if i < 4 || i > 40 {
		return ""
	}
	return noteLabels[strings.ToLower(strings.TrimSpace(text[:i]))]
}

// applyNoteLabel gives the event the scorer of a coded note reads first
// (the most salient with an ACLED sub-event type, else the most salient
// asserted one) the sub-event type its label names.
func applyNoteLabel(text string, out []model.Event) {
	sub := noteLabel(text)
	if sub == "" || len(out) == 0 {
		return
	}
	target := -1
	for i := range out {
		if out[i].ACLEDSubEventType != "" {
			target = i
			break
		}
	}
	if target < 0 {
		for i := range out {
			if out[i].Aux.Asserted() {
				target = i
				break
			}
		}
	}
	if target < 0 || out[target].ACLEDSubEventType == sub {
		return
	}
	out[target].ACLEDSubEventType = sub
	out[target].ACLEDEventType = acledEventType[sub]
	if out[target].Reasons != nil {
		out[target].Reasons = append(out[target].Reasons, "ACLED "+acledEventType[sub]+" / "+sub+": the coder's label opening the note")
	}
}

// labelEntries are the triggers a coder's label stands for when the note
// it opens has no trigger of its own: the label names the development.
var labelEntries = map[string]*entry{
	"Looting/property destruction": {typ: "ASSAULT", mode: "destroy", tag: "loot", w: 0.8, noun: true, src: "the coder's label"},
	"Disrupted weapons use":        {typ: "COERCE", mode: "confiscate", tag: "disrupt", w: 0.8, noun: true, src: "the coder's label"},
	"Change to group/activity":     {typ: "MOBILIZE", mode: "troops", tag: "change", w: 0.8, noun: true, src: "the coder's label"},
	"Arrests":                      {typ: "COERCE", mode: "arrest", tag: "arrest", w: 0.8, noun: true, src: "the coder's label"},
}

// displacementEntry: people driven from their homes, a forced
// displacement, when the label names it.
var displacementEntry = entry{typ: "COERCE", w: 0.8, noun: true, src: "the coder's label"}

// labelHit returns a trigger for the coder's label opening the first
// sentence of a text (ts), when the label names a development.
func labelHit(ts []tok, src string) (hit, bool) {
	for k := 1; k < len(ts) && k <= 6; k++ {
		if ts[k].punct && ts[k].low == ":" {
			lab := strings.ToLower(strings.TrimSpace(src[ts[0].bs:ts[k].bs]))
			sub := noteLabels[lab]
			if sub == "" {
				return hit{}, false
			}
			e := labelEntries[sub]
			if lab == "displacement" {
				e = &displacementEntry
			}
			if e == nil {
				return hit{}, false
			}
			return hit{e: e, i: 0, j: k, lemma: ts[0].low}, true
		}
		if ts[k].punct {
			break
		}
	}
	return hit{}, false
}
