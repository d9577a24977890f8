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
PROTEST obstruct protest 0.7: blocked _ road~|highway~|street~|junction~|entrance~|traffic|lane~|corner|access|avenue~|route~|bridge~|intersection~|roundabout~; block~ _ road~|highway~|street~|traffic|lane~|avenue~|route~|bridge~; blockade~; road block~; roadblock~; occupied _ office~|building~|premises; stopped traffic; halted traffic; blocked _ railway~|rail|railroad|tracks|train~; block~ _ railway~|rail|railroad|tracks; stood on _ road
PROTEST riot riot 0.95 n: riot~; rioter~; rioting; unrest; violent protest~; violent demonstration~; pelted _ stone~|rock~; threw stone~|rock~|molotov; stone-pelting; stone pelting; stone-throwing; molotov cocktail~; petrol bomb~; burned|burnt|burning tyres|tires; clashed with police|security|the police|security forces|riot
PROTEST riot mob 0.95 n: mob~; mobs; angry crowd~; irate crowd~; lynch~; lynch mob~; mob justice; jungle justice; instant justice
PROTEST obstruct violent 0.85 n: barricade~; burning barricade~; burned|burnt|burning|torched tyres|tires|tyre|tire|furniture|debris|garbage|trash|rubbish|effigy|effigies; set fire to _ tyres|tires|tyre|tire|furniture|debris|garbage|trash|rubbish|barricade~|objects|obstacles|effigy; vandalize~; vandalise~; vandalism; smashed windows; smash~ _ windows
PROTEST - intervene 0.7: prevent~ _ protesters|demonstrators|marchers|participants|protest~|demonstration~|march~|caravan~; impede~ _ protesters|demonstrators|marchers|participants|protest~|demonstration~|march~|caravan~; intervened; intervene~ _ protest~|demonstration~|rally|event|gathering|sit-in; cane-charge~; cane charge~; used force; use~ force; charged at _ protesters|demonstrators|students|crowd|them; pushed back _ protesters|demonstrators|marchers|crowd~; push~ back _ protesters|demonstrators|marchers|crowd~; kettle~; forcibly removed; forcibly remove~; forcibly evicted; fired in the air; fired warning shots; tear gas; teargas; tear-gas; tear gassed; water cannon~; rubber bullet~; disperse~; dispersed; baton~; baton-charge~; lathi~; lathi-charge~; lathicharge~; crackdown~; cracked down; broke up; break up; stun grenade~; pepper spray
`
