// Package geoparse finds the places a news article names and puts each on
// the right spot.
//
// In: an article's clean text (and, for evaluation, the spans to resolve)
// plus an opened gazetteer. Out: model.Place values, one per mention, with
// code-point offsets into the text exactly as given, the gazetteer entry
// chosen, a confidence, and whether the mention is metonymic ("Moscow's
// partners") or an adjective ("Ukrainian border").
//
// Recognition tokenises the text once and looks up runs of capitalised
// words (joined by connectors like "of", "de", hyphens) in the gazetteer's
// folded-name index, longest first; context rules reject what is a person,
// a team, a dish or an ordinary word (titles and given names before, speech
// verbs after, surnames the text also writes after a first name,
// sentence-initial common words, codes no one writes for a place, stop
// lists; persons.go: names said to speak, aged, introduced as kin, and
// frequent given names and surnames that name no place of weight and
// stand in no place context). Resolution scores every candidate with the
// gazetteer's prior plus the document's evidence: the countries and
// divisions it names (its focus, stronger for names repeated), the
// divisions the document's other names could lie in, "Town, State"
// containers, feature cues ("river", "province"), nearby places, short
// forms of longer mentions, one sense per name per document, metonymy,
// the capital of a country the text names, towns of a county the text
// names, and seats of power that stand for their city ("White House").
// Streets, buildings, names known only by a part and villages abroad that
// nothing else points to take the document's local focus. Arabic names
// written otherwise than GeoNames writes them ("Ras al-Ain", "Deir
// al-Zour") are looked up in the usual other romanisations (translit.go);
// a name after "the" favours the entry named with the article ("the
// Gulf"); a short name beside a longer one that starts with it ("Mexico"
// beside "Mexico City") is not the longer one's entry; seats of power
// ("the White House said") make no mention unless placed ("outside the
// White House"); a town's name before a building's head word makes one
// mention of the building ("Dayton Zoo"); seats of divisions without a
// population in GeoNames rank as towns, not hamlets; a bare word found in
// the text that resolves only to a small town in a country nothing else
// in the text points to (nor a neighbour of it), in a text that points
// elsewhere, with no place word around it, is not reported ("the pianist
// in Vienna played Chopin and Haydn"). Large countries are reported at GeoNames' point (points.go), which news corpora use.
//
// Names the gazetteer lacks as a whole are placed by what they are
// (namedafter.go, placedin.go, streets.go): a body or a building named
// after a country, a division or a city of weight lies there ("Bank of
// Canada", "Kansas State University"), and a company named after its
// city sets the story's local focus ("Pittsburgh Water Company Pump
// House"); an embassy or a college lies in the city its name ends in
// ("French Embassy Ottawa"); "in" and a town after a building, or "in
// the Canadian capital", place it there; a direction before a country
// ("North Argentina") keeps the country unless the story's town lies in
// that part of it; names the words around make streets ("the corner of
// Madison and Wabash", "Tremont and Decatur streets") take the local
// focus, and so do tiny divisions abroad that nothing points to. The
// state after "Savannah, Georgia" is the town's state (containername.go);
// "the province of Ontario" says what every "Ontario" of the text is
// (context.go); in a sports story a city after "against" or before a
// team's nickname is the city of weight the team is named after, and
// counts little for the focus (teams.go); a small town named like a
// world capital needs more than its state to win ("lives in Madrid",
// worldcity.go). A bare word that lonelyTown drops is dropped before,
// not after, it could be moved to the local focus.
//
// A seat written before a division word ("Harib district", "Mafa LGA",
// "Kale township") is a place however small (districts.go), and a
// container written after such a word or after a comma inside brackets
// ("X district, Y", "X town (Y)", "X (Y, Z)") chooses among X's homonyms
// and names the division itself (containers.go, containername.go).
//
// The package does no I/O, never calls a later stage and never panics on
// odd input: empty text, no places, huge documents, unknown scripts.
package geoparse
