package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
)

// EventRecord is one line of an events gold or prediction file, kept as
// raw JSON so that every field is read as score.py reads it.
type EventRecord struct {
	ID      string
	Events  []map[string]any
	Dataset string
}

// LoadEventsJSONL reads an events JSONL file in file order; a later
// duplicate id replaces an earlier one in place, as in score.py's
// OrderedDict.
func LoadEventsJSONL(path string) ([]EventRecord, error) {
	var c eventCollector
	err := loadJSONL(path, c.add)
	return c.out, err
}

// ReadEventsJSONL reads event records from r; name is used in errors.
func ReadEventsJSONL(r io.Reader, name string) ([]EventRecord, error) {
	var c eventCollector
	err := readJSONL(r, name, c.add)
	return c.out, err
}

type rawEventRecord struct {
	ID     json.RawMessage `json:"id"`
	Events any             `json:"events"`
	Meta   struct {
		Dataset string `json:"dataset"`
	} `json:"meta"`
}

// eventCollector keeps records in file order, a duplicate id in place.
type eventCollector struct {
	out []EventRecord
	at  map[string]int
}

func (c *eventCollector) add(raw rawEventRecord) {
	rec := EventRecord{ID: idString(raw.ID), Dataset: raw.Meta.Dataset}
	if list, ok := raw.Events.([]any); ok {
		for _, e := range list {
			if m, ok := e.(map[string]any); ok {
				rec.Events = append(rec.Events, m)
			}
		}
	}
	if c.at == nil {
		c.at = map[string]int{}
	}
	if i, ok := c.at[rec.ID]; ok {
		c.out[i] = rec
		return
	}
	c.at[rec.ID] = len(c.out)
	c.out = append(c.out, rec)
}

// EventsScore holds the figures of shared/eval/events/score.py; which of
// them are set depends on the dataset.
type EventsScore struct {
	Set     string `json:"set"`
	Records int    `json:"records"`
	// plover_gsr
	Precision *float64 `json:"precision,omitempty"`
	Recall    *float64 `json:"recall,omitempty"`
	F1        *float64 `json:"f1,omitempty"`
	MacroF1   *float64 `json:"macro_f1,omitempty"`
	// case2021_task2, acled_sample
	Accuracy   *float64 `json:"accuracy,omitempty"`
	WeightedF1 *float64 `json:"weighted_f1,omitempty"`
	// acled_sample
	LocationAcc25   *float64 `json:"location_acc25,omitempty"`
	FatalitiesExact *float64 `json:"fatalities_exact,omitempty"`
	DateExact       *float64 `json:"date_exact,omitempty"`
}

// ScoreEvents computes score.py's figures for the gold set's dataset.
func ScoreEvents(gold, pred []EventRecord) (EventsScore, error) {
	if len(gold) == 0 {
		return EventsScore{}, fmt.Errorf("eval: empty gold set")
	}
	predBy := map[string][]map[string]any{}
	for _, p := range pred {
		predBy[p.ID] = p.Events
	}
	set := gold[0].Dataset
	s := EventsScore{Set: set}
	switch set {
	case "plover_gsr":
		scorePlover(&s, gold, predBy)
	case "case2021_task2":
		scoreACLEDTypes(&s, gold, predBy, true)
	case "acled_sample":
		scoreACLEDTypes(&s, gold, predBy, false)
		scoreACLEDFields(&s, gold, predBy)
	default:
		return s, fmt.Errorf("eval: unknown set %q", set)
	}
	return s, nil
}

func ptr(x float64) *float64 { return &x }

