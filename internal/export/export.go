package export

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// Format is an export format.
type Format string

// Formats.
const (
	GeoJSON Format = "geojson"
	CSV     Format = "csv"
	JSONL   Format = "jsonl"
)

// ErrFormat reports an unknown format.
var ErrFormat = errors.New("export: unknown format (want geojson, csv or jsonl)")

// ParseFormat returns the format named s.
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case GeoJSON, CSV, JSONL:
		return f, nil
	}
	return "", fmt.Errorf("%w: %q", ErrFormat, s)
}

// ContentType is the media type of the format.
func (f Format) ContentType() string {
	switch f {
	case GeoJSON:
		return "application/geo+json"
	case CSV:
		return "text/csv; charset=utf-8"
	default:
		return "application/x-ndjson"
	}
}

// Ext is the file name extension of the format, without the dot.
func (f Format) Ext() string { return string(f) }

// Names turns codes into the names ACLED's columns hold. A nil Names, or
// an empty answer, leaves the code.
type Names interface {
	// CountryName returns the English name of an ISO 3166-1 alpha-2 code.
	CountryName(iso2 string) string
	// Admin1Name returns the name of a GeoNames admin1 code ("RU.20").
	Admin1Name(code string) string
}

// Options tune an export.
type Options struct {
	// Names fills country and admin1 names in CSV; nil uses the built-in
	// country table (Natural Earth) and leaves admin1 codes.
	Names Names
	// FlushEvery flushes the output after that many events (0: only when
	// the buffer fills), for HTTP streaming.
	FlushEvery int
	// Flush, when set, is called after each flush of the buffer (an
	// http.Flusher's Flush).
	Flush func()
	// Claims, when set, gives a document's checked claims for the CSV
	// claims column (nil leaves it empty).
	Claims func(ctx context.Context, documentID string) ([]model.Claim, error)
	// ClusterSources, when set, gives the documents of an event's cluster:
	// every source that reported the event (nil: the event's own document).
	ClusterSources func(ctx context.Context, clusterID string) ([]store.DocumentRef, error)
}

type rowWriter interface {
	begin(w *bufio.Writer) error
	row(w *bufio.Writer, r *store.EventRow) error
	end(w *bufio.Writer) error
}

// Write writes every row of rows to w in format f and returns how many
// events it wrote. It stops at the first error of rows, of w, or of ctx.
func Write(ctx context.Context, w io.Writer, f Format, rows iter.Seq2[store.EventRow, error], o Options) (int, error) {
	var rw rowWriter
	switch f {
	case GeoJSON:
		rw = &geojsonWriter{sources: newSourceCache(ctx, o.ClusterSources)}
	case CSV:
		names := o.Names
		if names == nil {
			names = countryTable{}
		}
		rw = &csvWriter{names: names, claims: newClaimCache(ctx, o.Claims), sources: newSourceCache(ctx, o.ClusterSources)}
	case JSONL:
		rw = &jsonlWriter{sources: newSourceCache(ctx, o.ClusterSources)}
	default:
		return 0, fmt.Errorf("%w: %q", ErrFormat, f)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	flush := func() error {
		if err := bw.Flush(); err != nil {
			return err
		}
		if o.Flush != nil {
			o.Flush()
		}
		return nil
	}
	if err := rw.begin(bw); err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	n := 0
	for r, err := range rows {
		if err != nil {
			return n, fmt.Errorf("export: %w", err)
		}
		if err := rw.row(bw, &r); err != nil {
			return n, fmt.Errorf("export: event %s: %w", r.Event.ID, err)
		}
		n++
		if o.FlushEvery > 0 && n%o.FlushEvery == 0 {
			if err := ctx.Err(); err != nil {
				return n, err
			}
			if err := flush(); err != nil {
				return n, fmt.Errorf("export: %w", err)
			}
		}
	}
	if err := rw.end(bw); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	if err := flush(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}
