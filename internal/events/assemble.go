package events

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// finish turns a merged event into a model.Event with its evidence.
func (c *coder) finish(e *event) model.Event {
	sort.SliceStable(e.cands, func(i, j int) bool { return e.cands[i].sent < e.cands[j].sent })
	prim := e.cands[0]
	for _, cd := range e.cands[1:] {
		if cd.typ == e.typ && (modeRank(cd.mode) > modeRank(prim.mode) || prim.typ != e.typ) {
			prim = cd
		}
	}
	ev := model.Event{Type: e.typ, Aux: e.aux, Evidence: map[string]model.Evidence{}}
	ev.DocumentID = c.doc.ID
	why := func(f string, a ...any) {
		if c.opt.Explain {
			ev.Reasons = append(ev.Reasons, fmt.Sprintf(f, a...))
		}
	}
	ev.Evidence["trigger"] = c.evidence(prim, prim.trig.i, prim.trig.j)
	for _, cd := range e.cands {
		if modeRank(cd.mode) > modeRank(ev.Mode) && cd.typ == e.typ {
			ev.Mode = cd.mode
			for _, h := range cd.hits {
				if h.e.mode == cd.mode {
					ev.Evidence["mode"] = c.evidence(cd, h.i, h.j)
					break
				}
			}
		}
	}
	if ev.Mode == "" && e.typ == "PROTEST" {
		ev.Mode = "demo"
	}
	for _, cd := range e.cands {
		for _, r := range cd.reasons {
			why("%s", r)
		}
	}
	for _, n := range e.notes {
		why("merge: %s", n)
	}
	if len(e.cands) > 1 {
		why("merge: %d mentions of one event", len(e.cands))
	}
	// actor and recipient: the primary mention's, else the first found
	for _, cd := range append([]*cand{prim}, e.cands...) {
		if ev.Actor == nil && cd.actor != nil {
			a := *cd.actor
			ev.Actor = &a
			ev.Evidence["actor"] = c.spanEvidence(cd, *a.Span)
			why("actor %q (%s %s): %s", a.Name, a.Country, a.Sector, cd.argWhy)
		}
		if ev.Recipient == nil && cd.recip != nil {
			a := *cd.recip
			ev.Recipient = &a
			ev.Evidence["recipient"] = c.spanEvidence(cd, *a.Span)
			why("recipient %q (%s %s)", a.Name, a.Country, a.Sector)
		}
	}
	if ev.Actor != nil && ev.Recipient != nil && ev.Actor.Name == ev.Recipient.Name {
		ev.Recipient = nil
		delete(ev.Evidence, "recipient")
	}
	// counts: summed within a sentence, the largest over sentences
	fat, fatEv := c.counts(e, "killed")
	if fatEv != nil {
		n := int(fat)
		ev.Fatalities = &n
		ev.Evidence["fatalities"] = *fatEv
		why("fatalities %d from %q", n, fatEv.Text)
	}
	for _, what := range []string{"injured", "arrested"} {
		if v, evd := c.counts(e, what); evd != nil {
			if ev.Quantities == nil {
				ev.Quantities = map[string]float64{}
			}
			ev.Quantities[what] = v
			ev.Evidence[what] = *evd
		}
	}
	c.otherQuantities(e, &ev)
	// ACLED view
	sub, subWhy := acled(e, ev.Actor, ev.Recipient, int(fat))
	if sub != "" {
		ev.ACLEDSubEventType = sub
		ev.ACLEDEventType = acledEventType[sub]
		why("ACLED %s / %s: %s", ev.ACLEDEventType, sub, subWhy)
	}
	// a protest named only through its participants as the target of
	// state violence or arrests ("police opened fire on demonstrators")
	// reports, in PLOVER, the assault or the arrest; the ACLED view stays
	if typ, mode := targetedCrowd(e); typ != "" {
		ev.Type, ev.Mode = typ, mode
		delete(ev.Evidence, "mode")
		why("recoded as %s: the protesters are only named as its target", typ)
	}
	// location
	if p, prec, pwhy := c.locate(e); p != nil {
		sp := p.Span()
		ev.Location = &model.EventLocation{Name: p.Name, Lat: p.Lat, Lon: p.Lon, GeonameID: p.GeonameID, GazetteerID: p.GazetteerID,
			CountryCode: p.CountryCode, Admin1: p.Admin1, Precision: prec, Span: &sp}
		ev.Evidence["location"] = model.Evidence{Start: sp.Start, End: sp.End, Text: p.Name}
		why("location %q (%s, precision %d): %s", p.Name, p.GazetteerID, prec, pwhy)
	}
	// date
	if d := c.date(e); d.value != "" {
		ev.Date, ev.DatePrecision, ev.DateBasis = d.value, d.prec, d.basis
		if d.ev != nil {
			ev.Evidence["date"] = model.Evidence{Start: d.ev.Span.Start, End: d.ev.Span.End, Embed: d.ev.Embed, Text: d.ev.Text}
		} else if d.embed != nil {
			ev.Evidence["date"] = model.Evidence{Embed: d.embed, Text: c.doc.Embeds[*d.embed].Date}
		}
		why("date %s (precision %d, %s): %s", d.value, d.prec, d.basis, d.why)
	}
	ev.Context = contexts(e)
	ev.Confidence = confidence(e, &ev)
	ev.ID = c.id(prim, e.typ)
	return ev
}

