package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/geowire/geowire/internal/claims"
	"github.com/geowire/geowire/internal/extract"
	"github.com/geowire/geowire/internal/geoparse"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/nlp"
)

func init() {
	register(command{name: "claims", summary: "check an article's geographic claims against real geometry", run: runClaims})
}

const claimsAbout = `
Extracts and reads the article as 'geowire analyze' does, resolves its places, finds
its geographic claims and checks each against the gazetteer's geometry. Prints
{"claims": [{"text", "span", "kind", "verdict", "stated", "measured", "places",
"subject", "subject_basis", "reason"}]}.

kind: distance ("more than 4,000 km from the Ukrainian border"), direction ("30
miles north of Kharkiv", "on the outskirts of", "inside Russian territory"),
proximity ("near", "close to the border with"), conversion ("4,000 kilometers
(2,485 miles)") or containment ("in Irkutsk Oblast", "in Russian-occupied Crimea").
verdict: supported, contradicted, loose (vague proximity: measured distance and the
border's rank among those around the place) or unverifiable (with the reason).
Distances are geodesic on WGS 84, in km; spans are code points into the article text.

Exit status: 0 on success; 1 when the input could not be read or extracted, or the
gazetteer could not be opened; 2 on bad usage.`

func runClaims(ctx context.Context, e *env, args []string) error {
	var url, contentType string
	fs := newFlags(e, "claims", "[--url URL] FILE|-", claimsAbout)
	fs.StringVar(&url, "url", "", "the page's `URL` (resolves links, names the source)")
	fs.StringVar(&contentType, "content-type", "", "the HTTP Content-Type of the input, for its charset")
	dataDir := fs.String("data-dir", e.cfg.DataDir, "data directory (env GEOWIRE_DATA_DIR)")
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
	g, err := openGazetteer(ctx, e, *dataDir)
	if err != nil {
		return err
	}
	defer g.Close()
	r, err := nlp.Read(ctx, doc)
	if err != nil {
		return fmt.Errorf("%s: read: %w", pos[0], err)
	}
	p, err := geoparse.New(g, geoparse.Options{})
	if err != nil {
		return err
	}
	places, err := p.Parse(ctx, doc.Text)
	if err != nil {
		return fmt.Errorf("%s: geoparse: %w", pos[0], err)
	}
	cs, err := claims.Check(ctx, g, doc, r, places)
	if err != nil {
		return fmt.Errorf("%s: claims: %w", pos[0], err)
	}
	if cs == nil {
		cs = []model.Claim{}
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(struct {
		Claims []model.Claim `json:"claims"`
	}{cs}); err != nil {
		return fmt.Errorf("encode claims: %w", err)
	}
	if xerr != nil {
		return fmt.Errorf("%s: %w", pos[0], xerr)
	}
	return nil
}
