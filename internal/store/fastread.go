package store

import (
	"context"
	"encoding/json"
)

// Optional capabilities for read-heavy callers (the HTTP API). A backend
// need not implement them: callers type-assert and fall back to the Store
// methods.

// RawEventQuerier returns events as the JSON the store keeps for them, so
// a caller that only re-serialises them skips decoding and re-encoding.
type RawEventQuerier interface {
	// QueryEventsRaw is QueryEvents with each event left as JSON: the same
	// filter semantics, order, cursors and errors.
	QueryEventsRaw(ctx context.Context, f EventFilter) (RawEventPage, error)
}

// RawEventPage is one page of events as JSON, in the order and with the
// cursor QueryEvents would give.
type RawEventPage struct {
	Events []RawEvent
	Next   string
}

// RawEvent is one stored event: its id, its JSON — exactly what
// json.Marshal of the model.Event gives, a JSON object — and its ref.
type RawEvent struct {
	ID   string
	JSON json.RawMessage
	Ref  EventRef
}

// ChangeCounter reports a generation of what is stored, for caches of
// query results.
type ChangeCounter interface {
	// Generation returns a number that changes whenever a write (by this
	// process or another) has committed since the previous call: two
	// equal values mean nothing changed in between. A write that has
	// returned is always visible to a later call.
	Generation(ctx context.Context) (uint64, error)
}