func (c *coder) evidence(cd *cand, i, j int) model.Evidence {
	return model.Evidence{Start: cd.ts[i].rs, End: cd.ts[j-1].re, Embed: cd.embed, Text: cd.src[cd.ts[i].bs:cd.ts[j-1].be]}
}

func (c *coder) spanEvidence(cd *cand, sp model.Span) model.Evidence {
	ev := model.Evidence{Start: sp.Start, End: sp.End, Embed: cd.embed}
	for k := range cd.ts {
		if cd.ts[k].rs == sp.Start {
			for m := k; m < len(cd.ts); m++ {
				if cd.ts[m].re == sp.End {
					ev.Text = cd.src[cd.ts[k].bs:cd.ts[m].be]
					break
				}
			}
			break
		}
	}
	return ev
}

// counts sums the figures of one kind within each sentence of the event
// and returns the largest sentence total, with the evidence of its first
// figure.
func (c *coder) counts(e *event, what string) (float64, *model.Evidence) {
	// a figure one side claims gives way to a figure stated as fact
	// ("3 were killed. The rebels claimed 11 dead."): the codebook takes
	// the most conservative toll
	stated := false
	for _, cd := range append(e.cands[:len(e.cands):len(e.cands)], e.extra...) {
		for _, n := range cd.counts {
			if n.what == what && !animalCount(cd.ts, n) && !claimedCount(cd.ts, n) {
				stated = true
			}
		}
	}
	best := -1.0
	var bestEv *model.Evidence
	seen := map[int]bool{}
	for _, cd := range append(e.cands[:len(e.cands):len(e.cands)], e.extra...) {
		if seen[cd.sent] || len(cd.counts) == 0 {
			continue
		}
		seen[cd.sent] = true
		sum, first := 0.0, -1
		lo, hi := 0, 0
		for x, n := range cd.counts {
			if n.what != what || animalCount(cd.ts, n) || stated && claimedCount(cd.ts, n) {
				continue
			}
			sum += n.value
			if first < 0 {
				first, lo, hi = x, n.i, n.j
			}
			lo, hi = min(lo, n.i), max(hi, n.j)
		}
		if first >= 0 && sum > best {
			best = sum
			ev := c.evidence(cd, lo, hi)
			bestEv = &ev
		}
	}
	return best, bestEv
}

// otherQuantities records counts of materiel the mentions' quantities
// give ("41 aircraft damaged", "launched 30 drones").
func (c *coder) otherQuantities(e *event, ev *model.Event) {
	for _, q := range c.r.Quantities {
		if q.Unit != "" || q.Value <= 0 {
			continue
		}
		for _, cd := range e.cands {
			if !sameEmbed(q.Embed, cd.embed) || q.Span.Start < cd.sentSpan.Start || q.Span.End > cd.sentSpan.End {
				continue
			}
			key := materielKey(strings.ToLower(q.Counts), cd, q.Span.End)
			if key == "" {
				continue
			}
			if ev.Quantities == nil {
				ev.Quantities = map[string]float64{}
			}
			if _, ok := ev.Quantities[key]; !ok {
				ev.Quantities[key] = q.Value
				ev.Evidence[key] = model.Evidence{Start: q.Span.Start, End: q.Span.End, Embed: q.Embed, Text: q.Text}
			}
		}
	}
}

// materielKey names a count of materiel by what it counts and the verb
// near it: "aircraft_damaged", "drones_launched".
func materielKey(counts string, cd *cand, end int) string {
	what := ""
	for _, w := range []string{"aircraft", "plane", "helicopter", "drone", "tank", "vehicle", "missile", "rocket", "house", "home", "building", "ship", "vessel"} {
		if strings.Contains(counts, w) {
			what = w
			break
		}
	}
	if what == "" {
		return ""
	}
	if what == "plane" || what == "helicopter" {
		what = "aircraft"
	}
	if what != "aircraft" {
		what += "s"
	}
	verb := ""
	for k := range cd.ts {
		lw := cd.ts[k].low
		switch {
		case strings.HasPrefix(lw, "damag"):
			verb = "damaged"
		case strings.HasPrefix(lw, "destroy"):
			verb = "destroyed"
		case strings.HasPrefix(lw, "launch"), strings.HasPrefix(lw, "fired"):
			verb = "launched"
		case strings.HasPrefix(lw, "intercept"), lw == "downed" || lw == "shot" && k+1 < len(cd.ts) && cd.ts[k+1].low == "down":
			verb = "downed"
		case strings.HasPrefix(lw, "hit") || strings.HasPrefix(lw, "struck"):
			if verb == "" {
				verb = "hit"
			}
		}
	}
	if verb == "" {
		return ""
	}
	return what + "_" + verb
}

