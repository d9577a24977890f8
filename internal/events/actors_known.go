package events

import "github.com/geowire/geowire/internal/model"

// moreKnownActors are state forces and armed groups that conflict
// reporting names by acronym or short name, from general knowledge of the
// conflicts: country (alpha-3, "" when the name is used in several) and
// sector. Without them "SNA soldiers" or "attacked an ENDF base" name no
// armed actor, and a battle reads as an attack on civilians.
var moreKnownActors = map[string][2]string{
	// state forces
	"sna": {"", model.SectorMilitary}, "somali national army": {"SOM", model.SectorMilitary},
	"endf": {"ETH", model.SectorMilitary}, "fardc": {"COD", model.SectorMilitary}, "fama": {"MLI", model.SectorMilitary},
	"sspdf": {"SSD", model.SectorMilitary}, "saf": {"", model.SectorMilitary}, "updf": {"UGA", model.SectorMilitary},
	"kdf": {"KEN", model.SectorMilitary}, "irgc": {"IRN", model.SectorMilitary}, "peshmerga": {"IRQ", model.SectorMilitary},
	"isf": {"IRQ", model.SectorMilitary}, "ansf": {"AFG", model.SectorMilitary}, "fds": {"", model.SectorMilitary},
	"crpf": {"IND", model.SectorPolice}, "bsf": {"IND", model.SectorPolice}, "pnp": {"PHL", model.SectorPolice},
	"gendarmerie": {"", model.SectorPolice}, "carabinieri": {"ITA", model.SectorPolice}, "fdn": {"", model.SectorMilitary},
	"fanb": {"VEN", model.SectorMilitary}, "sedena": {"MEX", model.SectorMilitary}, "guardia nacional": {"MEX", model.SectorMilitary},
	"national guard": {"", model.SectorMilitary}, "mnjtf": {"", model.SectorMilitary}, "barkhane": {"FRA", model.SectorMilitary},
	"amisom": {"", model.SectorMilitary}, "atmis": {"", model.SectorMilitary}, "monusco": {"", model.SectorMilitary},
	"minusma": {"", model.SectorMilitary}, "minusca": {"", model.SectorMilitary}, "unmiss": {"", model.SectorMilitary},
	"unifil": {"", model.SectorMilitary}, "kfor": {"", model.SectorMilitary},
	// non-state armed groups and militias
	"vdp": {"BFA", model.SectorMilitia}, "koglweogo": {"BFA", model.SectorMilitia}, "dozo": {"", model.SectorMilitia},
	"qsd": {"SYR", model.SectorRebels}, "nrf": {"AFG", model.SectorRebels}, "iskp": {"AFG", model.SectorRebels},
	"is-k": {"AFG", model.SectorRebels}, "isgs": {"", model.SectorRebels}, "issp": {"", model.SectorRebels},
	"is-sahel": {"", model.SectorRebels}, "ansaru": {"NGA", model.SectorRebels}, "codeco": {"COD", model.SectorMilitia},
	"mai-mai": {"COD", model.SectorMilitia}, "mai mai": {"COD", model.SectorMilitia}, "wazalendo": {"COD", model.SectorMilitia},
	"twirwaneho": {"COD", model.SectorMilitia}, "red-tabara": {"BDI", model.SectorRebels}, "fano": {"ETH", model.SectorMilitia},
	"spla-io": {"SSD", model.SectorRebels}, "splm-io": {"SSD", model.SectorRebels}, "splm-n": {"SDN", model.SectorRebels},
	"lra": {"", model.SectorRebels}, "aqap": {"YEM", model.SectorRebels}, "aqim": {"", model.SectorRebels},
	"stc": {"YEM", model.SectorMilitia}, "ndf": {"SYR", model.SectorMilitia}, "pmf": {"IRQ", model.SectorMilitia},
	"hashd": {"IRQ", model.SectorMilitia}, "hashd al-shaabi": {"IRQ", model.SectorMilitia}, "kataib hezbollah": {"IRQ", model.SectorMilitia},
	"biff": {"PHL", model.SectorRebels}, "npa": {"PHL", model.SectorRebels}, "abu sayyaf": {"PHL", model.SectorRebels},
	"asg": {"PHL", model.SectorRebels}, "milf": {"PHL", model.SectorRebels}, "dawlah islamiyah": {"PHL", model.SectorRebels},
	"kia": {"MMR", model.SectorRebels}, "tnla": {"MMR", model.SectorRebels}, "mndaa": {"MMR", model.SectorRebels},
	"knu": {"MMR", model.SectorRebels}, "knla": {"MMR", model.SectorRebels}, "kndf": {"MMR", model.SectorMilitia},
	"cdf": {"", model.SectorMilitia}, "pyu saw htee": {"MMR", model.SectorMilitia}, "bla": {"PAK", model.SectorRebels},
	"blf": {"PAK", model.SectorRebels}, "lashkar-e-taiba": {"PAK", model.SectorRebels}, "jaish-e-mohammed": {"PAK", model.SectorRebels},
	"trf": {"IND", model.SectorRebels}, "hizbul mujahideen": {"IND", model.SectorRebels}, "ulfa": {"IND", model.SectorRebels},
	"maoists": {"", model.SectorRebels}, "maoist": {"", model.SectorRebels}, "naxals": {"IND", model.SectorRebels},
	"naxalites": {"IND", model.SectorRebels}, "agc": {"COL", model.SectorRebels},
	"clan del golfo": {"COL", model.SectorRebels}, "cjng": {"MEX", model.SectorRebels}, "sinaloa cartel": {"MEX", model.SectorRebels},
	"ms-13": {"", model.SectorRebels}, "barrio 18": {"", model.SectorRebels}, "g9": {"HTI", model.SectorRebels},
	"g-pep": {"HTI", model.SectorRebels}, "400 mawozo": {"HTI", model.SectorRebels}, "ambazonia": {"CMR", model.SectorRebels},
	"ambazonian separatists": {"CMR", model.SectorRebels}, "amhara militia": {"ETH", model.SectorMilitia},
	"janjaweed": {"SDN", model.SectorMilitia}, "anti-balaka": {"CAF", model.SectorMilitia}, "ex-seleka": {"CAF", model.SectorRebels},
	"upc": {"CAF", model.SectorRebels}, "3r": {"CAF", model.SectorRebels}, "cpc": {"CAF", model.SectorRebels},
	"fact": {"TCD", model.SectorRebels}, "polisario": {"ESH", model.SectorRebels}, "pflp": {"PSE", model.SectorRebels},
	"islamic jihad": {"PSE", model.SectorRebels}, "pij": {"PSE", model.SectorRebels}, "al-aqsa martyrs brigades": {"PSE", model.SectorRebels},
	"lions' den": {"PSE", model.SectorRebels}, "azov": {"UKR", model.SectorMilitary},
}

func init() {
	for k, v := range moreKnownActors {
		if _, ok := knownActors[k]; !ok {
			knownActors[k] = v
		}
	}
}
