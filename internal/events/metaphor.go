package events

// Figurative and non-political uses of conflict words: "a battle against
// cancer", "the war on inflation", "a legal battle", "a heart attack",
// "shot to fame", "strike a deal". A trigger in such a use is dropped, or
// recoded when the figure names a real event of another type ("attacked
// the decision" is an ACCUSE, "struck a deal" an AGREE).

// metaphorObjects follow "against", "on", "with", "of" after a conflict
// word and make it figurative.
var metaphorObjects = setOf(`cancer disease diseases covid covid-19 coronavirus virus pandemic epidemic corruption graft poverty
inflation hunger famine illiteracy climate wildfire wildfires fire fires flames blaze blazes bushfire bushfires addiction addictions
obesity malaria ebola hiv aids tuberculosis time odds injury injuries illness depression unemployment extremism radicalisation
radicalization misinformation disinformation fake racism discrimination locusts pests weeds floods flooding drought drugs
narcotics smuggling piracy tax evasion fraud money laundering crime bureaucracy inequality waste pollution plastic
leukemia diabetes dementia alzheimer's mental anxiety stigma traffic congestion prices costs deficit recession mosquitoes
cholera polio measles dengue`)

// metaphorBefore are words that, right before a conflict noun, make it
// figurative or non-political ("legal battle", "heart attack").
var metaphorBefore = setOf(`legal court courtroom political electoral custody price trade bidding culture verbal heart panic asthma
anxiety cyber ransomware hacker hacking phishing shark dog bear snake crocodile bee insect word words diplomatic
ratings box-office tariff currency propaganda media pr public-relations lightning debating chess tennis football basketball
rugby cricket boxing title championship`)

// metaphorAfter are words right after a conflict word that make it
// figurative ("shot to fame", "war of words", "fire sale").
var metaphorAfter = setOf(`to_fame of_words sale fighter fighters brigade department station engine truck trucks alarm alarms escape
extinguisher extinguishers drill drills season dog`)

// verbalTargets after "attacked"/"blasted" make the attack verbal: an
// ACCUSE.
var verbalTargets = setOf(`decision decisions policy policies plan plans proposal proposals remarks remark comments comment statement
statements speech speeches bill law laws budget record claims claim idea ideas report reports move moves approach stance
critics opposition rival rivals media press handling leadership`)

var metaphorDisasters = setOf(`accident accidents crash crashes collision collided flood floods flooding landslide landslides
earthquake quake tremor lightning drowned drowning stampede collapse collapsed storm cyclone hurricane typhoon tornado
overdose electrocuted electrocution mudslide avalanche heatwave eruption derailed derailment capsized capsize shipwreck
sinkhole illness disease outbreak covid covid-19 pandemic cholera`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range fieldsOf(words) {
		m[w] = true
	}
	return m
}

// figurative reports whether hit h in sentence ts is a figurative or
// non-political use, and the type it should be recoded to ("" to drop).
func figurative(ts []tok, h hit) (bool, string, string) {
	if h.e.typ != "ASSAULT" && h.e.tag != "clash" {
		if h.e.typ == "PROTEST" && h.i > 0 && metaphorBefore[ts[h.i-1].low] {
			return true, "", "figurative: " + ts[h.i-1].low + " " + ts[h.i].low
		}
		return false, "", ""
	}
	first := ts[h.i].low
	if h.i > 0 && metaphorBefore[ts[h.i-1].low] {
		return true, "", "figurative: " + ts[h.i-1].low + " " + first
	}
	if h.j < len(ts) {
		nx := ts[h.j].low
		if metaphorAfter[nx] || (h.j+1 < len(ts) && metaphorAfter[nx+"_"+ts[h.j+1].low]) {
			return true, "", "figurative: " + first + " " + nx
		}
	}
	// "battle against cancer", "war on inflation", "fight with covid"
	for k := h.j; k < len(ts) && k < h.j+3; k++ {
		if metaphorObjects[ts[k].low] {
			return true, "", "figurative: " + first + " … " + ts[k].low
		}
	}
	for k := h.j; k < len(ts) && k < h.j+5; k++ {
		if clauseBreak(&ts[k]) {
			break
		}
		switch ts[k].low {
		case "against", "on", "with", "of", "over":
			for m := k + 1; m < len(ts) && m < k+4; m++ {
				if metaphorObjects[ts[m].low] {
					return true, "", "figurative: " + first + " " + ts[k].low + " … " + ts[m].low
				}
				if clauseBreak(&ts[m]) {
					break
				}
			}
		}
	}
	switch h.lemma {
	case "attack", "blast", "slam", "shoot", "fire":
		// "attacked the government's decision": verbal; not "shot dead
		// two members of a rival gang", where people are hit
		for k := h.j; k < len(ts) && k < h.j+5 && h.j-h.i == 1; k++ {
			if v, ok := numberWords[ts[k].low]; ts[k].num || ok && v > 1 {
				break
			}
			if verbalTargets[ts[k].low] {
				return true, "ACCUSE", "verbal attack: " + first + " … " + ts[k].low
			}
			if clauseBreak(&ts[k]) {
				break
			}
		}
	case "strike":
		if h.j < len(ts) && (ts[h.j].low == "a" || ts[h.j].low == "the") && h.j+1 < len(ts) && (ts[h.j+1].low == "deal" || ts[h.j+1].low == "balance" || ts[h.j+1].low == "chord") {
			return true, "AGREE", "figurative: strike a deal"
		}
	}
	if h.e.tag == "kill" || h.e.tag == "ied" {
		// deaths in accidents and disasters are not assaults
		for k := range ts {
			if metaphorDisasters[ts[k].low] {
				return true, "", "accident or disaster: " + ts[k].low
			}
		}
	}
	return false, "", ""
}
