package geoparse

import (
	"strings"

	"github.com/geowire/geowire/internal/gazetteer"
)

// govVerbs after a country or capital make it stand for its government:
// "Beijing may interpret", "Moscow denied", "Washington said".
var govVerbs = setOf(`said says say told may might will would could should must has have had wants wanted
denied denies accused accuses warned warns announced announces insisted insists claimed claims
responded responds condemned condemns rejected rejects agreed agrees signed signs imposed imposes
sanctioned threatened threatens sent sends launched launches expelled expels demanded demands
urged urges refused refuses hopes hoped plans planned sees saw views viewed considers considered
interpret interprets interpreted believes believed fears feared supports supported backed backs
blamed blames vowed vows retaliated retaliates recognized recognised recognizes recognises
protested protests summoned summons pledged pledges approved approves opposed opposes
supporting backing seeking pushing trying using pressing insisting warning threatening`)

// govNouns after "X's" make X stand for its government or people:
// "Moscow's partners", "Kyiv's long-range campaign".
var govNouns = setOf(`government governments partners partner allies ally response position policy policies
decision decisions leaders leader leadership officials ambassador envoy relations stance claims claim
support military forces army navy war campaign strategy interests influence ties approach reaction
demands demand intentions ability inability efforts effort plans plan offensive aggression invasion
sanctions diplomacy diplomats regime president prime foreign defense defence ministry security
intelligence troops bid goals ambitions capacity calculus notice attention view views eyes concerns
concern patience reach`)

// metonymic reports whether a country or capital mention stands for its
// government or people, from the words after it.
func (d *doc) metonymic(m *mention) bool {
	if m.adj || m.tj < 0 || m.tj >= len(d.toks) {
		return false
	}
	if !d.countryOrCapital(m) {
		return false
	}
	k := m.tj
	if d.isPunct(k, ",") && k+1 < len(d.toks) && d.toks[k+1].word && govVerbs[d.tokLower(k+1)] {
		return true // "particularly Beijing, may interpret"
	}
	if d.toks[k].word {
		w := d.tokLower(k)
		if strings.HasSuffix(w, "ly") && k+1 < len(d.toks) {
			w = d.tokLower(k + 1) // "Beijing reportedly supporting"
		}
		return d.toks[k].gap == 1 && govVerbs[w]
	}
	// possessive: X's NOUN (adjectives between are skipped)
	if (d.isPunct(k, "'") || d.isPunct(k, "’")) && d.tokLower(k+1) == "s" {
		for j := k + 2; j < min(k+7, len(d.toks)); j++ {
			if !d.toks[j].word {
				if d.isPunct(j, "-") {
					continue
				}
				break
			}
			if govNouns[d.tokLower(j)] {
				return true
			}
		}
	}
	return false
}

// countryOrCapital reports whether one of m's leading candidates is a
// country or a national capital.
func (d *doc) countryOrCapital(m *mention) bool {
	for _, c := range m.cands[:min(3, len(m.cands))] {
		if c.e.Kind == gazetteer.KindCountry || c.e.FeatureCode == "PPLC" {
			return true
		}
	}
	return false
}
