package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/geowire/geowire/internal/extract"
	"github.com/geowire/geowire/internal/model"
)

func init() {
	register(command{name: "analyze", summary: "read an article: sentences, entities, quotes, quantities, dates", run: runAnalyze})
}

const analyzeAbout = `
Extracts the article as 'geowire extract' does, then reads it and prints one JSON
object: "article" (the extracted document), "sentences", "entities" (people with
their roles, organisations, places, nationalities, operations, equipment),
"quotes" (text, speaker, role, spans), "quantities" (value, unit, qualifier, what
they count, span) and "dates" (ISO 8601 value, granularity, basis, span).

Every span is {"start", "end"} in Unicode code points into article.text, end
exclusive. An annotation found in an embedded post carries "embed" (the post's
index in article.embeds) and offsets into that post's text. Relative dates
("last week", "on Sunday") resolve against article.published, or the post's date
inside a post; with neither, their basis is "unresolved" and their value empty.

Exit status: 0 on success; 1 when the input could not be read or extracted; 2 on
bad usage.`

// analysis is what analyze prints: the article, then the reading's fields,
// places, events and claims, as one flat object.
type analysis struct {
	Article *model.Document `json:"article"`
	*model.Reading
	Places []model.Place `json:"places"`
	Events []model.Event `json:"events"`
	Claims []model.Claim `json:"claims"`
}

func runAnalyze(ctx context.Context, e *env, args []string) error {
	var url, contentType string
	fs := newFlags(e, "analyze", "[--url URL] FILE|-", analyzeAbout)
	fs.StringVar(&url, "url", "", "the page's `URL` (resolves links, names the source)")
	fs.StringVar(&contentType, "content-type", "", "the HTTP Content-Type of the input, for its charset")
	var all, explain bool
	fs.BoolVar(&all, "all", false, "also list negated, hypothetical, future and historical events")
	fs.BoolVar(&explain, "explain", false, "say why each event was coded")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: want one FILE (or - for standard input); see --help", errUsage)
	}
	opt := extract.Options{URL: url, ContentType: contentType, MaxBytes: e.cfg.MaxInputBytes, Timeout: e.cfg.ExtractTimeout}
	raw, err := readInput(e, pos[0], opt.MaxBytes)
	if err != nil {
		return err
	}
	doc, xerr := extract.Extract(ctx, raw, opt)
	if doc == nil {
		return fmt.Errorf("%s: %w", pos[0], xerr)
	}
	an, err := openAnalyzer(ctx, e)
	if err != nil {
		return err
	}
	an.All, an.Explain = all, explain
	res, err := an.Analyze(ctx, doc)
	if err != nil {
		return fmt.Errorf("%s: %w", pos[0], err)
	}
	a := analysis{Article: doc, Reading: res.Reading, Places: res.Places, Events: res.Events, Claims: res.Claims}
	if err := writeAnalysis(e.stdout, a); err != nil {
		return err
	}
	if xerr != nil {
		return fmt.Errorf("%s: %w", pos[0], xerr)
	}
	return nil
}

func writeAnalysis(w io.Writer, a analysis) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		return fmt.Errorf("encode analysis: %w", err)
	}
	return nil
}

// marshalNoEscape is json.Marshal without HTML escaping, like writeDoc.
func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}
