package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/geowire/geowire/internal/extract"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/progress"
)

func init() {
	register(command{name: "extract", summary: "turn an HTML page or a scraped text dump into a clean article", run: runExtract})
}

const extractAbout = `
Reads an HTML page or a plain-text article dump (detected; UTF-8, Windows-1251/1252
and ISO-8859-x as declared in <meta> or by --content-type) and prints the clean
article: title, byline, published (RFC 3339 or null), source, lang, text (paragraphs
separated by blank lines), headings and embeds (social posts kept out of the text).

With --dir IN --out OUT every *.html, *.htm and *.txt file of IN gives OUT/<name>.json
(or OUT/<name>.txt with --format text); other files are ignored.

Exit status: 0 on success; 1 when a file could not be extracted (the reason is on
stderr; a page with no article content still prints its metadata); 2 on bad usage.`

type extractFlags struct {
	url, format, contentType, in, out string
	inputFormat                       string
	workers                           int
}

func runExtract(ctx context.Context, e *env, args []string) error {
	var f extractFlags
	fs := newFlags(e, "extract", "[--url URL] [--format json|text] FILE|-\n       geowire extract --dir IN --out OUT [--format json|text]", extractAbout)
	fs.StringVar(&f.url, "url", "", "the page's `URL` (resolves links, names the source)")
	fs.StringVar(&f.format, "format", "json", "output format: json or text (the body alone)")
	fs.StringVar(&f.contentType, "content-type", "", "the HTTP Content-Type of the input, for its charset")
	fs.StringVar(&f.inputFormat, "input", "auto", "input kind: auto, html or text")
	fs.StringVar(&f.in, "dir", "", "bulk mode: extract every *.html, *.htm and *.txt file of `IN`")
	fs.StringVar(&f.out, "out", "", "bulk mode: write results into `OUT` (created if missing)")
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "bulk mode: files extracted in parallel")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if f.format != "json" && f.format != "text" {
		return fmt.Errorf("%w: --format must be json or text, not %q", errUsage, f.format)
	}
	opt := extract.Options{
		URL:         f.url,
		ContentType: f.contentType,
		MaxBytes:    e.cfg.MaxInputBytes,
		Timeout:     e.cfg.ExtractTimeout,
	}
	switch f.inputFormat {
	case "auto":
	case "html":
		opt.Format = extract.FormatHTML
	case "text":
		opt.Format = extract.FormatText
	default:
		return fmt.Errorf("%w: --input must be auto, html or text, not %q", errUsage, f.inputFormat)
	}
	if f.in != "" || f.out != "" {
		if f.in == "" || f.out == "" || len(pos) > 0 {
			return fmt.Errorf("%w: bulk mode takes --dir IN and --out OUT and no FILE", errUsage)
		}
		return extractDir(ctx, e, f, opt)
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: want one FILE (or - for standard input); see --help", errUsage)
	}
	raw, err := readInput(e, pos[0], opt.MaxBytes)
	if err != nil {
		return err
	}
	doc, xerr := extract.Extract(ctx, raw, opt)
	if doc != nil {
		if err := writeDoc(e.stdout, doc, f.format); err != nil {
			return err
		}
	}
	if xerr != nil {
		return fmt.Errorf("%s: %w", pos[0], xerr)
	}
	return nil
}

// readInput reads a file or standard input, refusing more than limit bytes.
func readInput(e *env, name string, limit int64) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		r = e.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, fmt.Errorf("%s is a directory (use --dir IN --out OUT)", name)
		}
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s: %w: more than %d bytes (GEOWIRE_MAX_INPUT_BYTES)", name, extract.ErrTooLarge, limit)
	}
	return b, nil
}

func writeDoc(w io.Writer, doc *model.Document, format string) error {
	if format == "text" {
		_, err := io.WriteString(w, doc.Text+"\n")
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// extractDir is the bulk mode: files in parallel, results written
// atomically, one failure never stops the rest.
func extractDir(ctx context.Context, e *env, f extractFlags, opt extract.Options) error {
	entries, err := os.ReadDir(f.in)
	if err != nil {
		return fmt.Errorf("read --dir: %w", err)
	}
	var files []string
	for _, en := range entries {
		ext := strings.ToLower(filepath.Ext(en.Name()))
		if en.Type().IsRegular() && (ext == ".html" || ext == ".htm" || ext == ".txt") {
			files = append(files, en.Name())
		}
	}
	sort.Strings(files)
	if err := os.MkdirAll(f.out, 0o755); err != nil {
		return fmt.Errorf("create --out: %w", err)
	}
	bar := progress.New(e.stderr, "extract", len(files))
	jobs := make(chan string)
	var (
		mu       sync.Mutex
		failures []string
		empty    int
		wg       sync.WaitGroup
	)
	for range max(1, f.workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range jobs {
				err := extractOne(ctx, e, f, opt, name)
				failed := 0
				if err != nil {
					mu.Lock()
					if errors.Is(err, extract.ErrNoContent) {
						empty++
					} else {
						failed = 1
						failures = append(failures, fmt.Sprintf("%s: %v", name, err))
					}
					mu.Unlock()
				}
				bar.Add(1, failed)
			}
		}()
	}
	for _, name := range files {
		if ctx.Err() != nil {
			break
		}
		jobs <- name
	}
	close(jobs)
	wg.Wait()
	bar.Finish()
	sort.Strings(failures)
	for _, msg := range failures {
		fmt.Fprintln(e.stderr, "geowire extract:", msg)
	}
	fmt.Fprintf(e.stderr, "extracted %d of %d files into %s (%d without article content, %d failed)\n",
		len(files)-len(failures), len(files), f.out, empty, len(failures))
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(failures) > 0 {
		return fmt.Errorf("%d of %d files failed", len(failures), len(files))
	}
	return nil
}

func extractOne(ctx context.Context, e *env, f extractFlags, opt extract.Options, name string) error {
	raw, err := readInput(e, filepath.Join(f.in, name), opt.MaxBytes)
	if err != nil {
		return err
	}
	doc, xerr := extract.Extract(ctx, raw, opt)
	if doc == nil {
		return xerr
	}
	ext := ".json"
	if f.format == "text" {
		ext = ".txt"
	}
	base := strings.TrimSuffix(name, filepath.Ext(name))
	if err := writeFileAtomic(filepath.Join(f.out, base+ext), func(w io.Writer) error { return writeDoc(w, doc, f.format) }); err != nil {
		return err
	}
	return xerr
}

// writeFileAtomic writes through a temporary file renamed into place, so a
// crash never leaves a half-written result.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
