package events

// Weapons seized, found or disposed of: the codebook's disrupted weapons
// use covers "the seizure of weapons" and explosives defused or cleared.
//
//   - Firearms and ammunition named by kind (revolvers, carbines,
//     cartridges, shotguns) and caches called a "stash" are weapons
//     seized like rifles and arms.
//   - Destroying what was cleared or seized ("cleared the mines and
//     destroyed them") is part of the disposal, not a destruction of
//     property (dropDisposalDestruction).

const disposalLexicon = `
COERCE confiscate disrupt 0.9: seized|seize~|confiscated|confiscate~|recovered|recover~|found|discovered|unearthed|impounded _ revolver~|carbine~|cartridge~|musket~|shotgun~|pistol~|handgun~|submachine|projectile~|warhead~; stash~ of _ weapon~|arms|ammunition|explosive~|rifle~|gun~|firearm~|shells|rocket~|mortar~|grenade~|projectile~|munition~|bomb~; weapons stash~; arms stash~; ammunition stash~; revolver~|carbine~|cartridge~|musket~|shotgun~|handgun~|projectile~ _ seized|recovered|confiscated|found|discovered|impounded
`

// dropDisposalDestruction drops a bare destruction trigger ("destroyed
// them", "destroyed") in a sentence that reports weapons seized, cleared
// or defused: the weapons were destroyed, not property.
func dropDisposalDestruction(ts []tok, hs []hit) []hit {
	disrupt := false
	for _, h := range hs {
		if h.e.tag == "disrupt" && h.e.typ == "COERCE" {
			disrupt = true
			break
		}
	}
	if !disrupt {
		return hs
	}
	out := hs[:0]
	for _, h := range hs {
		if h.e.tag == "loot" && h.j-h.i == 1 && (h.lemma == "destroy" || hasPrefixWord(ts[h.i].low, "destroy")) {
			continue
		}
		if h.e.typ == "ASSAULT" && disposedWeapon[h.e.tag] && objectOfDisposal(ts, hs, h) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// disposedWeapon are the weapon tags a disposal can take as its object.
var disposedWeapon = map[string]bool{"ied": true, "grenade": true, "shell": true}

// objectOfDisposal reports a weapon trigger standing within four tokens
// after a disposal trigger of the same clause ("sappers defused hundreds
// of landmines"): the weapon disposed of, not one used.
func objectOfDisposal(ts []tok, hs []hit, w hit) bool {
	for _, d := range hs {
		if d.e.typ != "COERCE" || d.e.tag != "disrupt" || d.j > w.i || w.i-d.j > 4 {
			continue
		}
		clean := true
		for k := d.j; k < w.i; k++ {
			if ts[k].punct {
				clean = false
				break
			}
		}
		if clean {
			return true
		}
	}
	return false
}

func hasPrefixWord(w, p string) bool { return len(w) >= len(p) && w[:len(p)] == p }
