package model

// Claim kinds.
const (
	ClaimDistance    = "distance"
	ClaimDirection   = "direction"
	ClaimProximity   = "proximity"
	ClaimConversion  = "conversion"
	ClaimContainment = "containment"
)

// Claim verdicts.
const (
	VerdictSupported    = "supported"
	VerdictContradicted = "contradicted"
	VerdictLoose        = "loose"
	VerdictUnverifiable = "unverifiable"
)

// Claim is a geographic claim an article makes, checked against real
// geometry.
type Claim struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
	Kind string `json:"kind"`
	// Stated holds what the text says ("distance_km": 4000,
	// "qualifier": "more_than"); Measured what geowire computed
	// ("distance_km": 4299.4).
	Stated   map[string]any `json:"stated"`
	Measured map[string]any `json:"measured"`
	Verdict  string         `json:"verdict"`
	// Places are the resolved places the claim is about: its subject first
	// (when it has one), then what it is measured from or placed in (a
	// place, or the countries whose border or territory it names).
	Places []Place `json:"places"`
	// Subject names the place the claim is about (Places[0]) and
	// SubjectBasis says how the checker chose it, since the text often
	// names it elsewhere ("a Russian airfield" is the air base the article
	// names). Both are empty for claims without a subject (conversions).
	Subject      string `json:"subject,omitempty"`
	SubjectBasis string `json:"subject_basis,omitempty"`
	// Reason explains the verdict: what was measured and how it compares,
	// or why the claim could not be checked.
	Reason string `json:"reason"`
	Embed  *int   `json:"embed,omitempty"`
}
