package geoparse

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/geowire/geowire/internal/gazetteer"
	"github.com/geowire/geowire/internal/model"
)

// ErrNoGazetteer is returned by New without a gazetteer.
var ErrNoGazetteer = errors.New("geoparse: no gazetteer")

// ErrBadSpan marks a span outside the text given to Resolve.
var ErrBadSpan = errors.New("geoparse: span outside the text")

// Options tune a Parser. The zero value is ready to use.
type Options struct {
	// MaxMentions caps the mentions kept per document (0: 20,000); the
	// rest of a longer document is not searched.
	MaxMentions int
	// Locale is an ISO alpha-2 country code of the source, used as a weak
	// focus when the text names no country ("" for none).
	Locale string
}

// Parser finds and resolves place mentions. It is safe for concurrent use.
type Parser struct {
	g       *gazetteer.Gazetteer
	opt     Options
	aliases map[string]*gazetteer.Entry // folded name → entry
	marks   map[string]*gazetteer.Entry // folded landmark → its city
	adjs    map[string]*gazetteer.Entry // folded adjective → entry
	states  map[string]*gazetteer.Entry // AP abbreviation as written → admin1
	// capitals maps a country code to its national capital, built on
	// first use (placedin.go).
	capOnce  sync.Once
	capitals map[string]*gazetteer.Entry
}

// New returns a parser over an opened gazetteer.
func New(g *gazetteer.Gazetteer, opt Options) (*Parser, error) {
	if g == nil {
		return nil, ErrNoGazetteer
	}
	if opt.MaxMentions <= 0 {
		opt.MaxMentions = 20000
	}
	p := &Parser{g: g, opt: opt, aliases: map[string]*gazetteer.Entry{}, adjs: map[string]*gazetteer.Entry{},
		states: map[string]*gazetteer.Entry{}, marks: map[string]*gazetteer.Entry{}}
	for k, id := range aliases {
		if e := p.entryOf(id); e != nil {
			p.aliases[gazetteer.Fold(k)] = e
		}
	}
	for k, id := range landmarks {
		if e := p.entryOf(id); e != nil {
			p.marks[gazetteer.Fold(k)] = e
		}
	}
	for k, id := range adjectiveAliases {
		if e := p.entryOf(id); e != nil {
			p.adjs[gazetteer.Fold(k)] = e
		}
	}
	for k, code := range apStates {
		if e := g.Admin1(code); e != nil {
			p.states[k] = e
		}
	}
	return p, nil
}

// entryOf resolves an alias target: a gazetteer id or "a1:CC.X".
func (p *Parser) entryOf(id string) *gazetteer.Entry {
	if code, ok := strings.CutPrefix(id, "a1:"); ok {
		return p.g.Admin1(code)
	}
	return p.g.Get(id)
}

// Parse finds every place the text names and resolves each one using the
// whole document. Offsets in the result are code points into text.
func (p *Parser) Parse(ctx context.Context, text string) ([]model.Place, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d := p.newDoc(text)
	d.recognize()
	return d.resolve(ctx)
}

// Resolve resolves exactly the given spans (code points into text), as the
// gold-span evaluation asks: one place per span, in the spans' order. A
// span the gazetteer knows nothing of gets the document's focus point with
// a low confidence.
func (p *Parser) Resolve(ctx context.Context, text string, spans []model.Span) ([]model.Place, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d := p.newDoc(text)
	d.forced = true
	n := utf8.RuneCountInString(text)
	byteAt := runeToByte(text, n)
	for _, s := range spans {
		if s.Start < 0 || s.End > n || s.Start >= s.End {
			return nil, fmt.Errorf("%w: [%d, %d) in %d code points", ErrBadSpan, s.Start, s.End, n)
		}
		d.addSpan(byteAt[s.Start], byteAt[s.End], s.Start, s.End)
	}
	return d.resolve(ctx)
}

// runeToByte maps every code-point offset 0..n to its byte offset.
func runeToByte(text string, n int) []int {
	out := make([]int, 0, n+1)
	for i := range text {
		out = append(out, i)
	}
	return append(out, len(text))
}
