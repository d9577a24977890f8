package events

// strategicLexicon holds cues for ACLED's strategic developments that
// PLOVER codes under other types: bases established, changes to a group or
// its activity (PLOVER MOBILIZE), and other notable non-violent acts.
const strategicLexicon = `
MOBILIZE troops base 0.85: established _ base~|camp~|headquarters|outpost~|checkpoint~|post~|position~; establish~ _ base~|camp~|headquarters|outpost~|checkpoint~|post~|position~; establishing _ base~|camp~|outpost~|checkpoint~|post~; set up _ base~|camp~|headquarters|outpost~|checkpoint~|post~|position~; new base~; new military base~; new military post~; new post~; observation post~; observation point~; military post~; military point~; military base~ _ established|opened; opened _ base|headquarters|office|outpost; set up camp
MOBILIZE troops change 0.75: convoy~ _ arrived|entered|crossed|headed|reached|moved; convoy~ _ _ arrived|entered|crossed|headed|reached|moved; military patrol~; army patrol~; coalition patrol~; patrolled; conducted _ patrol~; carried out _ patrol~; joint patrol~; crossed _ border into; crossed into; offload~ _ equipment|weapons|vehicles|tanks|troops; offloading _ equipment|weapons|vehicles|tanks|troops; unloaded _ equipment|weapons|vehicles|tanks
MOBILIZE troops change 0.8: distribut~ _ leaflets|pamphlets|flyers|night letters; distributed _ leaflets|pamphlets|flyers; night letter~; collect~ _ taxes|zakat|levies|tax|ransom; collected _ taxes|zakat|levies|tax; levied _ taxes|levies; military parade~; paraded _ fighters|weapons|troops; pledged allegiance; pledge~ allegiance; swore allegiance; swear~ allegiance; announced _ formation|merger|split|dissolution|creation; recruit~; recruited; recruitment; recruiting; defect~; defected; defection~; defector~; join~ _ group|forces|ranks|militia|army|movement|rebels|party|insurgents|jihadists|fighters; joined _ group|forces|ranks|militia|army|movement|rebels|party|insurgents|jihadists|fighters; merge~; merged; merger; split from; splinter~; breakaway; new leader; appointed _ commander|leader|chief; elected _ leader|chief; graduated; graduation; training camp~; military training; relocate~; relocated; reposition~; redeploy~; redeployed; rename~; renamed; formed _ group|militia|alliance|coalition|movement|force; form~ _ group|militia|alliance|coalition; launch~ _ operation|campaign; launched _ operation|campaign; operation~ against; recruit~ _ child~|fighters
`

// acledDevelopmentsLexicon adds the wording of ACLED's strategic developments
// and territorial changes: weapons detected and attacks averted
// (disrupted weapons use), buildings gutted, territory entered without a
// fight or back under state control, bases vacated, people held captive,
// armed groups driven back.
const acledDevelopmentsLexicon = `
COERCE confiscate disrupt 0.9: detect~ _ bomb~|ied~|explosive~|device~|mine~|landmine~; detected _ bomb~|ied~|explosive~|device~|mine~|landmine~; bomb~|ied~|explosive~|device~|landmine~ _ detected|spotted|located; busted _ module~|cell~; terror module~; averted _ attack|attacks|blast|tragedy|disaster|bombing
ASSAULT - overtake 0.85: entered|enter~|seized|took|occupied|captured _ without _ resistance|fight|fighting|firing|bloodshed; returned to _ government|state|army|military control; back under _ government|state|army|military control
RETREAT withdraw transfer 0.9: vacate~|vacated _ base~|camp~|post~|positions|position|town~|area~|village~|barracks|checkpoint~|outpost~
ASSAULT abduct abduct 0.95: taken captive; held _ captive|hostage; holding _ captive; took _ captive; seized _ hostages
ASSAULT firearms clash 0.9: pushed|push~|drove|drive~|driven|beat|beaten _ back _ militants|rebels|insurgents|fighters|terrorists|jihadists|gunmen|bandits|attackers|assailants|enemy|forces|troops
`
