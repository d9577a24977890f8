// Package claims finds the geographic claims a news article makes and
// checks each one against real geometry: "more than 4,000 kilometers from
// the Ukrainian border", "30 miles north of Kharkiv", "relatively close to
// the border with China", "4,000 kilometers (2,485 miles)", "in Irkutsk
// Oblast", "in Russian-occupied Crimea".
//
// In: the document, its reading (nlp: sentences and quantities with units)
// and its resolved places (geoparse), plus the opened gazetteer. Out:
// []model.Claim, each with its text span, kind, what the text states, what
// geowire measured (distances in km on the WGS 84 ellipsoid, bearings in
// degrees), the places used, a verdict and the reason for it. The package
// never reads files, fetches anything, or calls a later stage; it never
// fails on odd input: a claim it cannot check is unverifiable, with the
// reason.
//
// # Kinds
//
//   - distance: a length and what it is measured from — a place ("from
//     Kyiv": point to point), a border ("from the Ukrainian border", "the
//     border with Russia", "Ukraine's border": the nearest point of that
//     country's outline; "the Russia-Ukraine border": for a subject in one
//     of the two, the other's outline), a territory ("200 km into Russian
//     territory": depth inside it), "the border" unnamed (the nearest
//     foreign border, said so), or a line without geometry (front line,
//     coast: unverifiable). "Deepest strike yet" and other records are
//     distance claims that stay unverifiable.
//   - direction: "north of Kharkiv" (initial bearing from the anchor to the
//     subject in eight 45° sectors, see direction.go), "on the outskirts of"
//     (a distance within the town's radius plus OutskirtsKm), "inside
//     Russian territory" (point-in-polygon).
//   - proximity: "near", "close to", "not far from", "proximity to",
//     "along the border"; for borders the measured distance comes with the
//     named border's rank among the borders around the subject.
//   - conversion: a quantity with a stated conversion, checked by
//     arithmetic within the rounding of the figures as written.
//   - containment: "X in Y", "a Russian airfield in Irkutsk Oblast", "X,
//     Ukraine", "in Russian-occupied Crimea", by the gazetteer's WhereIs,
//     with its dispute notes: a country containment in a disputed area is
//     loose and quotes the note.
//
// # The subject rule
//
// A claim is about a subject: the place whose distance, direction or
// containment it states. The checker takes, in order:
//
//  1. the nearest resolved place before the claim in its sentence that is
//     not a country, an adjective ("Ukrainian"), a metonym ("Kyiv's
//     campaign"), the claim's own anchor or a reference point another
//     claim of the sentence measures from ("Kharkiv lies 40 km from Kyiv,
//     near the border": the subject is Kharkiv). If it is an area (a province,
//     a region) and the claim is not a containment, the point place of the
//     article inside that area nearest to it stands in ("an airfield in
//     Irkutsk Oblast, relatively close to …" is about the air base the
//     article names in Irkutsk Oblast); without one, the area's
//     representative point does, and the reason says so;
//  2. a site noun before the claim ("airfield", "base", "city", "town",
//     "village") refers to the article's place of that kind nearest after
//     it (this and the next two sentences), else nearest before it;
//  3. when the sentence opens with a referring word ("It", "This", "The"),
//     the nearest point place of the two sentences before;
//  4. the first point place after the claim in its sentence.
//
// Containment claims use only rules 1 and 2, within eight tokens of "in":
// "the war in Ukraine" names no subject and is no claim. model.Claim's
// Subject and SubjectBasis say which place was chosen and by which rule.
//
// # Tolerances
//
// Every threshold is an exported constant documented where it is used:
// distances in check.go (SlackFraction, MinSlackKm, AboutTolerance,
// ExactTolerance, LooseTolerance, MaxDistanceKm), directions in
// direction.go, proximity and outskirts in proximity.go. Absurd distances
// (beyond half the Earth's circumference) are contradicted; negative ones
// are unverifiable.
//
// Claims are found in the article text only; embedded posts are not
// checked, since the resolved places cover the article text.
package claims
