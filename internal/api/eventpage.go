package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"

	"github.com/geowire/geowire/internal/store"
)

type eventsResponse struct {
	Events []eventJSON `json:"events"`
	Next   *string     `json:"next"`
}

// eventsPage writes the JSON body of one page of GET /api/v1/events to
// buf. With a store.RawEventQuerier it splices each event's stored JSON
// with its cluster and source instead of decoding and re-encoding the
// event: the bytes are those encoding an eventsResponse gives.
func (s *Server) eventsPage(ctx context.Context, buf *bytes.Buffer, f store.EventFilter) error {
	rq, ok := s.opt.Store.(store.RawEventQuerier)
	if !ok {
		page, err := s.opt.Store.QueryEvents(ctx, f)
		if err != nil {
			return err
		}
		resp := eventsResponse{Events: make([]eventJSON, len(page.Events))}
		for i := range page.Events {
			resp.Events[i] = eventJSON{Event: &page.Events[i], Cluster: page.Refs[i].ClusterID, Source: page.Refs[i].Document}
		}
		if page.Next != "" {
			resp.Next = &page.Next
		}
		return json.NewEncoder(buf).Encode(resp)
	}
	page, err := rq.QueryEventsRaw(ctx, f)
	if err != nil {
		return err
	}
	return appendEventsPage(buf, page)
}

var errRawEvent = errors.New("api: stored event is not a JSON object")

// appendEventsPage writes page as an eventsResponse.
func appendEventsPage(buf *bytes.Buffer, page store.RawEventPage) error {
	b := buf.AvailableBuffer()
	b = append(b, `{"events":[`...)
	var err error
	for i, ev := range page.Events {
		obj := ev.JSON
		if len(obj) < 2 || obj[0] != '{' || obj[len(obj)-1] != '}' {
			return errRawEvent
		}
		if i > 0 {
			b = append(b, ',')
		}
		members := obj[:len(obj)-1] // "{" and the event's members
		b = append(b, members...)
		if len(bytes.TrimSpace(members[1:])) > 0 {
			b = append(b, ',')
		}
		if b, err = appendEventTail(b, ev.Ref.ClusterID, ev.Ref.Document); err != nil {
			return err
		}
		b = append(b, '}')
	}
	b = append(b, `],"next":`...)
	if page.Next == "" {
		b = append(b, "null"...)
	} else {
		b = appendJSONString(b, page.Next)
	}
	b = append(b, "}\n"...)
	buf.Write(b)
	return nil
}
