package events

// Deaths in a crackdown. "Three die in protest crackdown": people killed
// when the authorities put down a demonstration are the codebook's
// excessive force against protesters, even when the headline names no
// weapon and the deaths are told with "die" or "dead" rather than a
// killing verb.
const crackdownLexicon = `
PROTEST - force 0.8 n: die~|died|dead|killed _ in _ crackdown~; death~ in _ crackdown~; deadly crackdown~
`
