package events

// violenceLexicon holds ASSAULT triggers: PLOVER's ASSAULT modes (abduct,
// beat, torture, execute, sexual, assassinate, destroy, primitive,
// firearms, explosives, suicide-attack, heavy-weapons) plus "aerial" for
// air and drone strikes, which geowire adds as a PLOVER-compliant
// extension. Tags carry what ACLED distinguishes: the weapon (air, drone,
// shell, ied, grenade, suicide, chem), the form (clash, attack, kill,
// sexual, abduct, loot) and territorial change (regain, overtake).
const violenceLexicon = `
ASSAULT aerial air 0.95 n: airstrike~; air-strike~; air strike~; air raid~; aerial bombardment~; aerial attack~; aerial bombing~; warplane~; fighter jet~; jet fighter~; fighter plane~; military aircraft; helicopter gunship~; gunship~; bomber~ _ bombed; carpet bombing
ASSAULT aerial air 0.8: bomb~ _ from the air; dropped _ bomb~; barrel bomb~; bombed!
ASSAULT aerial drone 0.95 n: drone strike~; drone attack~; drone~; uav~; unmanned aerial vehicle~; kamikaze drone~; loitering munition~; quadcopter~
ASSAULT heavy-weapons shell 0.9 n: shell~; shelling~; artillery; artillery fire; mortar~; mortar shell~; rocket~; rocket fire; rocket attack~; missile~; missile strike~; missile attack~; cruise missile~; ballistic missile~; bombardment~; bombard~; howitzer~; mlrs; grad rocket~; katyusha~; tank fire; heavy weapon~; heavy machine gun~; heavy fire; shellfire
ASSAULT explosives ied 0.95 n: ied~; improvised explosive device~; explosive device~; roadside bomb~; car bomb~; car bombing~; vbied~; landmine~; land mine~; anti-personnel mine~; anti-tank mine~; a|an mine; mine blast~; mine explosion~; mine exploded; sticky bomb~; magnetic bomb~; pressure plate; booby trap~; booby-trap~; parcel bomb~; bomb blast~; bomb~ exploded|went|detonated; remote-controlled bomb~; remote controlled bomb~
ASSAULT explosives ied 0.8 n: explosion~; blast~!; bomb~!; bombing~; explosive~; detonate~; explode~
ASSAULT explosives grenade 0.95 n: grenade~; hand grenade~; grenade attack~; rpg~; rocket-propelled grenade~; hurled a|an explosive
ASSAULT suicide-attack suicide 0.98 n: suicide bomber~; suicide bombing~; suicide attack~; suicide attacker~; suicide car bomb~; suicide vest~; blew himself|herself|themselves up; detonated his|her|their explosive~; self-detonated
ASSAULT explosives chem 0.95 n: chemical weapon~; chemical attack~; chemical agent~; chlorine gas; chlorine; sarin; mustard gas; nerve agent~; poison gas; toxic gas; poisonous gas
ASSAULT firearms fire 0.85: shoot~; shot dead; gun~ down; gunned; gunfire; opened fire; open~ fire; fired at|on|upon; fired shots; fired bullets; fired _ at; sniper~; sniper fire; live ammunition; live rounds; machine-gunned; bullet~ _ killed
ASSAULT firearms fire 0.6 n: shooting~; gunshot~; gunshot wound~; bullet wound~
ASSAULT firearms clash 0.9 n: clash~; armed clash~; exchange of fire; exchanged fire; gun battle~; gunbattle~; gunfight~; firefight~; shootout~; shoot-out~; skirmish~; fighting; heavy fighting; fierce fighting; battle~ with|between|against; fought~; engaged _ in combat; exchange~ fire; encounter~ with|between; armed encounter~; ambush~; counterattack~; counter-attack~; offensive; assault on _ position~
ASSAULT - attack 0.8 n: attack~; assault~; raid~; stormed; storming; massacre~; invade~; invasion; incursion~; onslaught
ASSAULT - kill 0.6 w: bodies _ found|discovered|recovered|dumped; body _ found|discovered|recovered|dumped; found dead; mass grave~
ASSAULT - kill 0.7 w: kill~; murder~; slay~; slain; shot and killed; hacked to death; beaten to death; stabbed to death; burned to death; burnt to death; lynched; lynching~; behead~; decapitate~; killing~; homicide; casualties; wounded; injure~; maim~
ASSAULT beat beat 0.8: beat~; beat~ up; beating~; assaulted; thrash~; flog~; whip~; torture~; tortured; manhandle~; clubbed; attacked with stick~|machete~|knives|knife|rods|batons; pelted; stoned
ASSAULT primitive beat 0.8: stab~; knife attack~; machete~; hack~ _ death; axe~; hacked; set _ on fire
ASSAULT torture beat 0.85: torture~
ASSAULT execute kill 0.85: execute~; execution~; summary execution~; publicly executed
ASSAULT assassinate kill 0.9: assassinate~; assassination~; assassination attempt~
ASSAULT sexual sexual 0.95: rape~; raped; gang-rape~; gang rape~; gang-raped; sexually assault~; sexual assault~; sexually abuse~; sexual abuse; sexual violence; sexually harass~; molest~; sexually assaulted
ASSAULT abduct abduct 0.95: abduct~; abduction~; kidnap~; kidnapping~; kidnapped; taken hostage; took _ hostage; hijack~; forcibly disappeared; forced disappearance~; enforced disappearance~; whisked away; went missing
ASSAULT destroy loot 0.85: loot~; looting~; looter~; torch~; set fire to; set _ ablaze; set _ alight; set _ on fire; burn~ down; burned|burnt _ houses|homes|shops|vehicles|cars|property|buildings|huts|offices|tyres|tires; vandalize~; vandalise~; vandalism; ransack~; plunder~; pillage~; raze~; demolish~; destroy~ _ property|houses|homes|shops|crops|buildings|vehicles; destroy~; arson; arson attack~; rob~; robbery; robberies; steal~; stole; extort~; extortion; damaged _ property; seized _ cattle|livestock|goods|property|money; raided _ shops|market|stores|homes
ASSAULT - anaphor 0.5 n: the strike; the strikes; the attack; the attacks; the operation; the raid; the assault; the bombing
ASSAULT - regain 0.9: freed _ area~|village~|town~|district~|territory|territories|city|cities|region~|locality|localities; recovered _ area~|region~|village~|town~|territory|territories|control; restored control; restore~ control; regained _ areas|villages|towns|territory; recapture~; retake~; retook; regain~ control; regained _ control; liberate~; liberation of; reclaimed control; took back; clear~ _ of militants|rebels|insurgents|terrorists
ASSAULT - overtake 0.85: seize~ control; seized control; took control; take~ control; taken control; took over; take~ over; captured _ town~|village~|city|cities|district~|area~|base~|territory|territories|positions|position|camp~|post~|outpost~|stronghold~|hill~|locality|localities; in control of; took full control; overran; overrun~; fell to; fall~ to; occupy~; occupied; occupation of; gained control; gain~ control; advanced into; under the control of
`
