package natsq

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/nats-io/nats.go/jetstream"
)

// DeadLetter is one job in the dead-letter stream.
type DeadLetter struct {
	Kind Kind
	// Error is why it was given up; Deliveries how often it was tried.
	Error      string
	Deliveries int
	// Stream and Sequence locate the original job.
	Stream   string
	Sequence uint64
	// Data is the job's payload as published.
	Data []byte
}

// DeadLetters returns up to limit dead-lettered jobs of kind k, oldest
// first. They stay in the stream (30 days) for inspection and replay.
func (q *Queue) DeadLetters(ctx context.Context, k Kind, limit int) ([]DeadLetter, error) {
	s, err := q.js.Stream(ctx, q.dlqStream())
	if err != nil {
		return nil, fmt.Errorf("natsq: %w", err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("natsq: %w", err)
	}
	var out []DeadLetter
	subj := q.DLQSubject(k)
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && len(out) < limit && info.State.Msgs > 0; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return out, fmt.Errorf("natsq: dead letter %d: %w", seq, err)
		}
		if m.Subject != subj {
			continue
		}
		n, _ := strconv.Atoi(m.Header.Get(HeaderDeliveries))
		oseq, _ := strconv.ParseUint(m.Header.Get(HeaderSequence), 10, 64)
		out = append(out, DeadLetter{Kind: k, Error: m.Header.Get(HeaderError), Deliveries: n,
			Stream: m.Header.Get(HeaderStream), Sequence: oseq, Data: m.Data})
	}
	return out, nil
}
