package extract

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/geowire/geowire/internal/model"
)

// Sentinel errors; the errors Extract returns wrap one of them.
var (
	ErrEmpty     = errors.New("extract: empty input")
	ErrTooLarge  = errors.New("extract: input too large")
	ErrBinary    = errors.New("extract: input is binary, not text or HTML")
	ErrTooDeep   = errors.New("extract: HTML nested too deeply")
	ErrTimeout   = errors.New("extract: time limit exceeded")
	ErrNoContent = errors.New("extract: no article content found")
)

// Format is the kind of input Extract saw.
type Format int

// Input formats.
const (
	FormatAuto Format = iota
	FormatHTML
	FormatText
)

func (f Format) String() string {
	switch f {
	case FormatHTML:
		return "html"
	case FormatText:
		return "text"
	}
	return "auto"
}

// Options bound and describe one extraction. The zero value is usable.
type Options struct {
	// URL is where the page came from; it resolves relative links and
	// helps name the source.
	URL string
	// ContentType is the HTTP Content-Type header, if known (for charset).
	ContentType string
	// Format forces HTML or text; FormatAuto sniffs.
	Format Format
	// MaxBytes is the largest input accepted (default 64 MiB).
	MaxBytes int64
	// MaxDepth is the deepest HTML nesting accepted (default 1,000).
	MaxDepth int
	// Timeout bounds the whole extraction (default 10 s).
	Timeout time.Duration
}

// Defaults for Options' zero fields.
const (
	DefaultMaxBytes = 64 << 20
	DefaultMaxDepth = 1000
	DefaultTimeout  = 10 * time.Second
)

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	return o
}

// Extract returns the clean article in raw. A page with no article content
// gives a Document with empty Text and a warning, together with an error
// wrapping ErrNoContent, so that callers can keep the metadata.
func Extract(ctx context.Context, raw []byte, opt Options) (*model.Document, error) {
	opt = opt.withDefaults()
	if int64(len(raw)) > opt.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(raw), opt.MaxBytes)
	}
	if len(strings.TrimSpace(string(raw[:min(len(raw), 4096)]))) == 0 && isBlank(raw) {
		return nil, ErrEmpty
	}
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()

	format := opt.Format
	if format == FormatAuto {
		format = Sniff(raw, opt.ContentType)
	}
	var (
		doc *model.Document
		err error
	)
	switch format {
	case FormatHTML:
		doc, err = fromHTML(ctx, raw, opt)
	default:
		var text string
		text, err = decodeText(raw, opt.ContentType)
		if err == nil {
			doc, err = fromText(ctx, text, opt)
		}
	}
	if err != nil {
		if ctx.Err() != nil && !errors.Is(err, ErrTimeout) {
			err = fmt.Errorf("%w (%s): %v", ErrTimeout, opt.Timeout, err)
		}
		return doc, err
	}
	if doc.URL == "" {
		doc.URL = opt.URL
	}
	if strings.TrimSpace(doc.Text) == "" {
		doc.Warnings = append(doc.Warnings, "no article content found")
		return doc, ErrNoContent
	}
	return doc, nil
}

func isBlank(b []byte) bool {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\n', '\r', '\f', '\v':
		default:
			return false
		}
	}
	return true
}

// block is one paragraph-level unit of an article body.
type block struct {
	text string
	// heading is 0 for a paragraph, else the heading level 1–6.
	heading int
}

// assemble joins blocks into doc.Text (blank line between blocks) and
// records each heading with its code-point span.
func assemble(doc *model.Document, blocks []block) {
	var b strings.Builder
	runes := 0
	doc.Headings = doc.Headings[:0]
	for _, bl := range blocks {
		t := strings.TrimSpace(bl.text)
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
			runes += 2
		}
		n := utf8.RuneCountInString(t)
		if bl.heading > 0 {
			doc.Headings = append(doc.Headings, model.Heading{Text: t, Level: bl.heading, Span: model.Span{Start: runes, End: runes + n}})
		}
		b.WriteString(t)
		runes += n
	}
	doc.Text = b.String()
	if doc.Headings == nil {
		doc.Headings = []model.Heading{}
	}
	if doc.Embeds == nil {
		doc.Embeds = []model.Embed{}
	}
}
