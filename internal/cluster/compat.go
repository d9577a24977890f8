package cluster

import (
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// modeGroups puts together the PLOVER modes that outlets use for one
// happening: the same strike is an air strike to one report, shelling or an
// explosion to another. Modes in one group are compatible; other different
// modes of one type are not (a shooting is not an air strike).
var modeGroups = map[string]string{
	// Remote violence: what hit the place is often unclear at first.
	model.EventAssault + "/aerial":         "remote",
	model.EventAssault + "/heavy-weapons":  "remote",
	model.EventAssault + "/explosives":     "remote",
	model.EventAssault + "/destroy":        "remote",
	model.EventAssault + "/suicide-attack": "remote",
	// Violence against people at close range.
	model.EventAssault + "/firearms":    "direct",
	model.EventAssault + "/execute":     "direct",
	model.EventAssault + "/assassinate": "direct",
	model.EventAssault + "/primitive":   "direct",
	model.EventAssault + "/beat":        "direct",
	// Demonstrations, peaceful or not.
	model.EventProtest + "/demo":     "demo",
	model.EventProtest + "/riot":     "demo",
	model.EventProtest + "/obstruct": "demo",
	// Labour strikes.
	model.EventProtest + "/strike-gen": "strike",
	model.EventProtest + "/strike-lim": "strike",
	model.EventProtest + "/strike-hun": "strike",
	// Troop movements.
	model.EventMobilize + "/troops":  "troops",
	model.EventMobilize + "/weapons": "troops",
}

// crossTypes are the few (type/mode) pairs of different PLOVER types that
// reports of one happening get: an abduction by security forces is an arrest
// to another outlet.
var crossTypes = map[[2]string]bool{
	{model.EventAssault + "/abduct", model.EventCoerce + "/arrest"}: true,
}

// Kind compatibility scores.
const (
	kindSameMode  = 1.0
	kindOneMode   = 0.9 // one report gives no mode
	kindModeGroup = 0.8
	kindCrossType = 0.7
)

// kindScore compares the type and mode of two events; ok is false when the
// types or modes differ beyond the compatibility tables.
func kindScore(a, b *model.Event) (score float64, why string, ok bool) {
	ka, kb := a.Type+"/"+a.Mode, b.Type+"/"+b.Mode
	switch {
	case a.Type != b.Type:
		if crossTypes[[2]string{ka, kb}] || crossTypes[[2]string{kb, ka}] {
			return kindCrossType, "compatible types " + ka + " and " + kb, true
		}
		return 0, "different types " + a.Type + " and " + b.Type, false
	case a.Mode == b.Mode:
		return kindSameMode, "same type " + ka, true
	case a.Mode == "" || b.Mode == "":
		return kindOneMode, "same type " + a.Type + ", one mode unknown", true
	case modeGroups[ka] != "" && modeGroups[ka] == modeGroups[kb]:
		return kindModeGroup, "compatible modes " + ka + " and " + kb, true
	}
	return 0, "incompatible modes " + ka + " and " + kb, false
}

// Types returns the PLOVER types whose events can report the same
// happening as e: e's type and those the compatibility table pairs with
// it. Pass them as store.EventFilter.Types when fetching candidates.
func Types(e model.Event) []string {
	types := []string{e.Type}
	k := e.Type + "/" + e.Mode
	for pair := range crossTypes {
		for i, x := range pair {
			if x == k {
				t, _, _ := strings.Cut(pair[1-i], "/")
				types = append(types, t)
			}
		}
	}
	return types
}
