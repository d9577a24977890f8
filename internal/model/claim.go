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
	// Places are the resolved places the claim is about.
	Places []Place `json:"places"`
	Reason string  `json:"reason"`
	Embed  *int    `json:"embed,omitempty"`
}
