package events

// Diplomatic acts the main lexicons miss, each after its CAMEO code:
//   - a warm welcome given to a visiting leader is hosting a visit (043,
//     PLOVER CONSULT visit), not praise;
//   - receiving observers, inspectors or peacekeepers lets others into
//     the country (0861-0862, PLOVER RETREAT access);
//   - peacekeepers, observers or diplomats withdrawn, shipped out or
//     expelled, in the passive, reduce relations (166, SANCTION expel);
//   - sharing expertise, know-how or technology is material cooperation
//     (06, COOPERATE);
//   - a court ordering someone to appear or testify demands it (10,
//     REQUEST).
const diplomacyLexicon = `
CONSULT visit - 0.85: gave|give~|given|accorded|accord~ _ welcome to
RETREAT access - 0.8: received|receive~|admitted|admit~|accepted|accept~|welcomed|welcome~ _ observers|inspectors|monitors|peacekeepers
SANCTION expel - 0.85: peacekeepers|observers|monitors|inspectors|diplomats _ were|was|been|are|be withdrawn|expelled|evacuated; peacekeepers|observers|monitors|inspectors|diplomats _ were|was|been|are|be shipped|pulled|ordered out
COOPERATE - - 0.85: share~|shared|sharing _ expertise|know-how|technology|technologies
REQUEST - - 0.85: ordered|order~|orders _ _ to appear|testify
`
