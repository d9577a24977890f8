package events

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/geowire/geowire/internal/model"
)

// ErrNilDocument is returned by Code for a nil document.
var ErrNilDocument = errors.New("events: nil document")

// Options tune Code.
type Options struct {
	// All keeps negated, hypothetical, future and historical events,
	// marked in Aux; by default only events reported as having happened
	// (including alleged ones) are returned.
	All bool
	// Explain fills Event.Reasons with the decisions behind each field.
	Explain bool
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// compiled returns the trigger lexicon, compiled on first use.
func compiled() *lexicon {
	lexOnce.Do(func() {
		lx := newLexicon()
		for _, src := range []string{violenceLexicon, protestLexicon, coopLexicon, conflictLexicon, strategicLexicon, cameoCategoriesLexicon, sexualViolenceLexicon, acledDevelopmentsLexicon, smallArmsAndMinesLexicon, threatsRefusalsTerritoryLexicon, riotLexicon, mobilizeLexicon, concedeLexicon, coerceLexicon, diplomacyLexicon, aidLexicon, interventionLexicon, accidentLexicon, territoryLexicon, jetsLexicon, suicideLexicon, disposalLexicon, handoverLexicon, crackdownLexicon} {
			lx.add(src)
		}
		lex = lx
	})
	return lex
}

// Code codes the events of a document. r is the nlp stage's reading of
// doc (nil reads the text as one sentence per line, without entities or
// dates); places are the geoparser's resolved places in doc.Text (nil
// when there are none). Events come most salient first.
func Code(ctx context.Context, doc *model.Document, r *model.Reading, places []model.Place, opt Options) ([]model.Event, error) {
	if doc == nil {
		return nil, ErrNilDocument
	}
	if r == nil {
		r = &model.Reading{}
	}
	c := coder{doc: doc, r: r, places: places, opt: opt, lx: compiled()}
	c.refYear = referenceYear(doc, r)
	if err := c.text(ctx, doc.Text, nil); err != nil {
		return nil, err
	}
	for i := range doc.Embeds {
		if doc.Embeds[i].Text == "" {
			continue
		}
		idx := i
		if err := c.text(ctx, doc.Embeds[i].Text, &idx); err != nil {
			return nil, err
		}
	}
	c.primary()
	evs := c.merge()
	c.adopt(evs)
	out := make([]model.Event, 0, len(evs))
	for _, e := range evs {
		ev := c.finish(e)
		if !opt.All && !ev.Aux.Asserted() {
			continue
		}
		out = append(out, ev)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Confidence > out[j].Confidence })
	dedupeTolls(out)
	otherDevelopment(out)
	applyCodedToll(doc.Text, out)
	applyNoteLabel(doc.Text, out)
	return out, nil
}

// dedupeTolls keeps a death toll with the most salient event that reports
// it: "police arrested two men after the clash that killed four" gives
// the four dead to the clash, not also to the arrests.
func dedupeTolls(out []model.Event) {
	type key struct {
		embed      int
		start, end int
	}
	seen := map[key]bool{}
	for i := range out {
		ev, ok := out[i].Evidence["fatalities"]
		if !ok || out[i].Fatalities == nil {
			continue
		}
		k := key{-1, ev.Start, ev.End}
		if ev.Embed != nil {
			k.embed = *ev.Embed
		}
		if seen[k] {
			out[i].Fatalities = nil
			delete(out[i].Evidence, "fatalities")
			continue
		}
		seen[k] = true
	}
}

// coder holds one document's coding.
type coder struct {
	doc     *model.Document
	r       *model.Reading
	places  []model.Place
	opt     Options
	lx      *lexicon
	refYear int
	cands   []*cand
	orphans []*cand // sentences with a death toll and no event of their own
	nsent   int
	hits    []hit
	ms      []mention
	dp      *docPlaces // the document's places as locate reads them, once per document
}

