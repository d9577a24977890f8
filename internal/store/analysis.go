package store

import (
	"time"

	"github.com/geowire/geowire/internal/model"
)

// Analysis is everything the pipeline derived from one document. Storing
// an analysis replaces the document's previous one whole.
type Analysis struct {
	// Version is the pipeline version that produced it.
	Version    string
	AnalyzedAt time.Time
	Reading    *model.Reading
	Places     []model.Place
	Events     []model.Event
	Claims     []model.Claim
}

// Event orders.
const (
	OrderNewest = "-date" // event date descending, then id descending (the default)
	OrderOldest = "date"  // event date ascending, then id ascending
)

// EventFilter selects events. Zero fields do not filter; set fields must
// all match.
type EventFilter struct {
	// ID selects one event.
	ID string
	// From and To bound the event date (YYYY-MM-DD, inclusive).
	From, To string
	// BBox is [minLon, minLat, maxLon, maxLat].
	BBox *[4]float64
	// Near keeps events within RadiusKm of a point (great-circle).
	Near *Circle
	// Types are PLOVER types; any of them matches.
	Types []string
	// Modes are PLOVER modes; any of them matches.
	Modes []string
	// Actor matches events whose actor or recipient name contains it,
	// ignoring ASCII case.
	Actor   string
	Country string // ISO alpha-2 of the event's place
	// Admin1 is the GeoNames admin1 code with its country ("RU.20").
	Admin1 string
	// Source is the name of the source of the event's document ("Test Wire").
	Source string
	// Text is a full-text query over the titles and bodies of the events'
	// documents: words, all required; never query syntax.
	Text       string
	DocumentID string
	ClusterID  string
	IncludeAll bool // also negated, hypothetical, future and historical events
	// Order is OrderNewest (default) or OrderOldest.
	Order string
	// After is the cursor returned by the previous page (of the same order).
	After string
	// Limit is the page size (default 100, at most 1,000).
	Limit int
}

// Circle is a point and a radius: lat and lon in WGS 84 degrees, the
// radius in km.
type Circle struct {
	Lat, Lon, RadiusKm float64
}

// EventPage is one page of events in (date, id) order with the cursor of
// the next page ("" on the last). Refs[i] belongs to Events[i].
type EventPage struct {
	Events []model.Event
	Refs   []EventRef
	Next   string
}

// EventRef is what an event hangs from: its cluster and its document.
type EventRef struct {
	// ClusterID is the same-event cluster, "" when not clustered.
	ClusterID string
	Document  DocumentRef
}

// DocumentRef names a stored document without its text.
type DocumentRef struct {
	ID        string     `json:"id"`
	Source    string     `json:"source"`
	URL       string     `json:"url"`
	Title     string     `json:"title"`
	Published *time.Time `json:"published,omitempty"`
}
