package gazetteer

import (
	"archive/zip"
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrMalformed marks bad input: a malformed row, a truncated file.
var ErrMalformed = errors.New("gazetteer: malformed input")

// RowError locates bad input in a source file.
type RowError struct {
	File string
	Line int
	Err  error
}

func (e *RowError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *RowError) Unwrap() error { return e.Err }

func rowErr(file string, line int, format string, args ...any) error {
	return &RowError{File: file, Line: line, Err: fmt.Errorf("%w: "+format, append([]any{ErrMalformed}, args...)...)}
}

// gnRow is one row of a GeoNames "geoname" table (allCountries.txt,
// cities500.txt): 19 tab-separated columns.
type gnRow struct {
	ID          uint32
	Name, ASCII string
	Alt         []string
	Lat, Lon    float64
	Class, Code string
	Country     string
	Admin1      string // bare code: "20"
	Admin2      string
	Population  int64
}

const gnColumns = 19

// parseGeoNamesRow parses one row (without its newline).
func parseGeoNamesRow(line string) (gnRow, error) {
	var r gnRow
	f := strings.Split(line, "\t")
	if len(f) != gnColumns {
		return r, fmt.Errorf("%d columns, want %d (truncated or not a GeoNames table?)", len(f), gnColumns)
	}
	id, err := strconv.ParseUint(f[0], 10, 32)
	if err != nil || id == 0 {
		return r, fmt.Errorf("geonameid %q is not a positive number", f[0])
	}
	r.ID = uint32(id)
	r.Name, r.ASCII = strings.TrimSpace(f[1]), strings.TrimSpace(f[2])
	if r.Name == "" {
		return r, fmt.Errorf("geonameid %d: empty name", id)
	}
	if f[3] != "" {
		r.Alt = strings.Split(f[3], ",")
	}
	if r.Lat, err = strconv.ParseFloat(f[4], 64); err != nil || !(r.Lat >= -90 && r.Lat <= 90) {
		return r, fmt.Errorf("geonameid %d: bad latitude %q", id, f[4])
	}
	if r.Lon, err = strconv.ParseFloat(f[5], 64); err != nil || !(r.Lon >= -180 && r.Lon <= 180) {
		return r, fmt.Errorf("geonameid %d: bad longitude %q", id, f[5])
	}
	r.Class, r.Code, r.Country = f[6], f[7], f[8]
	if len(r.Class) > 1 || len(r.Country) > 3 {
		return r, fmt.Errorf("geonameid %d: bad feature class %q or country %q", id, f[6], f[8])
	}
	r.Admin1, r.Admin2 = f[10], f[11]
	if f[14] != "" {
		if r.Population, err = strconv.ParseInt(f[14], 10, 64); err != nil || r.Population < 0 {
			return r, fmt.Errorf("geonameid %d: bad population %q", id, f[14])
		}
	}
	return r, nil
}

// scanGeoNames calls fn for each row of a GeoNames table. Errors name the
// file and line. A last line without its newline is a truncated file.
func scanGeoNames(r io.Reader, file string, fn func(gnRow) error) error {
	return scanLines(r, file, func(line string, n int) error {
		if line == "" || line[0] == '#' {
			return nil
		}
		row, err := parseGeoNamesRow(line)
		if err != nil {
			return rowErr(file, n, "%v", err)
		}
		return fn(row)
	})
}

// scanLines calls fn with each line and its number, and reports a file
// whose last line has no newline as truncated.
func scanLines(r io.Reader, file string, fn func(line string, n int) error) error {
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if err == io.EOF {
			if line != "" {
				return rowErr(file, n, "last line has no newline: truncated file")
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", file, n, err)
		}
		line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
		if err := fn(line, n); err != nil {
			return err
		}
	}
}

// altRow is one row of GeoNames' alternateNamesV2.txt.
type altRow struct {
	ID        uint32
	Lang      string
	Name      string
	Preferred bool
	Short     bool
	Historic  bool
}

func parseAltRow(line string) (altRow, error) {
	var r altRow
	f := strings.Split(line, "\t")
	if len(f) < 8 || len(f) > 10 {
		return r, fmt.Errorf("%d columns, want 8 to 10", len(f))
	}
	id, err := strconv.ParseUint(f[1], 10, 32)
	if err != nil || id == 0 {
		return r, fmt.Errorf("geonameid %q is not a positive number", f[1])
	}
	r.ID, r.Lang, r.Name = uint32(id), f[2], f[3]
	r.Preferred, r.Short, r.Historic = f[4] == "1", f[5] == "1", f[7] == "1"
	return r, nil
}

func scanAltNames(r io.Reader, file string, fn func(altRow) error) error {
	return scanLines(r, file, func(line string, n int) error {
		if line == "" || line[0] == '#' {
			return nil
		}
		row, err := parseAltRow(line)
		if err != nil {
			return rowErr(file, n, "%v", err)
		}
		return fn(row)
	})
}

// openDump opens a GeoNames file, plain or zipped (the first .txt member
// that is not a readme), and returns a reader and the name to report.
func openDump(path string) (io.ReadCloser, string, error) {
	if !strings.EqualFold(filepath.Ext(path), ".zip") {
		f, err := os.Open(path)
		return f, path, err
	}
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, path, fmt.Errorf("%s: %w", path, err)
	}
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, ".txt") && !strings.Contains(strings.ToLower(f.Name), "readme") {
			rc, err := f.Open()
			if err != nil {
				zr.Close()
				return nil, path, fmt.Errorf("%s: %w", path, err)
			}
			return zipMember{rc, zr}, path + ":" + f.Name, nil
		}
	}
	zr.Close()
	return nil, path, fmt.Errorf("%s: no .txt table in the zip", path)
}

type zipMember struct {
	io.ReadCloser
	zr *zip.ReadCloser
}

func (z zipMember) Close() error {
	err := z.ReadCloser.Close()
	if e := z.zr.Close(); err == nil {
		err = e
	}
	return err
}