// contextWords give PLOVER contexts from words in the event's sentences.
var contextWords = map[string]string{
	"refugee": "migration", "refugees": "migration", "migrants": "migration", "displaced": "migration",
	"election": "election", "elections": "election", "vote": "election", "ballot": "election", "polls": "election",
	"humanitarian": "humanitarian", "terrorism": "terrorism", "terrorist": "terrorism", "terrorists": "terrorism",
	"nuclear": "cbrn", "chemical": "cbrn", "cyber": "cyber", "hackers": "cyber", "trade": "economic",
	"economic": "economic", "tariffs": "economic", "investment": "economic", "military": "military",
	"corruption": "corruption", "parliament": "legislative", "lawmakers": "legislative", "covid": "disease",
	"epidemic": "disease", "pandemic": "disease", "peacekeepers": "peacekeeping", "peacekeeping": "peacekeeping",
	"intelligence": "intelligence", "diplomatic": "diplomatic", "embassy": "diplomatic", "rights": "human_rights",
}

func contexts(e *event) []string {
	seen := map[string]bool{}
	var out []string
	done := map[int]bool{}
	for _, cd := range e.cands {
		if done[cd.sent] {
			continue
		}
		done[cd.sent] = true
		for k := range cd.ts {
			if ctx, ok := contextWords[cd.ts[k].low]; ok && !seen[ctx] {
				seen[ctx] = true
				out = append(out, ctx)
			}
		}
	}
	if e.aux.Historical {
		out = append(out, "historical")
	}
	if e.aux.Future {
		out = append(out, "future")
	}
	if e.aux.Hypothetical {
		out = append(out, "hypothetical")
	}
	sort.Strings(out)
	return out
}

// confidence: the trigger's strength, raised by each argument found and
// each repeated mention, lowered for allegations and non-asserted events.
func confidence(e *event, ev *model.Event) float64 {
	w := 0.0
	for _, cd := range e.cands {
		w = max(w, cd.trig.e.w)
	}
	s := 0.55 * w
	// material events are what the news reports; statements about them come second
	switch e.typ {
	case "ASSAULT", "PROTEST":
		s += 0.12
	case "COERCE", "RETREAT", "AID", "SANCTION":
		s += 0.05
	}
	if e.typ == "MOBILIZE" && e.tags["change"] {
		s -= 0.05
	}
	if ev.Actor != nil {
		s += 0.1
	}
	if ev.Recipient != nil {
		s += 0.05
	}
	if ev.Location != nil {
		s += 0.08
	}
	if ev.Date != "" && ev.DatePrecision == 1 {
		s += 0.07
	}
	if ev.ACLEDSubEventType != "" {
		s += 0.05
	}
	s += 0.03 * float64(min(len(e.cands)-1, 3))
	// earlier is more central: the lead states the news
	first := e.cands[0].sent
	s += 0.06 / float64(1+first)
	if ev.Aux.Alleged {
		s *= 0.8
	}
	if !ev.Aux.Asserted() {
		s *= 0.5
	}
	if s > 0.99 {
		s = 0.99
	}
	return float64(int(s*1000+0.5)) / 1000
}

// id is stable: the document, the type and the primary trigger's span.
func (c *coder) id(cd *cand, typ string) string {
	h := fnv.New64a()
	key := c.doc.ID
	if key == "" {
		key = c.doc.ContentHash
	}
	if key == "" {
		key = c.doc.Text
	}
	emb := -1
	if cd.embed != nil {
		emb = *cd.embed
	}
	fmt.Fprintf(h, "%s|%s|%d|%d|%d", key, typ, emb, cd.ts[cd.trig.i].rs, cd.ts[cd.trig.j-1].re)
	return fmt.Sprintf("ev-%016x", h.Sum64())
}

// claimWords before a figure make it one side's claim.
var claimWords = setOf(`claimed claims claim claiming reportedly alleged allegedly according purportedly`)

// claimedCount reports a casualty figure given as someone's claim: a
// claim word shortly before it in its sentence, or in the parenthesis
// that holds it ("(the rebels claimed 11 dead)").
func claimedCount(ts []tok, n count) bool {
	for k := n.i - 1; k >= 0 && k >= n.i-8; k-- {
		if ts[k].punct && (ts[k].low == "." || ts[k].low == ";" || ts[k].low == ")") {
			break
		}
		if claimWords[ts[k].low] || ts[k].low == "reported" && k+1 < len(ts) && !ts[k+1].punct && k+1 <= n.i {
			return true
		}
	}
	return false
}

// animalWords after a figure count animals, not people.
var animalWords = setOf(`cattle livestock cows goats sheep camels animals donkeys horses pigs chickens`)

func animalCount(ts []tok, n count) bool {
	for k := n.i; k < n.j+4 && k < len(ts); k++ {
		if animalWords[ts[k].low] {
			return true
		}
	}
	return false
}