// cand is one event mention in one sentence.
type cand struct {
	typ, mode string
	tags      map[string]bool
	trig      hit
	hits      []hit
	aux       aux
	embed     *int
	sent      int // sentence ordinal in the document
	ts        []tok
	src       string // the text the tokens index
	sentSpan  model.Span
	actor     *model.Actor
	recip     *model.Actor
	argWhy    string
	ms        []mention // every actor mention of the sentence
	counts    []count
	dates     []model.DateRef
	places    []model.Place
	reasons   []string
}

// entTok is an entity with its token range in a sentence.
type entTok struct {
	e    *model.Entity
	i, j int
}

func sameEmbed(a, b *int) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

// text codes one text: the article's (embed nil) or an embedded post's.
func (c *coder) text(ctx context.Context, src string, embed *int) error {
	if src == "" {
		return nil
	}
	ts := tokenize(src, nil)
	var sents []model.Span
	for _, s := range c.r.Sentences {
		if sameEmbed(s.Embed, embed) {
			sents = append(sents, s.Span)
		}
	}
	if len(sents) == 0 {
		sents = splitLines(ts)
	}
	var ents []model.Entity
	for _, e := range c.r.Entities {
		if sameEmbed(e.Embed, embed) {
			ents = append(ents, e)
		}
	}
	var dates []model.DateRef
	for _, d := range c.r.Dates {
		if sameEmbed(d.Embed, embed) {
			dates = append(dates, d)
		}
	}
	var places []model.Place
	if embed == nil {
		places = c.places
	}
	var et []entTok
	for si, sp := range sents {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("events: %w", err)
			}
		}
		a := sort.Search(len(ts), func(k int) bool { return ts[k].rs >= sp.Start })
		b := sort.Search(len(ts), func(k int) bool { return ts[k].rs >= sp.End })
		if a >= b {
			continue
		}
		st := ts[a:b:b]
		et = et[:0]
		for ei := range ents {
			e := &ents[ei]
			if e.Span.Start >= sp.Start && e.Span.End <= sp.End {
				i := sort.Search(len(st), func(k int) bool { return st[k].rs >= e.Span.Start })
				j := sort.Search(len(st), func(k int) bool { return st[k].rs >= e.Span.End })
				if i < j {
					et = append(et, entTok{e: e, i: i, j: j})
				}
			}
		}
		var sd []model.DateRef
		for _, d := range dates {
			if d.Span.Start >= sp.Start && d.Span.End <= sp.End {
				sd = append(sd, d)
			}
		}
		var sp2 []model.Place
		for _, p := range places {
			if p.Start >= sp.Start && p.End <= sp.End {
				sp2 = append(sp2, p)
			}
		}
		c.sentence(st, src, sp, embed, et, sd, sp2)
		c.nsent++
	}
	return nil
}

// splitLines makes sentences at . ! ? and line ends when the reading has none.
func splitLines(ts []tok) []model.Span {
	var out []model.Span
	start := -1
	for k := range ts {
		if start < 0 {
			start = ts[k].rs
		}
		if ts[k].punct && (ts[k].low == "." || ts[k].low == "!" || ts[k].low == "?") {
			out = append(out, model.Span{Start: start, End: ts[k].re})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, model.Span{Start: start, End: ts[len(ts)-1].re})
	}
	return out
}

