package events

// Evacuating the wounded, the sick or trapped civilians is humanitarian
// aid (CAMEO 073, PLOVER AID humanitarian): the act helps the people
// carried out. A town "besieged" named beside it is the setting, dropped
// by sentence() as an adjective beside a strong trigger.
const aidLexicon = `
AID humanitarian - 0.85: evacuated|evacuate~|evacuating|airlifted|airlift~ _ wounded|injured|sick|casualties|civilians|children|elderly|refugees|patients
`
