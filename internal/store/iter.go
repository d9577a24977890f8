package store

import (
	"context"
	"iter"

	"github.com/geowire/geowire/internal/model"
)

// EventRow is one event with its ref, as Events yields it.
type EventRow struct {
	Event model.Event
	Ref   EventRef
}

// Events yields every event matching f, page by page (keyset pagination
// with pages of f.Limit, default 1,000), so memory stays constant however
// many events match. f.After starts after a cursor. Iteration stops at the
// first error, which it yields.
func Events(ctx context.Context, s Store, f EventFilter) iter.Seq2[EventRow, error] {
	if f.Limit <= 0 {
		f.Limit = 1000
	}
	return func(yield func(EventRow, error) bool) {
		for {
			if err := ctx.Err(); err != nil {
				yield(EventRow{}, err)
				return
			}
			page, err := s.QueryEvents(ctx, f)
			if err != nil {
				yield(EventRow{}, err)
				return
			}
			for i, e := range page.Events {
				var ref EventRef
				if i < len(page.Refs) {
					ref = page.Refs[i]
				}
				if !yield(EventRow{Event: e, Ref: ref}, nil) {
					return
				}
			}
			if page.Next == "" {
				return
			}
			f.After = page.Next
		}
	}
}