// sentence finds the event mentions of one sentence.
func (c *coder) sentence(ts []tok, src string, sp model.Span, embed *int, ents []entTok, dates []model.DateRef, places []model.Place) {
	hs := c.lx.match(ts, c.hits[:0])
	hs = speechAccusation(ts, hs)
	hs = dropProtestModifiers(ts, hs)
	hs = dropCivilianDispatch(ts, hs)
	hs = dropMilitaryStrikes(ts, hs)
	hs = dropBareIntervention(ts, hs)
	hs = dropOccupiedAdjectives(ts, hs)
	hs = dropChemTargets(ts, hs)
	hs = dropNegatedCompounds(c.lx, ts, hs)
	hs = dropRetaliationCause(ts, hs)
	hs = dropDisposalDestruction(ts, hs)
	hs = dropStativeControl(ts, hs)
	if len(hs) == 0 && c.nsent == 0 && embed == nil {
		// a coded note with no trigger: its label names the development
		if h, ok := labelHit(ts, src); ok {
			hs = append(hs, h)
		}
	}
	c.hits = hs
	if len(hs) == 0 {
		c.orphan(ts, src, sp, embed, dates)
		return
	}
	type kept struct {
		h   hit
		typ string
		why string
	}
	var ks []kept
	strong := false
	for x := range hs {
		// "warned it would quit the talks": a warning with a consequence
		// is a threat, a trigger of its own
		if hs[x].e.typ == "THREATEN" && hs[x].e.weak && warnConsequence(ts, hs[x]) {
			hs[x].e = &warnEntry
		}
		if !hs[x].e.weak && !skipUse(ts, hs[x]) && !settingHit(ts, hs[x]) {
			strong = true
		}
	}
	for _, h := range hs {
		if h.e.weak && strong {
			continue
		}
		typ := h.e.typ
		fig, recode, why := figurative(ts, h)
		if fig {
			if recode == "" {
				if c.opt.Explain {
					c.dropped(ts, h, why)
				}
				continue
			}
			typ = recode
		}
		if skipUse(ts, h) {
			continue
		}
		// "residents gathered outside the council to denounce …": a gathering to voice a demand is a protest
		if (typ == "REQUEST" || typ == "ACCUSE" || typ == "REJECT") && h.i > 0 && (ts[h.i-1].low == "to" || strings.HasSuffix(ts[h.i].low, "ing")) && gathering(ts) {
			h.e = &gatherEntry
			typ = "PROTEST"
		}
		ks = append(ks, kept{h: h, typ: typ, why: why})
	}
	// drop triggers nested inside a longer one ("peace deal" in "signed a peace deal" keeps both; "drone" in "drone strike" is one)
	// and noun triggers that are the object of a verbal trigger of another type ("condemned the attack")
	for x := range ks {
		for y := range ks {
			if x == y || ks[y].typ == "" || ks[x].typ == "" {
				continue
			}
			hx, hy := ks[x].h, ks[y].h
			// "conducted joint naval drills": exercises held together are
			// cooperation, not a show of force
			if hy.i > hx.i && hy.j <= hx.j && hy.e.typ == "COOPERATE" && hx.e.typ == "MOBILIZE" && ts[hy.i].low == "joint" {
				ks[x].typ = ""
				continue
			}
			if hy.i >= hx.i && hy.j <= hx.j && (hy.i != hx.i || hy.j != hx.j) && (hy.e.tag == "" || hy.e.tag == hx.e.tag || hx.e.tag == "" || hx.e.typ == hy.e.typ && (hy.e.tag == "attack" || hy.e.tag == "mob") || deescalation[hx.e.typ]) {
				ks[y].typ = ""
				continue
			}
			// what a protest is about is not an event of its own: "protest against the arrest"
			if ks[x].typ == "PROTEST" && ks[y].typ != "PROTEST" && hy.i >= hx.j && hy.i <= hx.j+8 && (hx.e.tag == "protest" || hx.e.tag == "strike") {
				// demands, rejections and complaints a protest voices are the protest
				about := ks[y].typ == "REQUEST" || ks[y].typ == "REJECT" || ks[y].typ == "ACCUSE" || ks[y].typ == "SUPPORT"
				for k := hx.j; k < hy.i; k++ {
					if clauseBreak(&ts[k]) {
						break
					}
					switch ts[k].low {
					case "against", "over", "demanding", "denouncing", "condemning", "about", "decrying":
						about = true
					}
				}
				if about {
					if c.opt.Explain {
						c.dropped(ts, hy, "what the protest is about")
					}
					ks[y].typ = ""
					continue
				}
			}
			if ks[x].typ == "PROTEST" && ks[y].typ != "PROTEST" && (hx.e.tag == "protest" || hx.e.tag == "strike") && protestTopic(ts, hx, hy) {
				if c.opt.Explain {
					c.dropped(ts, hy, "the protest's grievance")
				}
				ks[y].typ = ""
				continue
			}
			// violence a protest is about or commemorates is not the
			// crowd's: "a vigil on the anniversary of the riot", "a rally
			// against the earlier stone-throwing"
			if ks[x].typ == "PROTEST" && ks[y].typ == "PROTEST" && (hx.e.tag == "protest" || hx.e.tag == "strike") && crowdViolence[hy.e.tag] && hy.i >= hx.j && namedIncident(ts, hy) && protestTopic(ts, hx, hy) {
				if c.opt.Explain {
					c.dropped(ts, hy, "violence the protest is about")
				}
				ks[y].typ = ""
				continue
			}
			if verbalType[ks[x].typ] && ks[y].typ != ks[x].typ && nounUse(ts, hy) && !hx.e.noun && hy.i >= hx.j && hy.i <= hx.j+6 && !(ks[x].typ == "REJECT" && refusalModal(ts, hx)) && (materielVerb[ks[x].typ] == (ks[y].typ == "ASSAULT") || !materielVerb[ks[x].typ]) {
				// a trigger that ends in "that" opens a clause: "charged that …"
				linked := ts[hx.j-1].low == "that"
				for k := hx.j; k < hy.i; k++ {
					if clauseBreak(&ts[k]) {
						linked = true // another clause: not its object
						break
					}
					switch ts[k].low {
					case "of", "for", "that", "to", "after", "when", "as":
						linked = true
					}
				}
				// "the summit turned violent": a past verb after a noun
				// trigger is the noun's predicate, not its object
				if predicateOfNoun(ts, hx, hy) || intentComplement(ts, hx, hy, ks[x].typ) {
					linked = true
				}
				if !linked {
					if c.opt.Explain {
						c.dropped(ts, hy, "object of "+ks[x].typ+" trigger "+spanText(ts, hx.i, hx.j))
					}
					ks[y].typ = ""
				}
			}
		}
	}
	// a trigger used as an adjective ("the detained journalists were
	// freed") names the state of the noun, not an act, beside a strong
	// trigger of the sentence
	for x := range ks {
		if ks[x].typ == "" || ks[x].typ == "PROTEST" || !participleAdjective(ts, ks[x].h) {
			continue
		}
		for y := range ks {
			if y != x && ks[y].typ != "" && !ks[y].h.e.weak && ks[y].h.e.w >= 0.8 && (ks[y].h.i >= ks[x].h.j || ks[y].h.j <= ks[x].h.i) {
				ks[x].typ = ""
				break
			}
		}
	}
	// weapons found, seized, defused or intercepted were not used: the
	// weapon words of such a sentence make no attack unless something
	// went off ("police seized grenades", not "hurled grenades")
	disrupted := false
	var disruptHits []hit
	for _, k := range ks {
		if k.typ != "" && k.h.e.tag == "disrupt" {
			disrupted = true
			disruptHits = append(disruptHits, k.h)
		}
	}
	// the blast of a controlled explosion is the disposal itself
	if disrupted && !detonationOutside(ts, disruptHits) {
		for x := range ks {
			switch ks[x].h.e.tag {
			case "grenade", "ied", "shell", "chem", "air", "drone", "attack", "anaphor", "suicide":
				// nor did the attack they were meant for ("foiled an
				// attack", "an IED planted to attack a convoy")
				if ks[x].typ == "ASSAULT" {
					ks[x].typ = ""
				}
			}
		}
	}
	// "attempted to capture the port": a capture tried is no change of
	// territory; the fighting, if reported, is the event
	for x := range ks {
		if ks[x].typ == "ASSAULT" && attemptedCapture(ts, ks[x].h) {
			ks[x].h.e = &attemptEntry
		}
	}
	// "arrested nine men during dawn raids": the raids are how the
	// arrests were made, no attack of their own
	for x := range ks {
		if ks[x].typ == "ASSAULT" && arrestRaid(ts, ks[x].h) {
			for y := range ks {
				if ks[y].typ == "COERCE" && ks[y].h.e.mode == "arrest" {
					ks[x].typ = ""
					break
				}
			}
		}
	}
	// "stalls were torched following heavy clashes": the fighting is the
	// background of the destruction reported
	for x := range ks {
		if ks[x].typ == "ASSAULT" && aftermathClash(ts, ks[x].h) {
			for y := range ks {
				if ks[y].typ == "ASSAULT" && ks[y].h.e.tag == "loot" && ks[y].h.j <= ks[x].h.i {
					ks[x].typ = ""
					break
				}
			}
		}
	}
	var live []hit
	var types []string
	for _, k := range ks {
		if k.typ != "" {
			live = append(live, k.h)
			types = append(types, k.typ)
		}
	}
	if len(live) == 0 {
		c.orphan(ts, src, sp, embed, dates)
		return
	}
	ms := findMentions(ts, ents, c.ms[:0])
	c.ms = ms
	cnts := casualties(ts, func(k int) bool {
		for _, d := range dates {
			if ts[k].rs >= d.Span.Start && ts[k].re <= d.Span.End {
				return true
			}
		}
		return false
	})
	auxs := make([]aux, len(live))
	for x := range live {
		auxs[x] = modality(ts, live, x, c.refYear, dates)
	}
	commissives(ts, ms, live, types, auxs)
	allegeInSpeech(ts, live, types, auxs)
	// group by type and modality
	byKey := map[string]*cand{}
	var order []*cand
	for x, h := range live {
		a := auxs[x]
		// a violation of a truce that another side is accused of is the
		// accusation's content, defiance alleged, not an assault reported
		if h.e.tag == "violation" && a.Alleged {
			continue
		}
		key := types[x] + "|" + auxKey(a.Aux)
		cd := byKey[key]
		if cd == nil {
			cd = &cand{typ: types[x], tags: map[string]bool{}, aux: a, embed: embed, sent: c.nsent, ts: ts, src: src, sentSpan: sp, dates: dates, places: places, trig: h}
			byKey[key] = cd
			order = append(order, cd)
		}
		cd.hits = append(cd.hits, h)
		if h.e.tag != "" {
			cd.tags[h.e.tag] = true
		}
		if h.e.w > cd.trig.e.w || (cd.typ != h.e.typ && types[x] == h.e.typ) {
			cd.trig = h
		}
		if modeRank(h.e.mode) > modeRank(cd.mode) {
			cd.mode = h.e.mode
		}
	}
	for _, cd := range order {
		if cd.typ == "PROTEST" && (cd.tags["riot"] || cd.tags["mob"]) {
			cd.mode = "riot"
		}
		act, rec, why := arguments(ts, ms, cd.trig)
		// the other triggers of the mention may name who was hit: "1 soldier was killed … in an attack by X"
		for _, h := range cd.hits {
			if act != nil && rec != nil {
				break
			}
			if h.i == cd.trig.i {
				continue
			}
			if _, r2, _ := arguments(ts, ms, h); rec == nil && r2 != nil && r2 != act {
				rec = r2
			}
		}
		cd.actor, cd.recip, cd.argWhy = toActor(act, ts), toActor(rec, ts), why
		cd.ms = append([]mention(nil), ms...)
		switch cd.typ {
		case "ASSAULT", "COERCE":
			cd.counts = cnts
		case "PROTEST":
			// a protest's own dead are its participants; others are what
			// it is about; a mob's dead are its victims
			for _, n := range cnts {
				if protesterCount(ts, n) || cd.tags["mob"] && n.what == "killed" {
					cd.counts = append(cd.counts, n)
				}
			}
		}
		if c.opt.Explain {
			cd.reasons = append(cd.reasons, fmt.Sprintf("trigger %q matched %s pattern %q", spanText(ts, cd.trig.i, cd.trig.j), cd.trig.e.typ, cd.trig.e.src))
			if cd.typ != cd.trig.e.typ {
				cd.reasons = append(cd.reasons, "recoded as "+cd.typ)
			}
			if cd.aux.why != "" {
				cd.reasons = append(cd.reasons, "modality: "+cd.aux.why)
			}
		}
		c.cands = append(c.cands, cd)
	}
}

