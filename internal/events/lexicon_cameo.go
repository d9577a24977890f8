package events

// cameoCategoriesLexicon widens the PLOVER types with CAMEO's own categories (as
// PLOVER's public CAMEO mapping places them): a show of force by ships,
// aircraft, weapons and reinforcements and a presence stepped up
// (MOBILIZE, CAMEO 15); withdrawals begun, sieges lifted, weapons handed
// over, hostages let go (RETREAT); no plans to yield, not standing in the
// way (REJECT); a blockade, curfew or restriction eased and a rally
// allowed (CONCEDE, CAMEO 08); compromises and pledges of aid (AGREE);
// joint drills and investigations, information shared, suspects handed
// over (COOPERATE, CAMEO 06); ambassadors withdrawn and aid frozen or
// blocked (SANCTION, CAMEO 16); deadlines set (THREATEN); accusations in
// the forms "charged that", "lashed out", "protested to the envoy",
// "the inquiry found that" (ACCUSE); supplies disrupted (COERCE);
// fire traded, a truce violated, a population expelled, acid thrown,
// infrastructure blown up, a toxic substance (ASSAULT); violent wording of
// riots (PROTEST riot).
const cameoCategoriesLexicon = `
CONSULT visit - 0.85: welcomed|welcome~|greeted|greet~ _ visiting
MOBILIZE troops - 0.85: moved|move~ _ warships|ships|vessels|frigates|destroyers|submarines|jets|aircraft|warplanes|armour|armor|columns|convoys|troops|forces|tanks _ into|toward|towards|to|closer|near|along; armoured|armored|tank _ columns|convoys|vehicles|units _ rolled|moved|advanced|headed; tanks rolled; sent|send~|dispatched|dispatch~|deployed|deploy~ _ frigate~|destroyer~|warship~|gunboat~|submarine~|carrier~|vessel~|jets|bombers|warplanes|helicopters|reinforcements|paratroopers|marines|commandos; increased|increase~|boosted|boost~|bolstered|bolster~|strengthened|strengthen~|expanded|expand~ _ military|naval|troop|security presence; stepped up _ military|naval|troop|security presence; step~ up _ military|naval|troop|security presence; moved|move~|shifted|shift~ _ missile~|batteries|artillery|warships|jets|warplanes|weapons _ closer|to|towards|toward|near
RETREAT disarm - 0.9: hand~ over _ weapons|arms|guns|rifles; handed over _ weapons|arms|guns|rifles; handed in _ weapons|arms|guns|rifles; turned in _ weapons|arms|guns|rifles
REJECT - - 0.85: stand~ in the way; stood in the way; has|have|had no plans to; has|have|had no intention~ to|of; no plans to
CONCEDE - - 0.85: suspend~|suspended|cancel~|cancelled|canceled|scrap~|scrapped|revoke~|revoked|withdrew|withdraw~|shorten~|shortened _ curfew~|lockdown~; curfew~|lockdown~ _ was|were|been|has|had ended|suspended|cancelled|canceled|scrapped|revoked|shortened|reduced|eased|relaxed|lifted; allowed|allow~|permitted|permit~|authorised|authorized|authorise~|authorize~ _ rally|rallies|march~|protest~|demonstration~|gathering~|vigil~|sit-in~; gave|give~|granted|grant~ _ permission|permit~|go-ahead for _ rally|rallies|march~|protest~|demonstration~
CONCEDE - - 0.85: ease~|eased|relax~|relaxed|loosen~|loosened _ blockade~|siege|embargo~|restrictions|sanctions|controls|curbs|curfew~|ban~; scale~ back _ blockade~|siege|embargo~|restrictions|sanctions|curbs; scaled back _ blockade~|siege|embargo~|restrictions|sanctions|curbs; lift~|lifted _ blockade~|embargo~|curbs
# named artillery and missile systems (multiple rocket launchers,
# tactical missiles) are shelling whatever verb reports them
ASSAULT aerial drone 0.95 n: shahed~; shaheds; geran~; lancet drone~; bayraktar~; tb2
ASSAULT heavy-weapons shell 0.9 n: kh-101; kh-22; kh-55; kh-59; onyx; kinzhal; bm-21; bm-27; bm-30; msta; grad; grads; uragan; smerch; tochka; tochka-u; iskander; iskanders; kalibr; tornado-s; himars; s-300; s-300s; cluster munition~; thermobaric; tank~ fired|shelled|opened; tank shell~; tank round~
ASSAULT firearms clash 0.9 n: combat~ between|with|against; encounter~ broke|took|ensued|started|erupted; in an encounter; killed in _ encounter~; armed confrontation~; confrontation~ between|with; confronted each other; engaged _ in _ fighting|combat|gunfight~|firefight~; hostilities between; attacked each other; fought each other; traded|trade~|trading _ fire|gunfire|shots|artillery|rockets|mortar~|shelling|shells
# CAMEO 196 and 201 in PLOVER's mapping: a ceasefire violated is an
# assault, and a population driven from its homes a mass expulsion
ASSAULT - violation 0.85: violate~|violated|breach~|breached _ ceasefire~|truce~|cease-fire~|armistice
ASSAULT - attack 0.85: ethnic cleansing; mass expulsion~; expel~|expelled|drove|driven|forced _ from _ homes|villages|lands|land|homeland; expel~|expelled|drove|driven|forced _ out of _ homes|villages|lands|land|homeland
ASSAULT beat beat 0.85: acid attack~; threw|hurled|thrown|splashed|flung _ acid
ASSAULT destroy loot 0.85: desecrate~; desecrated; desecration of; wreck~|wrecked _ office~|house~|home~|shop~|vehicle~|car~|property|church~|mosque~|temple~|shrine~|statue~; blew|blow~|blown up _ tower~|mast~|bridge~|pipeline~|building~|school~|house~|home~|railway~|track~|office~|shrine~|mosque~|church~|statue~|pylon~|transformer~
PROTEST riot riot 0.9 n: hooliganism; mayhem; rampaged; went berserk; unruly mob~|crowd~|protesters|demonstrators; violent protesters|demonstrators|agitation~|agitators|crowd~; resorted to _ violence|arson|vandalism|stone~|stone-pelting; indulged in _ violence|arson|vandalism|stone~|stone-pelting
PROTEST obstruct violent 0.8 n: breaking|break~ _ windows|windowpanes|glass|windshield~|windscreen~; damage~|damaged|damaging _ gate~|door~|fence~|barrier~|furniture|statue~|cctv|cameras
RETREAT withdraw transfer 0.9: began|begin~|started|start~|completed|complete~ _ withdrawal|pullout|pullback|pull-back|pull-out|leaving|departure; dismantl~ _ settlement~|outpost~|checkpoint~|roadblock~|barricades|bases|camps; dismantled _ settlement~|outpost~|checkpoint~|roadblock~|barricades|bases|camps; lift~|lifted _ siege
RETREAT withdraw transfer 0.85 n: pullback~; pull-back~; pull-out~; departure of _ troops|forces|soldiers|peacekeepers
RETREAT disarm - 0.9: turned over _ weapons|arms|guns|rifles
RETREAT release - 0.9: let _ go; released _ hostages|prisoners|captives|detainees
RETREAT resign - 0.9: stepped aside; step~ aside
AGREE - - 0.85: reached _ compromise~; reach~ _ compromise~; struck _ compromise~
COOPERATE - - 0.85: joint _ drills|exercises|manoeuvres|maneuvers|patrols|operation~|investigation~|inquiry|probe|venture~|project~|research|development|statement; jointly; exchanged|exchange~|share~|shared _ information|intelligence|data; handed over _ suspect~|fugitive~|militant~|criminal~; hand~ over _ suspect~|fugitive~|criminal~
SANCTION expel - 0.9: withdrew|withdraw~|pulled _ ambassador~|envoy~|diplomat~
THREATEN - - 0.85: gave|give~|given _ hours|days|weeks to; set _ deadline; issued _ deadline
ASSAULT explosives chem 0.95 n: toxic substance~|chemical~|fumes|agent~; poisonous substance~|fumes
ACCUSE - - 0.9: charged that; charge~ that; charges that; reproach~; reproached; assail~; assailed; lash~ out; lashed out; took _ to task; take~ _ to task; protested|protest~ to _ ambassador~|embassy|envoy~|government|counterpart~|foreign|ministry; point~|pointed to _ involvement|role|complicity|hand; documented _ abuses|violations|crimes|atrocities|torture|killings; report~|investigation~|inquiry|probe|investigators _ found|concluded that; implicate~; implicated; human rights abuses|violations
AGREE - - 0.85: pledged|pledge~|promised|promise~|offered|offer~ _ aid|assistance|million|billion|loans|loan|grants|support|relief
SANCTION sever - 0.85: froze|freeze~|blocked|block~|banned|ban~|barred|bar~|restricted|restrict~|curbed|curb~|prohibited|prohibit~|cancelled|canceled|cancel~|withheld|withhold~ _ aid|assistance|funding|donations|relief|loans|grants|remittances|contributions|payments; aid|assistance|funding|donations|relief|loans|grants|cooperation|ties _ suspended|halted|frozen|cut|withdrawn|stopped|cancelled|canceled|slashed|reduced|ended|terminated; aid|assistance|funding|donations|relief|loans|grants|cooperation|ties _ was|were|been suspended|halted|frozen|cut|withdrawn|stopped|cancelled|canceled|slashed|reduced|ended|terminated
COERCE withhold - 0.85: disrupted|disrupt~|interrupted|interrupt~|obstructed|obstruct~|prevented|prevent~|choked|choke~|restricted|restrict~|cut|cutting _ supply|supplies|deliveries|delivery|flow; stop~|stopped|halt~|halted|cut|suspend~|suspended|cease~|ceased _ supplying|supply|supplies|delivering|deliveries _ water|electricity|power|gas|fuel|food
MOBILIZE weapons - 0.85: set up _ rocket~|missile~|launcher~|katyusha~|artillery|batteries|howitzer~|mortar~; sets up _ rocket~|missile~|launcher~|katyusha~|artillery|batteries; positioned|position~|installed|install~|placed|brought|deployed|deploy~|stationed|station~|moved|move~|stockpiled|stockpile~|amassed|amass~|transferred|transfer~ _ rocket~|missile~|launcher~|artillery|batteries|katyusha~|howitzer~|mortar~|anti-aircraft|tanks|armoured|armored|air-defence|air-defense
`
