package nlp

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/geowire/geowire/internal/model"
)

// ErrNilDocument is returned by Read for a nil document.
var ErrNilDocument = errors.New("nlp: nil document")

// Read reads a document: the article's text and the text of every embedded
// post. Annotations from an embed carry its index and spans into its text.
// It returns an empty (never nil) Reading for an empty document.
func Read(ctx context.Context, doc *model.Document) (*model.Reading, error) {
	if doc == nil {
		return nil, ErrNilDocument
	}
	r := newReading()
	var pub *time.Time
	if doc.Published != nil {
		p := doc.Published.UTC()
		pub = &p
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("nlp read: %w", err)
	}
	readText(r, doc.Text, nil, anchor{t: pub, basis: model.BasisRelative})
	for i := range doc.Embeds {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("nlp read: %w", err)
		}
		e := &doc.Embeds[i]
		if e.Text == "" {
			continue
		}
		idx := i
		a := anchor{t: pub, basis: model.BasisRelative}
		if t, ok := parseEmbedDate(e.Date); ok {
			a = anchor{t: &t, basis: model.BasisEmbed}
		}
		readText(r, e.Text, &idx, a)
	}
	return r, nil
}

// ReadText reads one text with no document around it; dates resolve
// against published when it is not nil.
func ReadText(text string, published *time.Time) *model.Reading {
	r := newReading()
	var pub *time.Time
	if published != nil {
		p := published.UTC()
		pub = &p
	}
	readText(r, text, nil, anchor{t: pub, basis: model.BasisRelative})
	return r
}

// newReading returns a Reading with empty, non-nil slices: they print as
// [] rather than null.
func newReading() *model.Reading {
	return &model.Reading{
		Sentences:  []model.Sentence{},
		Entities:   []model.Entity{},
		Quotes:     []model.Quote{},
		Quantities: []model.Quantity{},
		Dates:      []model.DateRef{},
	}
}

// anchor is the date relative expressions resolve against.
type anchor struct {
	t     *time.Time
	basis string
}

func parseEmbedDate(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), true
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, true
	}
	return time.Time{}, false
}

// text is one text being read: the shared tokenisation and what the
// annotators have claimed so far.
type text struct {
	src   string
	toks  []token
	sents []sentence
	sent  []int32 // token index → sentence index
	used  []bool  // tokens taken by a date (quantities skip them)
	embed *int
	at    anchor
}

// textPool recycles the buffers of a reading: nothing in a Reading points
// into them.
var textPool = sync.Pool{New: func() any { return new(text) }}

func readText(r *model.Reading, src string, embed *int, at anchor) {
	t := textPool.Get().(*text)
	defer func() {
		t.src, t.embed, t.at = "", nil, anchor{}
		clear(t.toks)
		t.sents = t.sents[:0]
		textPool.Put(t)
	}()
	t.src, t.embed, t.at = src, embed, at
	tz := tokenizer{text: src, toks: t.toks[:0]}
	if cap(tz.toks) < len(src)/5+4 {
		tz.toks = make([]token, 0, len(src)/5+4)
	}
	tz.run()
	t.toks = tz.toks
	t.sents = splitSentencesInto(t.sents[:0], t.toks)
	t.sent = grow(t.sent, len(t.toks))
	t.used = grow(t.used, len(t.toks))
	for si, s := range t.sents {
		for i := s.first; i < s.end; i++ {
			t.sent[i] = int32(si)
		}
		r.Sentences = append(r.Sentences, model.Sentence{Span: t.span(s.first, s.end), Embed: embed})
	}
	r.Dates = append(r.Dates, t.dates()...)
	r.Quantities = append(r.Quantities, t.quantities()...)
	ents := t.entities()
	r.Quotes = append(r.Quotes, t.quotes(ents)...)
	for _, e := range ents {
		r.Entities = append(r.Entities, e.Entity)
	}
}

// grow returns s with length n and zero values.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// span returns the code-point span of tokens [i, j).
func (t *text) span(i, j int) model.Span {
	if j <= i {
		return model.Span{Start: t.toks[i].rs, End: t.toks[i].rs}
	}
	return model.Span{Start: t.toks[i].rs, End: t.toks[j-1].re}
}

// str returns the source text of tokens [i, j).
func (t *text) str(i, j int) string {
	if j <= i {
		return ""
	}
	return t.src[t.toks[i].s:t.toks[j-1].e]
}

// sentenceOf returns the sentence holding token i.
func (t *text) sentenceOf(i int) sentence { return t.sents[t.sent[i]] }