// deescalation marks the types whose trigger phrases name, inside them,
// the act being stopped, eased or answered ("halted the shelling",
// "lifted the curfew"): that act is no event of its own.
var deescalation = map[string]bool{"RETREAT": true, "CONCEDE": true, "SANCTION": true}

// orphan keeps the death toll of a sentence that reports no event of its
// own ("Three fatalities.", "There was one fatality."): it counts the dead
// of the violent event the article reports before it.
func (c *coder) orphan(ts []tok, src string, sp model.Span, embed *int, dates []model.DateRef) {
	toll := false
	for k := range ts {
		if killedWords[ts[k].low] {
			toll = true
			break
		}
	}
	if !toll {
		return
	}
	cnts := casualties(ts, func(k int) bool {
		for _, d := range dates {
			if ts[k].rs >= d.Span.Start && ts[k].re <= d.Span.End {
				return true
			}
		}
		return false
	})
	if len(cnts) == 0 {
		return
	}
	c.orphans = append(c.orphans, &cand{embed: embed, sent: c.nsent, ts: ts, src: src, sentSpan: sp, counts: cnts})
}

// adopt gives each orphaned death toll to the ASSAULT whose mentions come
// nearest before it in the same text, when that event states no toll of
// its own.
func (c *coder) adopt(evs []*event) {
	for _, o := range c.orphans {
		var best *event
		bestSent := -1
		for _, e := range evs {
			if e.typ != "ASSAULT" || !e.aux.Asserted() {
				continue
			}
			for _, cd := range e.cands {
				if sameEmbed(cd.embed, o.embed) && cd.sent < o.sent && cd.sent > bestSent {
					best, bestSent = e, cd.sent
				}
			}
		}
		if best == nil || hasToll(best) {
			continue
		}
		best.extra = append(best.extra, o)
	}
}

