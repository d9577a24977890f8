package events

// Round 5 (written from the public PLOVER documentation and its CAMEO
// mapping, and ACLED's codebook):
//   - a concession or de-escalation announced as not to come ("there
//     will be no U-turn", "would never surrender") is a refusal to yield,
//     CAMEO 124, a REJECT (refusedYield, applied in commissives), and so
//     is one said to be "out of the question" or "off the table";
//   - "will not accept" is one refusal, not a refusal to refuse
//     (sharesNegation); a conditional consequence for relations or talks
//     ("would reconsider its cooperation if") is a THREATEN;
//   - a protest word that only modifies a noun ("the protest leaders")
//     names people, not a demonstration held (dropProtestModifiers);
//   - a lexicon gap ("withdrew from _ talks") does not reach across a
//     preposition that opens an adjunct of its own ("withdrew from the
//     town after talks");
//   - ACLED: weapons recovered in bulk or found on a would-be attacker
//     are a disrupted weapons use, property seized a looting, territory
//     won back in other words a government regain, territory entered
//     unopposed or after the other side fled a non-violent transfer, a
//     peace agreement signed an agreement (round5Lexicon, acled.go).

var rejectYieldEntry = entry{typ: "REJECT", w: 0.85, src: "a concession ruled out (CAMEO 124)"}

// gapStops open an adjunct a lexicon gap may not cross.
var gapStops = setOf(`after before following during amid despite because until unless`)

// dropProtestModifiers drops a protest word that only modifies a noun
// ("the protest leaders", "a protest movement"): it names people or a
// group, not a demonstration held. It returns the hits kept.
func dropProtestModifiers(ts []tok, hs []hit) []hit {
	out := hs[:0]
	for x := range hs {
		h := &hs[x]
		if h.e.typ == "PROTEST" && h.j == h.i+1 && h.j < len(ts) && protestModified[ts[h.j].low] {
			switch ts[h.i].low {
			case "protest", "demonstration", "strike", "opposition", "rally":
				continue
			}
		}
		out = append(out, *h)
	}
	return out
}

// protestModified are the nouns a protest word modifies without naming a
// demonstration held.
var protestModified = setOf(`leader leaders organiser organisers organizer organizers movement movements figure figures
icon icons song songs vote votes coordinator coordinators spokesman spokesperson spokeswoman`)

// refusedYield reports a concession or de-escalation announced as not to
// come: "there will be no U-turn", "would make no concessions", "will
// agree to no withdrawal". CAMEO 124 (decline to yield) is a REJECT.
func refusedYield(ts []tok, h hit) bool {
	if h.i == 0 {
		return false
	}
	// "no concessions", "would never surrender"
	if ruledOutAfter(ts, h) {
		return true
	}
	neg := -1
	for k := h.i - 1; k >= 0 && k >= h.i-2; k-- {
		if ts[k].low == "no" || ts[k].low == "never" {
			neg = k
			break
		}
	}
	if neg < 0 {
		return false
	}
	// "there is no U-turn": a concession named only to be denied
	if ts[neg].low == "no" && neg == h.i-1 && neg > 0 && copula(ts[neg-1].low) {
		return true
	}
	for k := neg - 1; k >= 0 && k >= neg-7; k-- {
		if clauseBreak(&ts[k]) || ts[k].low == "," {
			return false
		}
		switch ts[k].low {
		case "will", "would", "won't", "shall", "'ll", "cannot", "can't":
			return true
		}
	}
	return false
}

// round5Lexicon: a conditional consequence for relations or talks
// ("would reconsider its cooperation if", "could jeopardise the talks",
// "would pull out of the negotiations unless") or a strike called in
// answer, a threat (CAMEO 1313, 133, 134); "would not hesitate to" is no
// reassurance; territory entered unopposed or after the other side
// fled, or handed over (no fighting); a plot foiled, in the passive; a
// refusal to yield in other words ("stood firm against
// calls", "stuck to its decision", "unwilling to"); territory won back by state forces in other words
// ("reclaimed the hill", "restored control over", "cleared the militants
// from"); weapons recovered in bulk ("recovered a large quantity
// of explosives") and a would-be attacker caught with his weapon
// ("arrested a man carrying a suicide vest"): ACLED's disrupted weapons
// use, the weapon never used.
const round5Lexicon = `
COERCE confiscate disrupt 0.9: recovered|recover~|seized|seize~|found|find~|discovered|discover~|confiscated|confiscate~|uncovered|uncover~|unearthed|unearth~|intercepted|intercept~|impounded|impound~ _ quantity|quantities|cache|caches|haul|stash|stockpile|consignment|number|amount|assortment|lot of _ weapon~|arms|ammunition~|ammo|explosive~|rifle~|gun~|firearm~|pistol~|grenade~|ied~|bomb~|device~|mine~|landmine~|rocket~|mortar~|munition~|rounds|ordnance|detonator~
COERCE confiscate disrupt 0.9: recovered|recover~|seized|seize~|found|find~|discovered|discover~|confiscated|confiscate~|impounded|impound~ _ ak-47|ak-47s|ak47|ak47s|ar-15s|kalashnikovs|rpg|rpgs|bullets|cartridges|shotguns|machine-guns|handguns
ASSAULT - regain 0.9: reclaimed|reclaim~ _ town~|village~|city|district~|area~|hill~|hilltop~|positions|position|base~|territory|control|ground|pass|passes|crossing~|bridge~|road~|highway~; restored|restore~ _ control|authority over; cleared|clear~ _ militants|rebels|insurgents|fighters|terrorists|jihadists|gunmen|bandits|separatists from
THREATEN relations - 0.85: would|will|could|might _ reconsider|review|reassess|rethink|re-evaluate|reevaluate _ cooperation|relations|ties|aid|assistance|support|participation|membership|presence; would|will|could|might _ jeopardize|jeopardise|endanger|undermine|derail|wreck|imperil _ talks|relations|ties|cooperation|process|negotiations|agreement|deal|truce|ceasefire|dialogue; would|will|could|might put _ at risk; relations|ties|cooperation _ would|will suffer; would|will _ pull~ out of _ talks|negotiations|dialogue|deal|agreement|accord|treaty|process; would|will _ withdraw from _ talks|negotiations|dialogue|deal|agreement|accord|treaty|process; would|will _ walk away from _ talks|negotiations|dialogue|deal|agreement|process; would|will _ end|suspend|halt|quit|abandon _ talks|negotiations|dialogue|deal|agreement|accord|truce|ceasefire
THREATEN violence - 0.85: would|will not hesitate to; won't hesitate to
THREATEN - - 0.85: would|will _ call _ strike~|protest~|demonstration~|boycott~|shutdown~
REJECT - - 0.85: out of the question; off the table; non-negotiable
REJECT - - 0.85: stood|stand~|standing|held|hold~|holding|remained|remain~ firm; stood|stand~ _ ground; refused|refuse~ to budge; stuck|stick~|sticking to _ decision|position|stance|refusal|guns; unwilling to; not prepared to
ASSAULT - overtake 0.85: entered|enter~|took|taken|seized|occupied|captured _ unopposed; moved|move~|marched|rolled _ into _ vacated|abandoned|deserted; entered|enter~ _ town~|city|village~|district~|base~|camp~|area after _ fled|withdrew|retreated|left|abandoned
RETREAT withdraw transfer 0.85: town~|city|village~|district~|base~|area|territory|control|camp~|outpost~ _ handed over to
COERCE confiscate disrupt 0.9: attack~|bombing~|plot~|attempt~ _ was|were|been prevented|foiled|thwarted|averted
COERCE confiscate disrupt 0.9: arrested|arrest~|detained|detain~|caught|catch~|captured|capture~|apprehended|apprehend~|intercepted|intercept~|nabbed|nab~ _ carrying|wearing|possessing|transporting _ vest~|belt~|explosive~|bomb~|grenade~|ied~|device~|detonator~
`