func f1of(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// str returns a field as score.py compares it: strings as themselves,
// anything else (numbers, booleans) by its JSON text, absent as "".
func str(v any) (string, bool) {
	switch x := v.(type) {
	case nil:
		return "", false
	case string:
		return x, x != ""
	default:
		b, _ := json.Marshal(x)
		return string(b), true
	}
}

func scorePlover(s *EventsScore, gold []EventRecord, pred map[string][]map[string]any) {
	type counts struct{ tp, fp, fn int }
	per := map[string]*counts{}
	var order []string
	tp, fp, fn := 0, 0, 0
	goldTypes := map[string]bool{}
	for _, g := range gold {
		gt := map[string]bool{}
		for _, e := range g.Events {
			t, _ := str(e["type"])
			gt[t] = true
			goldTypes[t] = true
		}
		pt := map[string]bool{}
		for _, e := range pred[g.ID] {
			if t, ok := str(e["type"]); ok {
				pt[t] = true
			}
		}
		union := map[string]bool{}
		for t := range gt {
			union[t] = true
		}
		for t := range pt {
			union[t] = true
		}
		for t := range union {
			c, ok := per[t]
			if !ok {
				c = &counts{}
				per[t] = c
				order = append(order, t)
			}
			switch {
			case gt[t] && pt[t]:
				tp++
				c.tp++
			case pt[t]:
				fp++
				c.fp++
			default:
				fn++
				c.fn++
			}
		}
	}
	p, r := ratio(tp, tp+fp), ratio(tp, tp+fn)
	s.Records = len(gold)
	s.Precision, s.Recall, s.F1 = ptr(Round4(p)), ptr(Round4(r)), ptr(Round4(f1of(p, r)))
	var macro []float64
	for _, t := range order {
		if c := per[t]; goldTypes[t] {
			macro = append(macro, f1of(ratio(c.tp, c.tp+c.fp), ratio(c.tp, c.tp+c.fn)))
		}
	}
	s.MacroF1 = ptr(Round4(mean(macro)))
}

// firstField is score.py's first(): the first event's value of key that
// is neither null nor "".
func firstField(events []map[string]any, key string) any {
	for _, e := range events {
		if v := e[key]; v != nil && v != "" {
			return v
		}
	}
	return nil
}

func scoreACLEDTypes(s *EventsScore, gold []EventRecord, pred map[string][]map[string]any, onlySeen bool) {
	type pair struct {
		gold string
		pred any
	}
	var pairs []pair
	for _, g := range gold {
		if len(g.Events) == 0 {
			continue
		}
		ge := g.Events[0]
		label, ok := str(ge["acled_sub_event_type"])
		if !ok {
			label, _ = str(ge["type"])
		}
		if onlySeen && !truthy(ge["seen_class"]) {
			continue
		}
		pairs = append(pairs, pair{label, firstField(pred[g.ID], "acled_sub_event_type")})
	}
	same := func(p pair) bool { ps, ok := p.pred.(string); return ok && ps == p.gold }
	hits := 0
	for _, p := range pairs {
		if same(p) {
			hits++
		}
	}
	support := map[string]int{}
	var labels []string
	for _, p := range pairs {
		if support[p.gold] == 0 {
			labels = append(labels, p.gold)
		}
		support[p.gold]++
	}
	total := 0.0
	for _, label := range labels {
		n := support[label]
		tp, pp := 0, 0
		for _, p := range pairs {
			if ps, ok := p.pred.(string); ok && ps == label {
				pp++
				if p.gold == label {
					tp++
				}
			}
		}
		total += float64(n) * f1of(ratio(tp, pp), ratio(tp, n))
	}
	s.Records = len(pairs)
	s.Accuracy = ptr(Round4(ratio(hits, len(pairs))))
	wf := 0.0
	if len(pairs) > 0 {
		wf = total / float64(len(pairs))
	}
	s.WeightedF1 = ptr(Round4(wf))
}

func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case float64:
		return x != 0
	case string:
		return x != ""
	}
	return true
}

func num(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case int:
		return float64(x), true
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	case string:
		f, err := strconv.ParseFloat(x, 64)
		return f, err == nil
	}
	return 0, false
}

// intOf is Python's int(e.get(key) or 0) for the values events carry.
func intOf(v any) int {
	f, ok := num(v)
	if !ok {
		return 0
	}
	return int(math.Trunc(f))
}

func scoreACLEDFields(s *EventsScore, gold []EventRecord, pred map[string][]map[string]any) {
	loc, fat, date, n := 0, 0, 0, 0
	for _, g := range gold {
		if len(g.Events) == 0 {
			continue
		}
		ge, pe := g.Events[0], pred[g.ID]
		n++
		var pl map[string]any
		for _, e := range pe {
			if m, ok := e["location"].(map[string]any); ok && m["lat"] != nil {
				pl = m
				break
			}
		}
		if pl != nil && ge["latitude"] != nil {
			glat, _ := num(ge["latitude"])
			glon, _ := num(ge["longitude"])
			plat, ok1 := num(pl["lat"])
			plon, ok2 := num(pl["lon"])
			if ok1 && ok2 && HaversineKm(glat, glon, plat, plon) <= 25 {
				loc++
			}
		}
		gf := 0
		for _, e := range g.Events {
			gf += intOf(e["fatalities"])
		}
		pf := 0
		for _, e := range pe {
			pf += intOf(e["fatalities"])
		}
		if len(pe) > 0 && pf == gf {
			fat++
		}
		d := firstField(pe, "date")
		if m, ok := d.(map[string]any); ok {
			d = m["value"]
		}
		if ds, ok := d.(string); ok {
			gd, _ := ge["date"].(string)
			if len(ds) > 10 {
				ds = ds[:10]
			}
			if ds == gd {
				date++
			}
		}
	}
	s.LocationAcc25 = ptr(Round4(ratio(loc, n)))
	s.FatalitiesExact = ptr(Round4(ratio(fat, n)))
	s.DateExact = ptr(Round4(ratio(date, n)))
}
