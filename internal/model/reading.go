package model

// A Reading is what the nlp stage finds in a Document: its sentences and the
// entities, quotes, quantities and dates they contain, each pointing at the
// exact code points it came from.
//
// An annotation found in the article's Text has a nil Embed and a span into
// Text; one found in an embedded post has Embed set to the index of the post
// in Document.Embeds and a span into that post's Text.
type Reading struct {
	Sentences  []Sentence `json:"sentences"`
	Entities   []Entity   `json:"entities"`
	Quotes     []Quote    `json:"quotes"`
	Quantities []Quantity `json:"quantities"`
	Dates      []DateRef  `json:"dates"`
}

// Sentence is one sentence (or one heading, which has no final punctuation).
type Sentence struct {
	Span  Span `json:"span"`
	Embed *int `json:"embed,omitempty"`
}

// Entity kinds.
const (
	EntityPerson      = "person"
	EntityOrg         = "org"
	EntityPlace       = "place"
	EntityNationality = "nationality"
	EntityOperation   = "operation" // named operations and events ("Shangri-La Dialogue")
	EntityEquipment   = "equipment" // military equipment classes ("strategic bombers")
)

// Entity is one mention of a named (or, for coreference, a described) thing.
type Entity struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
	Span Span   `json:"span"`
	// Canonical is the entity's full name: the person's full name for a
	// surname or possessive mention, the expansion of an acronym, the
	// operation's name for "the strike".
	Canonical string `json:"canonical,omitempty"`
	// Role is a person's title or function as the text gives it.
	Role string `json:"role,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code of a nationality, a country, or
	// an organisation's home country, when known.
	Country string   `json:"country,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	// Coref is true for a mention that refers back (or forward) to another
	// mention: a bare surname, "the strike".
	Coref bool `json:"coref,omitempty"`
	Embed *int `json:"embed,omitempty"`
}

// Quote is a direct quotation. Text excludes the quotation marks; Span
// covers the quoted words without the marks.
type Quote struct {
	Text        string `json:"text"`
	Span        Span   `json:"span"`
	Speaker     string `json:"speaker"`
	SpeakerSpan *Span  `json:"speaker_span,omitempty"`
	Role        string `json:"role,omitempty"`
	Embed       *int   `json:"embed,omitempty"`
}

// Quantity qualifiers.
const (
	QualMoreThan = "more_than"
	QualAtLeast  = "at_least"
	QualAbout    = "about"
	QualUpTo     = "up_to"
	QualLessThan = "less_than"
	QualExactly  = "exactly"
)

// Quantity is a number the text states, with its unit and what it counts.
type Quantity struct {
	// Value is the number (the lower bound of a range).
	Value float64 `json:"value"`
	// ValueMax is the upper bound of a range ("10 to 20").
	ValueMax *float64 `json:"value_max,omitempty"`
	// Unit is the normalised unit symbol ("km", "mi", "%", "USD"), empty for
	// a count.
	Unit string `json:"unit,omitempty"`
	// Qualifier is one of the Qual… constants, empty when none is stated.
	Qualifier string `json:"qualifier,omitempty"`
	// Counts is what the number counts ("russian strategic military
	// aircraft", "killed"), empty when the text does not say.
	Counts string `json:"counts,omitempty"`
	Text   string `json:"text"`
	Span   Span   `json:"span"`
	// Normalized is the value in the unit's SI-like base (km, kg, m/s, …)
	// when the unit converts.
	Normalized *Measure `json:"normalized,omitempty"`
	// Stated is a conversion the text gives alongside ("4,000 kilometers
	// (2,485 miles)"): the parenthesised value as written.
	Stated *Measure `json:"stated_conversion,omitempty"`
	Embed  *int     `json:"embed,omitempty"`
}

// Measure is a value in a unit.
type Measure struct {
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Span  *Span   `json:"span,omitempty"`
}

// Date granularities.
const (
	GranDay     = "day"
	GranWeek    = "week"
	GranMonth   = "month"
	GranYear    = "year"
	GranDecade  = "decade"
	GranCentury = "century"
	GranRange   = "range"
)

// Date bases: how the value was obtained.
const (
	BasisStated     = "stated"     // the text gives the date in full
	BasisRelative   = "relative"   // resolved against the publication date
	BasisEmbed      = "embed"      // resolved against an embedded post's date
	BasisUnresolved = "unresolved" // relative, and there was no date to resolve against
)

// DateRef is a date or period the text refers to.
type DateRef struct {
	// Value is ISO 8601 to the stated granularity: "2025-06-04" (day),
	// "2025-W22" (week), "2025-06" (month), "2025" (year), "1960/1969"
	// (decade), "2014/2022" or "2025-06-01/2025-06-04" (range). A date
	// without a year and nothing to resolve it against is "--06-04" or
	// "--06"; a relative date with no anchor has an empty Value and Basis
	// unresolved.
	Value       string `json:"value"`
	Granularity string `json:"granularity"`
	Basis       string `json:"basis"`
	// Modifier is "since", "until", "before", "after", "early", "mid",
	// "late" when the text qualifies the date.
	Modifier string `json:"modifier,omitempty"`
	// Time is the time of day when the text gives one ("15:30").
	Time  string `json:"time,omitempty"`
	Text  string `json:"text"`
	Span  Span   `json:"span"`
	Embed *int   `json:"embed,omitempty"`
}
