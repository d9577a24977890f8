package events

// COERCE covers repression and coercion short of force against people.
// CAMEO 176 ("attack cybernetically") puts cyber attacks under coercion:
// hacking into systems, defacing web sites and denial-of-service attacks
// are coded COERCE, not ASSAULT, which needs physical force.
//
// An actor's stated readiness to impose coercive measures (martial law, a
// curfew, a state of emergency) is a THREATEN (CAMEO 1323-1324); the
// measure after the intent word is kept through sentence() so that
// commissives() can see the hostile act it commits to
// (intentComplement).

// coerceLexicon holds the cyber-attack wording.
const coerceLexicon = `
COERCE cyber - 0.85: cyber attack~; cyber-attack~; cyberattack~; cyber assault~; hacked into; hack~ into; hacking into; deface~; defaced; defacing; denial-of-service; denial of service; ddos
`

// intentComplement reports a trigger hy in the complement of an intent
// trigger hx ("stood ready to declare martial law"): the act the intent is
// about, which commissives() reads, not a noun object to drop.
func intentComplement(ts []tok, hx, hy hit, typ string) bool {
	return typ == "AGREE" && intentWords[ts[hx.i].low] && ts[hx.j-1].low == "to" && hy.i > hx.j && hy.i <= hx.j+3
}
