// Package events codes events: who did what to whom, where, when and how
// many, each field pointing at the words that support it.
//
// In: a *model.Document, the *model.Reading the nlp stage made of it
// (sentences, entities, quantities, dates) and the places the geoparser
// resolved in it ([]model.Place; nil is allowed). Out: []model.Event in
// PLOVER's 16 types with their modes and contexts, the ACLED view of each
// (event type and sub-event type spelled as ACLED does), actor and
// recipient with ISO 3166 alpha-3 country and sector, location with
// ACLED's geo precision, date with ACLED's time precision and its basis,
// fatalities and other counts, a confidence, and Evidence: the code-point
// span of the trigger and of each filled field.
//
// Method, transparent by design (Options.Explain records each decision):
//   - one tokenisation pass per text; trigger lexicons (lexicon_*.go) are
//     compiled at start-up into a map from lower-cased word form to the
//     patterns it may start, with inflections generated from base forms;
//   - per sentence, matched triggers are filtered by metaphor cues
//     ("battle against cancer") and marked by modality scope (negation,
//     hypothetical and future complements, historical time, allegations in
//     reported speech: "X accused Y of shelling Z" gives an ACCUSE by X and
//     an alleged ASSAULT by Y);
//   - arguments are found around the trigger (subject before an active
//     verb, "by" agent of a passive, object after), resolved to a country
//     and sector from nationality adjectives, country names, sector nouns
//     and social-media handles;
//   - blame laid in reported speech ("said the army had deliberately
//     shelled the town", "called the remarks an insult") is an ACCUSE,
//     and the act it reports is alleged (speech.go);
//   - an actor's stated intent is coded by what it commits to: a hostile
//     act it will or would do, or is ready to do, is a THREATEN, a
//     cooperative one an AGREE (commissive.go);
//   - each sentence keeps one head mention; its other verbal and
//     cooperative mentions (an object, a purpose) are dropped unless they
//     stand in a clause of their own or are allegations, and violence
//     named only as the setting of a statement or de-escalation ("withdrew
//     after the invasion") is no event (primary.go);
//   - what a protest is about (a killing, an arrest, a grievance) is not
//     an event of its own, and violence or arrests fold into a protest
//     only when they target its participants or are done by them
//     (protest.go);
//   - the events of one document that report the same real-world event are
//     merged (merge.go), and a death toll stated in a sentence of its own
//     ("Three fatalities.") goes to the attack reported before it; the
//     ACLED sub-event type is decided on the merged event by the
//     codebook's rules: who the target is (civilians, an armed actor, a
//     military position, a state named as a whole), whether a crowd or
//     organised armed groups fight (a battle stays a battle whatever its
//     weapons), whether weapons were used or only found, whether territory
//     changed hands by force, whether a release, surrender or talks between
//     armed sides make an agreement (acled.go); a report whose only
//     development is a threat or an arrival of forces is the codebook's
//     "Other" strategic development;
//   - rules named by concern add what the lexicons lacked: build-ups and
//     civilian missions (mobilize.go), easing and permission (concede.go),
//     cyber attacks and threats of coercion (coerce.go), diplomatic acts
//     by CAMEO code (diplomacy.go, aid.go), crowd violence, interventions
//     and injured protesters (riots.go), settings that are no events: a
//     lockdown in force, fighting before destruction, raids that made
//     arrests, graves found (setting.go), named weapons over generic
//     blasts, accidental detonations, military strikes (weapons.go), and
//     territory wording: days between verb and object, attempts, places
//     "occupied" as an adjective (territory.go);
//   - a coder's note in a coded summary is the coder's own reading and
//     wins over the cues of the words (notes.go): the label opening a
//     note on a strategic development ("Looting:", "Movement of forces:")
//     decides its sub-event type, and a toll note ("fatalities coded as
//     3", "20 fatalities split across 5 events", a closing "2
//     fatalities.") its death toll.
//
// It does no I/O, never calls the store or a later stage, and uses no model
// trained on the evaluation sets: every lexicon is written from knowledge
// of the domain and the public PLOVER and ACLED documentation.
package events
