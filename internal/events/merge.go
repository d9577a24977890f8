package events

import (
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// event is one real-world event: the mentions of it in a document.
type event struct {
	cands []*cand
	typ   string
	aux   model.Aux
	why   string // modality reasons
	tags  map[string]bool
	notes []string
	extra []*cand // sentences of the article that give only its death toll
}

// merge groups the document's mentions into events. Mentions merge when
// they have the same type and modality and nothing sets them apart (two
// different stated days, two different places, two different actor
// countries for verbal types); arrests of and violence against protesters,
// and any crowd-control cue in the sentence of a protest, fold into the
// protest; a generic assault ("the attack", "were killed") folds into a
// specific one in the same document.
func (c *coder) merge() []*event {
	var evs []*event
	key := func(cd *cand) string { return auxKey(cd.aux.Aux) }
	// protests first, so that folding finds them
	protest := map[string][]*event{}
	for _, cd := range c.cands {
		if cd.typ != "PROTEST" {
			continue
		}
		if e := findSame(protest[key(cd)], cd); e != nil {
			e.add(cd)
			continue
		}
		e := newEvent(cd)
		protest[key(cd)] = append(protest[key(cd)], e)
		evs = append(evs, e)
	}
	byType := map[string][]*event{}
	var pending []*cand
	for _, cd := range c.cands {
		if cd.typ == "PROTEST" {
			continue
		}
		if cd.typ == "ASSAULT" || cd.typ == "COERCE" && (cd.trig.e.mode == "arrest" || cd.trig.e.mode == "deport" && explicitTarget(cd)) {
			if e := protestFor(protest[key(cd)], cd); e != nil {
				e.add(cd)
				e.notes = append(e.notes, cd.typ+" folded into the protest it targets")
				continue
			}
		}
		k := cd.typ + "|" + key(cd)
		if cd.typ == "ASSAULT" && cd.tags["anaphor"] && len(cd.tags) == 1 {
			// "the strike", "the attack" refer back (or forward) to an event the article reports
			if es := byType[k]; len(es) > 0 {
				es[0].add(cd)
				continue
			}
			pending = append(pending, cd)
			continue
		}
		if e := findSame(byType[k], cd); e != nil {
			e.add(cd)
			continue
		}
		e := newEvent(cd)
		byType[k] = append(byType[k], e)
		evs = append(evs, e)
	}
	for _, cd := range pending {
		if es := byType[cd.typ+"|"+key(cd)]; len(es) > 0 {
			es[0].add(cd)
		}
	}
	return evs
}

func newEvent(cd *cand) *event {
	e := &event{typ: cd.typ, aux: cd.aux.Aux, why: cd.aux.why, tags: map[string]bool{}}
	e.add(cd)
	return e
}

func (e *event) add(cd *cand) {
	e.cands = append(e.cands, cd)
	for t := range cd.tags {
		e.tags[t] = true
	}
	if cd.typ == "COERCE" && cd.trig.e.mode == "arrest" {
		e.tags["arrest"] = true
	}
	// protesters evicted or removed from their site: an intervention
	if e.typ == "PROTEST" && cd.typ == "COERCE" && cd.trig.e.mode == "deport" {
		e.tags["intervene"] = true
	}
}

// protestFor returns the protest an assault or arrest belongs to: one in
// the same sentence that it targets, that the crowd carries out ("set
// tyres on fire", "clashes broke out") or that security forces answer;
// any protest whose participants it targets or by whom it is done; or one
// a sentence or two before when security forces act ("Police intervened,
// detaining 5").
func protestFor(ps []*event, cd *cand) *event {
	crowdAct := cd.tags["loot"] || cd.tags["clash"] && !armed(cd.actor) && !armed(cd.recip) || cd.tags["beat"] && !armed(cd.actor)
	for _, p := range ps {
		for _, pc := range p.cands {
			if pc.sent == cd.sent && sameEmbed(pc.embed, cd.embed) && (targetsProtest(cd) || pc.tags["intervene"] || crowdAct || bareArrest(cd, pc) && arrestAtProtest(cd, pc)) {
				return p
			}
		}
	}
	if len(ps) == 0 {
		return nil
	}
	if cd.recip != nil && cd.recip.Sector == model.SectorProtesters || cd.actor != nil && cd.actor.Sector == model.SectorProtesters {
		return ps[0]
	}
	// clashes with no rebel or militia named and no heavy weapons, in an
	// article about a protest, are the protest turning violent ("Clashes
	// broke out in the capital. Thousands had marched …")
	streetClash := cd.tags["clash"] && !nonStateArmed(cd.actor) && !nonStateArmed(cd.recip) && !cd.tags["shell"] && !cd.tags["air"] && !cd.tags["ied"] && !causeBefore(cd)
	for _, p := range ps {
		for _, pc := range p.cands {
			if !sameEmbed(pc.embed, cd.embed) {
				continue
			}
			d := cd.sent - pc.sent
			if d >= 1 && d <= 2 && (targetsProtest(cd) || crowdAct && d == 1 && !causeBefore(cd) || bareArrest(cd, pc)) || streetClash && d >= -2 && d <= 2 {
				return p
			}
		}
	}
	return nil
}

// findSame returns the event among es that cd reports again, if any.
func findSame(es []*event, cd *cand) *event {
	for _, e := range es {
		if compatible(e, cd) {
			return e
		}
	}
	return nil
}

func compatible(e *event, cd *cand) bool {
	for _, o := range e.cands {
		if d1, d2 := dayOf(o), dayOf(cd); d1 != "" && d2 != "" && d1 != d2 {
			return false
		}
		if p1, p2 := placeOf(o), placeOf(cd); p1 != nil && p2 != nil && level(p1.FeatureCode) < 3 && level(p2.FeatureCode) < 3 && p1.GazetteerID != p2.GazetteerID && km(p1.Lat, p1.Lon, p2.Lat, p2.Lon) > 25 {
			return false
		}
		if cd.typ != "ASSAULT" && cd.typ != "PROTEST" && o.actor != nil && cd.actor != nil && o.actor.Country != "" && cd.actor.Country != "" && o.actor.Country != cd.actor.Country {
			return false
		}
	}
	return true
}

// dayOf returns the stated day of a mention's sentence, "" if none.
func dayOf(cd *cand) string {
	for _, d := range cd.dates {
		if d.Granularity == model.GranDay && len(d.Value) == 10 {
			return d.Value
		}
	}
	return ""
}

// nonStateArmed reports a rebel group or militia.
func nonStateArmed(a *model.Actor) bool {
	return a != nil && (a.Sector == model.SectorRebels || a.Sector == model.SectorMilitia)
}

// bareArrest reports an arrest with no one but the state behind it,
// reported after a protest and on no other day ("Two people were
// arrested."): the protest's arrests, an intervention.
func bareArrest(cd, protest *cand) bool {
	if cd.typ != "COERCE" || cd.trig.e.mode != "arrest" || cd.actor != nil && !state(cd.actor) {
		return false
	}
	if d1, d2 := dayOf(cd), dayOf(protest); d1 != "" && d1 != d2 {
		return false
	}
	// a taking into custody, not a sentence, a charge or a warrant
	w := cd.ts[cd.trig.i].low
	for _, p := range []string{"arrest", "detain", "apprehend", "taken", "took", "rounded"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
