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

// EventFilter selects events. Zero fields do not filter.
type EventFilter struct {
	// From and To bound the event date (YYYY-MM-DD, inclusive).
	From, To string
	// BBox is [minLon, minLat, maxLon, maxLat].
	BBox *[4]float64
	// Types are PLOVER types; any of them matches.
	Types      []string
	Country    string // ISO alpha-2 of the event's place
	DocumentID string
	ClusterID  string
	IncludeAll bool // also negated, hypothetical, future and historical events
	// After is the cursor returned by the previous page.
	After string
	// Limit is the page size (default 100, at most 1,000).
	Limit int
}

// EventPage is one page of events in (date, id) order with the cursor of
// the next page ("" on the last).
type EventPage struct {
	Events []model.Event
	Next   string
}