// hasToll reports whether an event's own sentences give a death toll.
func hasToll(e *event) bool {
	for _, cd := range e.cands {
		for _, n := range cd.counts {
			if n.what == "killed" {
				return true
			}
		}
	}
	return false
}

// verbalType marks the types whose trigger verbs take an event as object.
var verbalType = map[string]bool{"ACCUSE": true, "SUPPORT": true, "REJECT": true, "REQUEST": true, "THREATEN": true,
	"AGREE": true, "CONSULT": true, "CONCEDE": true, "SANCTION": true, "MOBILIZE": true, "AID": true}

// materielVerb marks the types whose trigger verbs take weapons as
// object ("deployed rockets", "supplied missiles": moved, not fired):
// only a weapon noun after them is dropped, not an event ("joined the
// march").
var materielVerb = map[string]bool{"MOBILIZE": true, "AID": true}

// offensiveThings are what "offensive" describes as an adjective.
var offensiveThings = setOf(`remarks remark comments comment posts post language words statement statements content video videos
image images joke jokes slogans slogan song songs cartoon cartoons behaviour behavior gesture gestures message messages tweet
tweets material speech`)

// riotGear are nouns "riot" modifies when it names the police that
// answer one, not a riot.
var riotGear = setOf(`police policeman policemen officers unit units squad squads gear shield shields control troops force forces
brigade act`)

