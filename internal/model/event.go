package model

// PLOVER event types (the 16 of the PLOVER ontology), spelled as PLOVER does.
const (
	EventAgree     = "AGREE"
	EventConsult   = "CONSULT"
	EventSupport   = "SUPPORT"
	EventConcede   = "CONCEDE"
	EventCooperate = "COOPERATE"
	EventAid       = "AID"
	EventRetreat   = "RETREAT"
	EventRequest   = "REQUEST"
	EventReject    = "REJECT"
	EventAccuse    = "ACCUSE"
	EventThreaten  = "THREATEN"
	EventProtest   = "PROTEST"
	EventSanction  = "SANCTION"
	EventMobilize  = "MOBILIZE"
	EventCoerce    = "COERCE"
	EventAssault   = "ASSAULT"
)

// PLOVERTypes lists the 16 PLOVER event types.
var PLOVERTypes = []string{
	EventAgree, EventConsult, EventSupport, EventConcede, EventCooperate, EventAid, EventRetreat, EventRequest,
	EventReject, EventAccuse, EventThreaten, EventProtest, EventSanction, EventMobilize, EventCoerce, EventAssault,
}

// Event is one coded event: who did what to whom, where, when and how
// many, each field backed by the text that supports it (Evidence).
type Event struct {
	// ID is stable: the same document coded by the same version gives the
	// same ids.
	ID         string `json:"id"`
	DocumentID string `json:"document_id,omitempty"`
	// Type is the PLOVER type (EventAssault…); Mode and Context refine it.
	Type    string   `json:"type"`
	Mode    string   `json:"mode,omitempty"`
	Context []string `json:"context,omitempty"`
	Aux     Aux      `json:"aux"`
	// ACLEDEventType and ACLEDSubEventType are the ACLED view of the
	// event, spelled exactly as ACLED does ("Explosions/Remote violence",
	// "Air/drone strike"); empty when the event has no ACLED counterpart.
	ACLEDEventType    string         `json:"acled_event_type,omitempty"`
	ACLEDSubEventType string         `json:"acled_sub_event_type,omitempty"`
	Actor             *Actor         `json:"actor,omitempty"`
	Recipient         *Actor         `json:"recipient,omitempty"`
	Location          *EventLocation `json:"location,omitempty"`
	// Date is YYYY-MM-DD; DatePrecision is ACLED's time_precision (1 the
	// day, 2 around that day, 3 only the month); DateBasis says where the
	// date came from: "stated", "embed", "relative" (to publication) or
	// "publication" (the text gives none: the publication date bounds it).
	Date          string `json:"date,omitempty"`
	DatePrecision int    `json:"date_precision,omitempty"`
	DateBasis     string `json:"date_basis,omitempty"`
	// Fatalities is the number killed, nil when the text gives none.
	Fatalities *int `json:"fatalities,omitempty"`
	// Quantities holds other counts by what they count ("aircraft_damaged": 41).
	Quantities map[string]float64 `json:"quantities,omitempty"`
	// Confidence is the coder's belief in the event, 0 to 1.
	Confidence float64 `json:"confidence"`
	// Evidence maps "trigger" and each filled field name ("actor",
	// "recipient", "location", "date", "fatalities", "mode", …) to the text
	// supporting it.
	Evidence map[string]Evidence `json:"evidence"`
	// Reasons explains each decision behind the event (trigger, modality,
	// arguments, merge, ACLED view, location, date); filled only on
	// request (geowire code --explain).
	Reasons []string `json:"reasons,omitempty"`
}

// Aux marks events that did not (simply) happen.
type Aux struct {
	Negated      bool `json:"negated,omitempty"`
	Hypothetical bool `json:"hypothetical,omitempty"`
	Future       bool `json:"future,omitempty"`
	Historical   bool `json:"historical,omitempty"`
	// Alleged marks an event reported through someone's accusation.
	Alleged bool `json:"alleged,omitempty"`
}

// Asserted reports whether the event is reported as having happened.
func (a Aux) Asserted() bool { return !a.Negated && !a.Hypothetical && !a.Future && !a.Historical }

// Actor sectors.
const (
	SectorGovernment   = "government"
	SectorMilitary     = "military"
	SectorPolice       = "police"
	SectorIntelligence = "intelligence"
	SectorRebels       = "rebels"
	SectorMilitia      = "militia"
	SectorCivilians    = "civilians"
	SectorProtesters   = "protesters"
	SectorMedia        = "media"
	SectorIGO          = "igo"
	SectorBusiness     = "business"
)

// Actor is the source or target of an event.
type Actor struct {
	Name string `json:"name"`
	// Country is ISO 3166-1 alpha-3 ("UKR").
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
	Span    *Span  `json:"span,omitempty"`
}

// EventLocation is where an event happened.
type EventLocation struct {
	Name        string  `json:"name"`
	Lat         float64 `json:"lat"`
	Lon         float64 `json:"lon"`
	GeonameID   *int64  `json:"geonameid"`
	GazetteerID string  `json:"gazetteer_id,omitempty"`
	CountryCode string  `json:"country_code,omitempty"`
	Admin1      string  `json:"admin1,omitempty"`
	// Precision is ACLED's geo_precision: 1 the named place, 2 near it or
	// a small area, 3 only the region.
	Precision int   `json:"precision"`
	Span      *Span `json:"span,omitempty"`
}

// Evidence is the text that supports one field: a span of the document's
// Text, or of the text of embed Embed when set.
type Evidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Embed *int   `json:"embed,omitempty"`
	Text  string `json:"text,omitempty"`
}