// expulsionVerbs win territory by driving the other side out: force,
// though no fighting is named ("drove the militants out of the town").
var expulsionVerbs = setOf(`drove drive drives driving driven flushed flush flushing dislodged dislodge dislodging pushed
push ousted oust expelled expel routed rout cleared reclaimed reclaim`)

// signedPeace reports an agreement signed or ratified between the sides
// of a conflict: CAMEO codes the signing as SUPPORT (057), ACLED the
// agreement itself.
func signedPeace(e *event) bool {
	for _, cd := range e.cands {
		if !signVerbs[cd.ts[cd.trig.i].low] {
			continue
		}
		for k := cd.trig.j; k < len(cd.ts) && k < cd.trig.j+6; k++ {
			if clauseBreak(&cd.ts[k]) {
				break
			}
			if peaceWords[cd.ts[k].low] {
				return true
			}
		}
	}
	return false
}

var signVerbs = setOf(`sign signs signed signing ratify ratifies ratified ratifying`)

// seizedProperty are goods and holdings whose seizure ACLED codes as
// looting or property destruction; a weapon among them makes the
// seizure a disrupted weapons use.
var seizedProperty = setOf(`land lands property properties farm farms farmland house houses home homes cattle livestock goats
sheep camels goods crops harvest shops shop vehicles cars trucks motorcycles money cash belongings assets businesses`)

var seizedWeapons = setOf(`weapon weapons arms ammunition ammo explosive explosives rifle rifles gun guns firearm firearms
pistol pistols grenade grenades ied ieds bomb bombs device devices mine mines landmine landmines rocket rockets mortar
mortars munitions rounds ordnance detonators drugs`)

// propertySeized reports a seizure or confiscation whose object is
// property, not weapons: "confiscated the land of the farmers".
func propertySeized(e *event) bool {
	for _, cd := range e.cands {
		h := cd.trig
		if h.e == nil || h.e.mode != "confiscate" || h.e.tag != "disrupt" {
			continue
		}
		switch cd.ts[h.i].low {
		case "confiscate", "confiscated", "confiscates", "confiscating", "seize", "seized", "seizes", "seizing":
		default:
			continue
		}
		prop := false
		for k := h.i + 1; k < len(cd.ts) && k <= h.j+5; k++ {
			if clauseBreak(&cd.ts[k]) {
				break
			}
			w := cd.ts[k].low
			if seizedWeapons[w] {
				return false
			}
			if seizedProperty[w] {
				prop = true
			}
		}
		if prop {
			return true
		}
	}
	return false
}

// sharesNegation reports a trigger that starts inside the modal refusal
// before it: "will not" and "not accept" in "will not accept" are one
// refusal, not a refusal to refuse.
func sharesNegation(modal, next hit) bool {
	return next.i < modal.j
}

// ruledOutAfter reports a concession said after it to be out of the
// question: "removing the sanctions is out of the question", "a pullout
// is not on the table".
func ruledOutAfter(ts []tok, h hit) bool {
	for k := h.j; k < len(ts) && k < h.j+10; k++ {
		if clauseBreak(&ts[k]) {
			return false
		}
		w := ts[k].low
		if w == "non-negotiable" {
			return true
		}
		if k+3 < len(ts) && w == "out" && ts[k+1].low == "of" && ts[k+2].low == "the" && ts[k+3].low == "question" {
			return true
		}
		if k+2 < len(ts) && (w == "off" || w == "on") && ts[k+1].low == "the" && ts[k+2].low == "table" {
			return w == "off" || k > 0 && negators[ts[k-1].low]
		}
	}
	return false
}