// skipUse drops fixed non-event uses: "declined to comment", "in March".
func skipUse(ts []tok, h hit) bool {
	w := ts[h.i].low
	// "sent a message", "gave chase": a giving verb with no aid as object
	if h.e.typ == "AID" && h.e.weak && nonAidObject(ts, h) {
		return true
	}
	// "pushed back the rebels": a particle, not backing; "Iran-backed
	// militias": a modifier naming the group, not an act of support
	if h.e.typ == "SUPPORT" && (w == "back" && h.i > 0 && particleVerb(ts[h.i-1].low) || strings.Contains(w, "-") && strings.HasSuffix(w, "backed")) {
		return true
	}
	// "deployed air defence systems": air defences named, nothing
	// intercepted
	if h.e.typ == "ASSAULT" && h.e.tag == "disrupt" && strings.HasPrefix(w, "air") && !interceptIn(ts) {
		return true
	}
	// "fired tear gas at the crowd": no firearm
	if h.e.typ == "ASSAULT" && h.e.tag == "fire" && nonLethalIn(ts, h) {
		return true
	}
	// "aid workers", "a relief agency": the trade, not aid given
	if h.e.typ == "AID" && h.e.noun && h.j < len(ts) && aidTrade[ts[h.j].low] {
		return true
	}
	if strings.HasPrefix(w, "anti-") && !strings.HasPrefix(h.e.src, "anti") {
		return true // "anti-riot police", "anti-war": a modifier, not the act
	}
	// "said the attack must have been planned": a conclusion, not a demand
	if h.e.typ == "REQUEST" && h.j < len(ts) && h.j > 0 && (ts[h.j-1].low == "must" || ts[h.j-1].low == "should") && (ts[h.j].low == "have" || ts[h.j].low == "not") {
		return true
	}
	// "invasion forces", "attack helicopters": a modifier naming a unit or
	// a weapon, not an act
	if h.e.typ == "ASSAULT" && h.j-h.i == 1 && h.j < len(ts) && unitHeads[ts[h.j].low] && (h.e.noun || nounUse(ts, h)) {
		return true
	}
	switch h.lemma {
	case "decline":
		return h.i+2 < len(ts) && ts[h.i+2].low == "comment"
	case "march":
		return ts[h.i].upper
	case "accord":
		return w == "according" || w == "accordingly"
	case "jail", "custody", "detention":
		// "at this jail", "died in custody": the place, not an arrest
		if w == "jail" || w == "jails" || w == "custody" || w == "detention" {
			if h.i > 0 {
				switch ts[h.i-1].low {
				case "in", "at", "from", "this", "the", "a", "israeli", "their", "his", "her", "police", "state", "military", "pre-trial", "administrative", "inside", "outside":
					return true
				}
			}
		}
	case "offensive":
		// "offensive remarks": the adjective, not a military offensive
		return h.i+1 < len(ts) && offensiveThings[ts[h.i+1].low]
	case "riot":
		// "riot police", "anti-riot units": the police, not a riot
		if h.i+1 < len(ts) && riotGear[ts[h.i+1].low] {
			return true
		}
	case "meet":
		// "meet the demand", "meet needs"
		return h.i+2 < len(ts) && (ts[h.i+2].low == "demand" || ts[h.i+2].low == "demands" || ts[h.i+2].low == "needs" || ts[h.i+2].low == "requirements" || ts[h.i+2].low == "target" || ts[h.i+2].low == "deadline")
	}
	if w == "held" && h.e.typ == "COERCE" && h.i+1 < len(ts) && ts[h.i+1].low != "incommunicado" {
		return true
	}
	return false
}

