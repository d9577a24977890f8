package events

// strategicLexicon holds cues for ACLED's strategic developments that
// PLOVER codes under other types: bases established, changes to a group or
// its activity (PLOVER MOBILIZE), and other notable non-violent acts.
const strategicLexicon = `
MOBILIZE troops base 0.85: established _ base~|camp~|headquarters|outpost~|checkpoint~|post~|position~; establish~ _ base~|camp~|headquarters|outpost~|checkpoint~|post~|position~; establishing _ base~|camp~|outpost~|checkpoint~|post~; set up _ base~|camp~|headquarters|outpost~|checkpoint~|post~|position~; new base~; new military base~; new military post~; new post~; observation post~; observation point~; military post~; military point~; military base~ _ established|opened; opened _ base|headquarters|office|outpost; set up camp
MOBILIZE troops change 0.8: recruit~; recruited; recruitment; recruiting; defect~; defected; defection~; defector~; join~ _ group|forces|ranks|militia|army|movement|rebels|party; joined; merge~; merged; merger; split from; splinter~; breakaway; new leader; appointed _ commander|leader|chief; elected _ leader|chief; graduated; graduation; training camp~; military training; relocate~; relocated; reposition~; redeploy~; redeployed; rename~; renamed; formed _ group|militia|alliance|coalition|movement|force; form~ _ group|militia|alliance|coalition; launch~ _ operation|campaign; launched _ operation|campaign; operation~ against; recruit~ _ child~|fighters
`
