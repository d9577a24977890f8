package events

// CONCEDE is yielding (CAMEO 08): easing restrictions, a curfew or a
// state of emergency, and letting opponents act (CAMEO 0811-082: ease
// restrictions on political freedoms, ease political dissent). An
// authority allowing the opposition to hold a rally concedes; the rally
// it allows has not happened yet and is no PROTEST. An easing may name
// its measure after a longer phrase ("eased by three hours the overnight
// curfew"), so these patterns allow two gaps.

// concedeLexicon holds the concession wording the main lexicon lacks.
const concedeLexicon = `
CONCEDE - - 0.85: shorten~|shortened|ease~|eased|relax~|relaxed|loosen~|loosened|curtail~|curtailed|reduce~|reduced|lift~|lifted _ _ curfew~|lockdown~|restrictions; shorten~|shortened|ease~|eased|relax~|relaxed|loosen~|loosened|lift~|lifted _ _ state of emergency; shorten~|shortened|ease~|eased|relax~|relaxed|loosen~|loosened|lift~|lifted _ _ martial law
CONCEDE - - 0.85: allowed|allow~|permitted|permit~|authorised|authorized|authorise~|authorize~ _ _ to hold|stage|organise|organize|lead _ rally|rallies|protest~|march~|demonstration~|procession~|sit-in~|meeting~; allowed|allow~|permitted|permit~|authorised|authorized|authorise~|authorize~ _ _ to bring|take out _ rally|rallies|protest~|march~|demonstration~|procession~; allowed|allow~|permitted|permit~ _ rally|rallies|protest~|march~|demonstration~ to go ahead; allowed|allow~|permitted|permit~ _ rally|rallies|protest~|march~|demonstration~ to proceed|continue
REJECT - - 0.85: renege~ on; reneged; went back on _ promise~|commitment~|pledge~|word|deal|agreement~; go~ back on _ promise~|commitment~|pledge~|word|deal|agreement~; backtrack~ on; backtracked on
`