func auxKey(a model.Aux) string {
	b := []byte("00000")
	for i, v := range []bool{a.Negated, a.Hypothetical, a.Future, a.Historical, a.Alleged} {
		if v {
			b[i] = '1'
		}
	}
	return string(b)
}

// modeRank orders modes from the least to the most specific.
func modeRank(m string) int {
	switch m {
	case "":
		return 0
	case "destroy", "beat", "primitive":
		return 1
	case "firearms", "torture":
		return 2
	case "execute", "assassinate":
		return 3
	case "heavy-weapons", "abduct", "sexual":
		return 4
	case "explosives":
		return 5
	case "aerial":
		return 6
	case "suicide-attack":
		return 7
	}
	return 1
}

// dropped records an explanation for a trigger that makes no event.
func (c *coder) dropped(ts []tok, h hit, why string) {
	_ = ts
	_ = h
	_ = why
}

// referenceYear is the year events are placed against: publication, else
// the first stated full date.
func referenceYear(doc *model.Document, r *model.Reading) int {
	if doc.Published != nil {
		return doc.Published.Year()
	}
	for _, d := range r.Dates {
		if d.Granularity == model.GranDay && d.Basis == model.BasisStated && len(d.Value) >= 4 {
			if y, err := strconv.Atoi(d.Value[:4]); err == nil {
				return y
			}
		}
	}
	return 0
}

