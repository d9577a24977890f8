package events

import (
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// sectorNouns map a head noun to the sector of the group it names.
var sectorNouns = func() map[string]string {
	m := map[string]string{}
	add := func(sector, words string) {
		for _, w := range fieldsOf(words) {
			m[w] = sector
		}
	}
	add(model.SectorMilitary, `soldier soldiers troops troop forces force army armies military militaries servicemen serviceman
marines marine navy sailors airmen paratroopers commandos battalion brigade regiment division garrison junta
air-force jets warplanes warplane drones drone artillery gunships tanks troopers sappers peacekeepers peacekeeper
legionnaires`)
	add(model.SectorPolice, `police policeman policemen policewoman officers officer cops gendarmes gendarmerie gendarme
constable constables paramilitary paramilitaries guards guard border-guards`)
	add(model.SectorGovernment, `government governments ministry minister ministers president presidents authorities authority
officials official administration cabinet parliament lawmakers legislators mps senators senator governor mayor premier
chancellor diplomats diplomat ambassador envoy spokesman spokeswoman spokesperson regime state kremlin leader leaders
council congress senate court courts judge prosecutors prosecutor`)
	add(model.SectorRebels, `rebels rebel militants militant insurgents insurgent gunmen gunman jihadists jihadist fighters
terrorists terrorist guerrillas guerrilla separatists separatist bandits bandit assailants assailant attackers attacker
extremists extremist insurgency kidnappers kidnapper abductors gang gangs gangsters gangster cartel cartels
traffickers trafficker drug-traffickers narcos cultists cultist pirates pirate mercenaries mercenary hitmen hitman
sicarios combatants combatant`)
	add(model.SectorMilitia, `militia militias militiamen militiaman vigilantes vigilante self-defense self-defence
dozos dozo`)
	add(model.SectorProtesters, `protesters protester protestors protestor demonstrators demonstrator rioters rioter strikers
activists activist marchers`)
	add(model.SectorCivilians, `civilians civilian villagers villager residents resident farmers farmer people man men woman women
children child boy boys girl girls students student teachers teacher traders trader worshippers passengers herders herder
family families locals local pastor priest imam refugees refugee migrants migrant workers worker doctor doctors nurse nurses
driver drivers fishermen fisherman shopkeeper businessman elder elders chief youths youth teenager teenagers victim victims
couple wife husband son daughter mother father farmers' patients`)
	add(model.SectorMedia, `journalist journalists reporter reporters media newspaper broadcaster photographer`)
	add(model.SectorIntelligence, `intelligence spies spy agents`)
	add(model.SectorBusiness, `company companies firm firms business businesses corporation bank banks`)
	return m
}()

// knownActors are organisations and armed groups by lower-cased name:
// country (alpha-3, "" for none) and sector.
var knownActors = map[string][2]string{
	"taliban": {"AFG", model.SectorRebels}, "al-shabaab": {"SOM", model.SectorRebels}, "al-shabab": {"SOM", model.SectorRebels},
	"boko haram": {"NGA", model.SectorRebels}, "iswap": {"NGA", model.SectorRebels}, "jnim": {"MLI", model.SectorRebels},
	"isis": {"", model.SectorRebels}, "isil": {"", model.SectorRebels}, "islamic state": {"", model.SectorRebels},
	"daesh": {"", model.SectorRebels}, "al-qaeda": {"", model.SectorRebels}, "al qaeda": {"", model.SectorRebels},
	"hamas": {"PSE", model.SectorRebels}, "hezbollah": {"LBN", model.SectorRebels}, "houthis": {"YEM", model.SectorRebels},
	"houthi": {"YEM", model.SectorRebels}, "pkk": {"TUR", model.SectorRebels}, "ypg": {"SYR", model.SectorRebels},
	"sdf": {"SYR", model.SectorRebels}, "farc": {"COL", model.SectorRebels}, "eln": {"COL", model.SectorRebels},
	"adf": {"COD", model.SectorRebels}, "m23": {"COD", model.SectorRebels}, "wagner": {"RUS", model.SectorMilitia},
	"wagner group": {"RUS", model.SectorMilitia}, "tpla": {"ETH", model.SectorRebels}, "tplf": {"ETH", model.SectorRebels},
	"ola": {"ETH", model.SectorRebels}, "nato": {"", model.SectorIGO}, "united nations": {"", model.SectorIGO},
	"un": {"", model.SectorIGO}, "eu": {"", model.SectorIGO}, "european union": {"", model.SectorIGO},
	"african union": {"", model.SectorIGO}, "ecowas": {"", model.SectorIGO}, "sbu": {"UKR", model.SectorIntelligence},
	"security service of ukraine": {"UKR", model.SectorIntelligence}, "fsb": {"RUS", model.SectorIntelligence},
	"cia": {"USA", model.SectorIntelligence}, "mossad": {"ISR", model.SectorIntelligence}, "idf": {"ISR", model.SectorMilitary},
	"pentagon": {"USA", model.SectorMilitary}, "kremlin": {"RUS", model.SectorGovernment}, "white house": {"USA", model.SectorGovernment},
	"state department": {"USA", model.SectorGovernment}, "downing street": {"GBR", model.SectorGovernment},
	"hts": {"SYR", model.SectorRebels}, "tehreek-e-taliban pakistan": {"PAK", model.SectorRebels}, "ttp": {"PAK", model.SectorRebels},
	"ambazonian": {"CMR", model.SectorRebels}, "arakan army": {"MMR", model.SectorRebels},
	"tatmadaw": {"MMR", model.SectorMilitary}, "pdf": {"MMR", model.SectorMilitia}, "rsf": {"SDN", model.SectorMilitia},
}

// knownHandles are social-media accounts: name, country, sector.
var knownHandles = map[string][3]string{
	"@serviceSsu":      {"SBU (Security Service of Ukraine)", "UKR", model.SectorIntelligence},
	"@defenceu":        {"Ministry of Defence of Ukraine", "UKR", model.SectorMilitary},
	"@generalstaffua":  {"General Staff of the Armed Forces of Ukraine", "UKR", model.SectorMilitary},
	"@zelenskyyua":     {"Volodymyr Zelensky", "UKR", model.SectorGovernment},
	"@mfa_ukraine":     {"Ministry of Foreign Affairs of Ukraine", "UKR", model.SectorGovernment},
	"@mod_russia":      {"Ministry of Defence of Russia", "RUS", model.SectorMilitary},
	"@kremlinrussia_e": {"Kremlin", "RUS", model.SectorGovernment},
	"@mfa_russia":      {"Ministry of Foreign Affairs of Russia", "RUS", model.SectorGovernment},
	"@idf":             {"Israel Defense Forces", "ISR", model.SectorMilitary},
	"@statedept":       {"US Department of State", "USA", model.SectorGovernment},
	"@deptofdefense":   {"US Department of Defense", "USA", model.SectorMilitary},
	"@whitehouse":      {"White House", "USA", model.SectorGovernment},
	"@nato":            {"NATO", "", model.SectorIGO},
	"@un":              {"United Nations", "", model.SectorIGO},
	"@defencehq":       {"Ministry of Defence of the United Kingdom", "GBR", model.SectorMilitary},
}

func init() {
	// keys are matched lower-cased
	for k, v := range knownHandles {
		if l := strings.ToLower(k); l != k {
			delete(knownHandles, k)
			knownHandles[l] = v
		}
	}
}

// mention is a possible actor in a sentence: tokens [i, j).
type mention struct {
	i, j    int
	name    string
	country string // alpha-3
	sector  string
	entity  bool
}

// findMentions lists the actor mentions of a sentence from its tokens and
// the reading's entities (ents: token ranges already mapped).
func findMentions(ts []tok, ents []entTok, dst []mention) []mention {
	dst = dst[:0]
	covered := func(k int) int {
		for ei := range ents {
			if ents[ei].i <= k && k < ents[ei].j {
				return ei
			}
		}
		return -1
	}
	for k := 0; k < len(ts); k++ {
		t := &ts[k]
		if t.punct {
			continue
		}
		if ei := covered(k); ei >= 0 && !fightersAsPeople(ts, ents[ei]) {
			e := ents[ei]
			m := mention{i: e.i, j: e.j, name: e.e.Text, entity: true}
			if e.e.Canonical != "" {
				m.name = e.e.Canonical
			}
			m.country = alpha3(e.e.Country)
			if ka, ok := knownActors[strings.ToLower(m.name)]; ok {
				if ka[0] != "" {
					m.country = ka[0]
				}
				m.sector = ka[1]
			} else if ka, ok := knownActors[strings.ToLower(e.e.Text)]; ok {
				if ka[0] != "" {
					m.country = ka[0]
				}
				m.sector = ka[1]
			}
			switch e.e.Kind {
			case model.EntityPerson:
				if m.sector == "" && e.e.Role != "" {
					m.sector = roleSector(e.e.Role)
				}
			case model.EntityNationality, model.EntityEquipment:
				// "Russian forces", "Ukrainian drones": extend to the head noun
				end := e.j
				for end < len(ts) && end < e.j+3 && !ts[end].punct {
					if s, ok := sectorNouns[ts[end].low]; ok {
						if m.sector == "" || e.e.Kind == model.EntityEquipment {
							m.sector = s
						}
						m.j = end + 1
						m.name = spanText(ts, m.i, m.j)
						break
					}
					if ei2 := covered(end); ei2 >= 0 && ents[ei2].e.Kind != model.EntityEquipment {
						break
					}
					end++
				}
				if e.e.Kind == model.EntityEquipment && m.country == "" {
					if m.sector == "" {
						m.sector = model.SectorMilitary
					}
				}
			case model.EntityOrg:
				if m.sector == "" {
					m.sector = orgSector(strings.ToLower(m.name))
				}
			}
			dst = append(dst, m)
			k = m.j - 1
			continue
		}
		if strings.HasPrefix(t.raw, "@") {
			if h, ok := knownHandles[t.low]; ok {
				dst = append(dst, mention{i: k, j: k + 1, name: h[0], country: h[1], sector: h[2]})
			} else {
				dst = append(dst, mention{i: k, j: k + 1, name: t.raw})
			}
			continue
		}
		if t.raw == "IS" && k > 0 {
			dst = append(dst, mention{i: k, j: k + 1, name: "Islamic State", sector: model.SectorRebels})
			continue
		}
		if ka, ok := knownActors[t.low]; ok && (t.upper || len(t.low) > 4) {
			dst = append(dst, mention{i: k, j: k + 1, name: t.raw, country: ka[0], sector: ka[1]})
			continue
		}
		if armedGroupNoun[t.low] && k > 0 && (ts[k-1].low == "armed" || ts[k-1].low == "masked") {
			// "unidentified armed men", "an armed group": an armed group of unknown name
			i := k - 1
			for i > 0 && i > k-3 && !ts[i-1].punct && modifierWord(ts[i-1].low) {
				i--
			}
			dst = append(dst, mention{i: i, j: k + 1, name: spanText(ts, i, k+1), sector: model.SectorRebels})
			continue
		}
		if s, ok := sectorNouns[t.low]; ok {
			// extend left over modifiers: "unidentified gunmen", "security forces"
			i := k
			for i > 0 && i > k-3 && !ts[i-1].punct && modifierWord(ts[i-1].low) {
				i--
			}
			// a modifier taken as a mention of its own ("government" in
			// "government official") gives way to the whole phrase
			for n := len(dst); n > 0 && dst[n-1].i >= i && !dst[n-1].entity; n = len(dst) {
				dst = dst[:n-1]
			}
			m := mention{i: i, j: k + 1, name: spanText(ts, i, k+1), sector: s}
			if ts[k].low == "forces" || ts[k].low == "force" {
				for x := i; x < k; x++ {
					switch ts[x].low {
					case "security", "police":
						m.sector = model.SectorPolice
					case "government", "state", "armed", "defence", "defense":
						m.sector = model.SectorMilitary
					case "rebel", "opposition", "insurgent":
						m.sector = model.SectorRebels
					}
				}
			}
			// merge with an actor right before: "Taliban forces", "Russian troops"
			if n := len(dst); n > 0 && dst[n-1].j == i && dst[n-1].sector == "" {
				prev := dst[n-1]
				prev.j, prev.sector = m.j, m.sector
				prev.name = spanText(ts, prev.i, prev.j)
				dst[n-1] = prev
				continue
			} else if n > 0 && dst[n-1].j == i && dst[n-1].sector != "" && (dst[n-1].sector == model.SectorRebels || dst[n-1].sector == model.SectorMilitia) {
				dst[n-1].j = m.j
				dst[n-1].name = spanText(ts, dst[n-1].i, dst[n-1].j)
				continue
			}
			dst = append(dst, m)
		}
	}
	// "Ukrainian and Russian forces": the first of two coordinated
	// nationalities takes the sector of the second
	for x := len(dst) - 2; x >= 0; x-- {
		a, b := &dst[x], &dst[x+1]
		if a.sector == "" && b.sector != "" && a.entity && b.i == a.j+1 && ts[a.j].low == "and" {
			a.sector = b.sector
		}
	}
	return dst
}

// armedGroupNoun are the nouns "armed" makes an armed group of.
var armedGroupNoun = setOf(`men man individuals individual group groups persons person elements assailants youths gang`)

func modifierWord(w string) bool {
	switch w {
	case "unidentified", "unknown", "armed", "suspected", "security", "government", "state", "local", "riot", "rebel",
		"opposition", "islamist", "jihadist", "pro-government", "anti-government", "allied", "special", "federal",
		"national", "border", "defence", "defense", "foreign", "senior", "regional", "provincial", "district", "masked",
		"several", "many", "other", "some", "hundreds", "thousands", "dozens", "of", "young":
		return true
	}
	return false
}

func roleSector(role string) string {
	r := strings.ToLower(role)
	switch {
	case strings.Contains(r, "general") || strings.Contains(r, "commander") || strings.Contains(r, "colonel") || strings.Contains(r, "defense minister") && false:
		return model.SectorMilitary
	case strings.Contains(r, "minister") || strings.Contains(r, "president") || strings.Contains(r, "governor") ||
		strings.Contains(r, "mayor") || strings.Contains(r, "secretary") || strings.Contains(r, "ambassador") ||
		strings.Contains(r, "senator") || strings.Contains(r, "spokes") || strings.Contains(r, "official"):
		return model.SectorGovernment
	case strings.Contains(r, "police"):
		return model.SectorPolice
	case strings.Contains(r, "journalist") || strings.Contains(r, "reporter") || strings.Contains(r, "editor"):
		return model.SectorMedia
	}
	return ""
}

func orgSector(name string) string {
	for _, w := range strings.Fields(name) {
		if s, ok := sectorNouns[w]; ok {
			return s
		}
		switch w {
		case "ministry", "department", "parliament", "government", "council":
			return model.SectorGovernment
		case "army", "military", "forces":
			return model.SectorMilitary
		}
	}
	return ""
}

func spanText(ts []tok, i, j int) string {
	if j <= i {
		return ""
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && ts[k].bs > ts[k-1].be {
			b.WriteByte(' ')
		}
		b.WriteString(ts[k].raw)
	}
	return b.String()
}

// arguments finds the actor and recipient of the trigger h among the
// sentence's mentions: the agent of a passive ("by X"), else the nearest
// mention before the trigger in its clause (or the sentence's first); the
// recipient is the first mention after the trigger in its clause, or the
// subject of a passive.
func arguments(ts []tok, ms []mention, h hit) (actor, recip *mention, why string) {
	passive := false
	for k := h.i - 1; k >= 0 && k >= h.i-3; k-- {
		switch ts[k].low {
		case "was", "were", "been", "being", "is", "are", "got", "get", "be":
			if strings.HasSuffix(ts[h.i].low, "ed") || pastParticiple[ts[h.i].low] {
				passive = true
			}
		}
		if passive {
			break
		}
	}
	// the "by" agent after the trigger
	byAgent := func() *mention {
		for k := h.j; k < len(ts) && k < h.j+8; k++ {
			if clauseBreak(&ts[k]) {
				break
			}
			if ts[k].low == "by" {
				for x := range ms {
					if ms[x].i > k && ms[x].i <= k+4 {
						return &ms[x]
					}
				}
			}
		}
		return nil
	}
	before := func() *mention {
		var best *mention
		for x := range ms {
			m := &ms[x]
			if m.i < h.i && m.j <= h.j {
				brk := false
				for k := m.j; k < h.i; k++ {
					if clauseBreak(&ts[k]) {
						brk = true
						break
					}
				}
				if !brk {
					best = m
				}
			}
		}
		return best
	}
	after := func() *mention {
		for x := range ms {
			m := &ms[x]
			if m.i >= h.j && m.i <= h.j+8 {
				for k := h.j; k < m.i; k++ {
					if clauseBreak(&ts[k]) || ts[k].low == "by" {
						return nil
					}
				}
				return m
			}
		}
		return nil
	}
	if !passive && !h.e.noun && (strings.HasSuffix(ts[h.i].low, "ed") || pastParticiple[ts[h.i].low]) && byAgent() != nil {
		passive = true // "were taken out and tortured by X"
	}
	if passive {
		actor = byAgent()
		recip = before()
		return actor, recip, "passive: agent after by, recipient before"
	}
	if a := byAgent(); a != nil && h.e.noun {
		actor = a
	} else {
		actor = before()
		if actor == nil {
			// the sentence subject
			for x := range ms {
				if ms[x].j <= h.i {
					actor = &ms[x]
					break
				}
			}
		}
	}
	recip = after()
	if recip == actor {
		recip = nil
	}
	return actor, recip, "active: actor before, recipient after"
}

var pastParticiple = setOf(`shot struck beaten stolen taken thrown burnt broken brought sent given blown slain held
fought withdrawn sold met killed hit set cut shut seized caught hung hanged`)

func toActor(m *mention, ts []tok) *model.Actor {
	if m == nil {
		return nil
	}
	sp := model.Span{Start: ts[m.i].rs, End: ts[m.j-1].re}
	return &model.Actor{Name: m.name, Country: m.country, Sector: m.sector, Span: &sp}
}

// fightersAsPeople reports an equipment entity that is the bare word
// "fighters" (or "fighter"): in "opposition fighters overran the base"
// it names combatants, not fighter jets, unless an aircraft word follows.
func fightersAsPeople(ts []tok, e entTok) bool {
	if e.e.Kind != model.EntityEquipment || e.j-e.i != 1 {
		return false
	}
	switch ts[e.i].low {
	case "fighters", "fighter":
	default:
		return false
	}
	if e.j < len(ts) {
		switch ts[e.j].low {
		case "jet", "jets", "plane", "planes", "aircraft", "bomber", "bombers":
			return false
		}
	}
	return true
}
