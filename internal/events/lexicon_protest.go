package events

// protestLexicon holds PROTEST triggers with PLOVER's protest modes (demo,
// riot, strike-gen, strike-lim, strike-hun, boycott, obstruct) and the
// cues ACLED separates protests by: intervention by the authorities
// (dispersal, tear gas, arrests) and violence by the crowd (riot, mob).
const protestLexicon = `
PROTEST demo protest 0.9 n: protest~; protester~; protestor~; demonstrate~; demonstration~; demonstrator~; rally; rallies; rallied; rallying; sit-in~; sit in; march~!; marcher~; took to the streets; take~ to the streets; taking to the streets; picket~; vigil~; candlelight vigil~; gather~ _ protest|demand|denounce|condemn|oppose|against|to; gather~ _ _ to demand|protest|denounce|condemn|oppose|call|press|express|reject|ask|support|commemorate|mark; assemble~ _ to demand|protest|denounce|condemn|oppose; gathering~ _ protest|against; walkout~; walk-out~; walked out; staged _ protest~; stage~ _ protest~; mass action~; petition~
PROTEST demo protest 0.6 nw: chanted; chanting; slogan~; placard~; banner~
PROTEST strike-lim strike 0.85 n: on strike; went on strike; go on strike; strike action; strike~ _ over|for|against|demanding; strike by; labour strike~; labor strike~; workers' strike; work stoppage~; downed tools; struck work; general strike~; shutdown strike~; bandh; hartal~
PROTEST strike-gen strike 0.9 n: general strike~; nationwide strike~; national strike~
PROTEST strike-hun strike 0.95 n: hunger strike~; hunger striker~; hunger-strike~
PROTEST boycott protest 0.7 n: boycott~
PROTEST obstruct protest 0.7: blocked _ road~|highway~|street~|junction~|entrance~|traffic|lane~|corner|access|avenue~|route~|bridge~|intersection~|roundabout~; block~ _ road~|highway~|street~|traffic|lane~|avenue~|route~|bridge~; blockade~; road block~; roadblock~; barricade~; occupied _ office~|building~|premises
PROTEST riot riot 0.95 n: riot~; rioter~; rioting; unrest; violent protest~; violent demonstration~; pelted _ stone~|rock~; threw stone~|rock~|molotov; stone-pelting; stone pelting; stone-throwing; molotov cocktail~; petrol bomb~; burned|burnt|burning tyres|tires; clashed with police|security|the police|security forces|riot
PROTEST riot mob 0.95 n: mob~; mobs; angry crowd~; irate crowd~; lynch~; lynch mob~; vigilante~; mob justice; jungle justice; instant justice
PROTEST - intervene 0.7: tear gas; teargas; tear-gas; tear gassed; water cannon~; rubber bullet~; disperse~; dispersed; baton~; baton-charge~; lathi~; lathi-charge~; lathicharge~; crackdown~; cracked down; broke up; break up; stun grenade~; pepper spray
`