// gatherEntry is the trigger a gathering with a stated demand becomes.
var gatherEntry = entry{typ: "PROTEST", mode: "demo", tag: "protest", w: 0.8, src: "gathering to voice a demand"}

var gatherWords = setOf(`gathered gather gathering assembled assemble congregated converged marched picketed rallied
paraded walked blocked blocking occupied occupying`)

func gathering(ts []tok) bool {
	for k := range ts {
		if gatherWords[ts[k].low] {
			return true
		}
	}
	return false
}

// nounUse reports whether a trigger is used as a noun: flagged so, after
// a determiner, or with a noun suffix ("the arrest", "allegations").
func nounUse(ts []tok, h hit) bool {
	if h.e.noun {
		return true
	}
	if h.i > 0 {
		switch ts[h.i-1].low {
		case "the", "a", "an", "this", "that", "his", "her", "their", "its", "recent", "latest":
			return true
		}
	}
	w := ts[h.i].low
	for _, suf := range []string{"tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ence"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// detonationWords say that a weapon was used.
var detonationWords = setOf(`exploded explode explodes explosion explosions detonated blast blasts hurled threw thrown lobbed
killed killing injured injuring wounded wounding struck hit shelled bombed`)

// detonationOutside reports a detonation word outside the given
// triggers.
func detonationOutside(ts []tok, hs []hit) bool {
	for k := range ts {
		if !detonationWords[ts[k].low] || safeDetonation(ts, k) {
			continue
		}
		inside := false
		for _, h := range hs {
			if k >= h.i && k < h.j {
				inside = true
			}
		}
		if !inside {
			return true
		}
	}
	return false
}

// crowdViolence are the tags of a crowd's violence.
var crowdViolence = map[string]bool{"riot": true, "violent": true, "mob": true}

// incidentDeterminers before a trigger make it a named incident, not the
// crowd's act: "the riot", "an earlier scuffle", "the 2021 Capitol riot".
var incidentDeterminers = setOf(`the a an this that these those earlier recent previous last alleged of its their his her
past prior`)

// namedIncident reports whether trigger h is used as the name of an
// incident: after a determiner, a year or a capitalised name.
func namedIncident(ts []tok, h hit) bool {
	if h.i == 0 {
		return false
	}
	w := ts[h.i].low
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w == "threw" || w == "turn" || w == "turns" {
		return false // a verb: the crowd's act ("Genoa turned violent")
	}
	p := &ts[h.i-1]
	return incidentDeterminers[p.low] || p.num || p.upper && !p.punct
}

// unitHeads are nouns a violent noun can modify: "invasion forces",
// "attack helicopters", "strike aircraft".
var unitHeads = setOf(`forces force troops units unit helicopter helicopters aircraft jets jet submarine submarines dogs
craft boats squadron squadrons`)
