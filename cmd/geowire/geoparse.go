package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/geowire/geowire/internal/geoparse"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/progress"
)

func init() {
	register(command{name: "geoparse", summary: "find and resolve the places of JSONL documents (id, text)", run: runGeoparse})
}

const geoparseAbout = `
Reads JSONL documents, one per line, each with at least "id" and "text" (from
FILE, or standard input), and writes one line per document:
{"id", "toponyms": [{"start", "end", "name", "geonameid", "gazetteer_id", "lat",
"lon", "feature_code", "country_code", "admin1", "confidence", "metonymic"}]}.
Offsets are Unicode code points into "text" exactly as given; "geonameid" is
null for entries GeoNames lacks (airfields, curated regions).

With --gold-spans each input line also carries "toponyms" with "start" and
"end": exactly those spans are resolved (this isolates resolution).

The gazetteer is opened from the data directory (GEOWIRE_DATA_DIR), and built
there first when it is missing.`

// geoparseIn is one input line.
type geoparseIn struct {
	ID       json.RawMessage `json:"id"`
	Text     *string         `json:"text"`
	Toponyms []model.Span    `json:"toponyms"`
}

// geoparseOut is one output line.
type geoparseOut struct {
	ID       json.RawMessage `json:"id"`
	Toponyms []model.Place   `json:"toponyms"`
}

func runGeoparse(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "geoparse", "[--gold-spans] [FILE]", geoparseAbout)
	gold := fs.Bool("gold-spans", false, "resolve the input's own toponym spans instead of finding them")
	dataDir := fs.String("data-dir", e.cfg.DataDir, "data directory (env GEOWIRE_DATA_DIR)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents parsed in parallel")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return fmt.Errorf("%w: at most one FILE", errUsage)
	}
	in := e.stdin
	name := "stdin"
	if len(pos) == 1 && pos[0] != "-" {
		f, err := os.Open(pos[0])
		if err != nil {
			return err
		}
		defer f.Close()
		in, name = f, pos[0]
	}
	lines, err := readJSONLines(in, name)
	if err != nil {
		return err
	}
	g, err := openGazetteer(ctx, e, *dataDir)
	if err != nil {
		return err
	}
	defer g.Close()
	p, err := geoparse.New(g, geoparse.Options{})
	if err != nil {
		return err
	}
	bar := progress.New(e.stderr, "geoparse", len(lines))
	outs, err := geoparseLines(ctx, p, lines, name, *gold, *workers, func() { bar.Add(1, 0) })
	bar.Finish()
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(e.stdout, 1<<16)
	for _, o := range outs {
		if _, err := w.Write(o); err != nil {
			return err
		}
	}
	return w.Flush()
}

// jsonLine is one non-empty input line with its line number.
type jsonLine struct {
	n    int
	data []byte
}

func readJSONLines(r io.Reader, name string) ([]jsonLine, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	var out []jsonLine
	for n := 1; sc.Scan(); n++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		out = append(out, jsonLine{n, append([]byte(nil), b...)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return out, nil
}

// geoparseLines parses every line in parallel and returns the output lines
// in input order. A bad line stops the run with an error naming it.
func geoparseLines(ctx context.Context, p *geoparse.Parser, lines []jsonLine, name string, gold bool, workers int, done func()) ([][]byte, error) {
	outs := make([][]byte, len(lines))
	errs := make([]error, len(lines))
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	idx := make(chan int)
	for range max(1, workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				outs[i], errs[i] = geoparseLine(ctx, p, lines[i], name, gold)
				if errs[i] != nil {
					cancel()
				}
				done()
			}
		}()
	}
feed:
	for i := range lines {
		select {
		case idx <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(idx)
	wg.Wait()
	for _, err := range errs {
		// the line that failed, not the lines cancelled because of it
		if err != nil && !errors.Is(err, context.Canceled) {
			return nil, err
		}
	}
	if err := parent.Err(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return outs, nil
}

func geoparseLine(ctx context.Context, p *geoparse.Parser, l jsonLine, name string, gold bool) ([]byte, error) {
	var in geoparseIn
	if err := json.Unmarshal(l.data, &in); err != nil {
		return nil, fmt.Errorf("%s:%d: not a JSON document: %w", name, l.n, err)
	}
	if in.Text == nil {
		return nil, fmt.Errorf("%s:%d: no \"text\"", name, l.n)
	}
	if len(in.ID) == 0 {
		in.ID = json.RawMessage("null")
	}
	var places []model.Place
	var err error
	if gold {
		places, err = p.Resolve(ctx, *in.Text, in.Toponyms)
	} else {
		places, err = p.Parse(ctx, *in.Text)
	}
	if err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, l.n, err)
	}
	if places == nil {
		places = []model.Place{}
	}
	b, err := marshalNoEscape(geoparseOut{ID: in.ID, Toponyms: places})
	if err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, l.n, err)
	}
	return append(b, '\n'), nil
}
