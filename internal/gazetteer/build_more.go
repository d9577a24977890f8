package gazetteer

import (
	"bytes"
	_ "embed"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
)

// addDivisions completes the admin1 entries (populations, divisions Natural
// Earth lacks) and makes admin2 entries for every admin2 code that has
// places: its point is the mean of those places.
func (b *builder) addDivisions() {
	for code, name := range b.a1Names {
		e := b.admin1[code]
		s := b.sums[code]
		if e == nil {
			if s == nil {
				continue // no polygon and no place: nowhere to put it
			}
			cc, _, _ := strings.Cut(code, ".")
			e = b.add(&bEntry{id: "admin1:" + code, kind: KindAdmin1, fclass: "A", fcode: "ADM1",
				name: name, cc: cc, a1: code, code: code})
			e.key(name, MatchName)
			if sh := shortForm(name); sh != "" {
				e.key(sh, MatchShort)
			}
			e.lat, e.lon = s.lat/float64(s.n), s.lon/float64(s.n)
			b.admin1[code] = e
		}
	}
	for _, e := range b.admin1 {
		if s := b.sums[e.a1]; s != nil {
			e.pop = s.pop
		}
	}
	for code, name := range b.a2Names {
		s := b.sums[code]
		if s == nil {
			continue
		}
		parts := strings.SplitN(code, ".", 3)
		if len(parts) != 3 {
			continue
		}
		e := b.add(&bEntry{id: "admin2:" + code, kind: KindAdmin2, fclass: "A", fcode: "ADM2",
			name: name, cc: parts[0], a1: parts[0] + "." + parts[1], a2: code, code: code, pop: s.pop})
		e.lat, e.lon = s.lat/float64(s.n), s.lon/float64(s.n)
		e.key(name, MatchName)
		if sh := shortForm(name); sh != "" {
			e.key(sh, MatchShort)
		}
		b.admin2[code] = e
	}
}

func (b *builder) loadAirports(npmDir string) error {
	f := filepath.Join(npmDir, PkgAirports.Tarball())
	files, err := readTarball(f, "airports.csv")
	if err != nil {
		return err
	}
	return scanAirports(bytes.NewReader(files["airports.csv"]), f+":airports.csv", func(a airportRow) error {
		b.addAirport(a)
		return nil
	})
}

func (b *builder) addAirport(a airportRow) {
	t, ok := airfieldTypes[a.Type]
	if !ok {
		t = airfieldTypes["small_airport"]
	}
	e := &bEntry{id: fmt.Sprintf("ourairports:%d", a.ID), kind: KindAirfield, fclass: "S", fcode: t.code,
		name: a.Name, cc: a.Country, lat: a.Lat, lon: a.Lon, prior: t.prior}
	if isMilitary(a.Name, a.Keywords) {
		e.fcode = "AIRB"
		e.prior += 0.5
	}
	if a.Type == "closed" {
		e.note = "closed"
	}
	e.ascii = asciiOf(a.Name)
	e.key(a.Name, MatchName)
	e.alt(a.Keywords...)
	for _, c := range []string{a.GPS, a.Ident, a.IATA, a.Local} {
		if c != "" && e.code == "" && len(c) == 4 && !strings.ContainsAny(c, "-0123456789") {
			e.code = c // ICAO
		}
		e.key(c, MatchCode)
	}
	if e.code == "" {
		e.code = a.Ident
	}
	for _, n := range append([]string{a.Name}, a.Keywords...) {
		if s := airfieldShortName(n); s != "" {
			e.key(s, MatchShort)
		}
	}
	e.a1 = b.iso2a1[a.Region]
	b.add(e)
}

// asciiOf returns the folded name when it differs only in letters' marks.
func asciiOf(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return Fold(s)
		}
	}
	return ""
}

//go:embed regions.tsv
var regionsTSV string

func (b *builder) loadRegions() error {
	const file = "regions.tsv"
	return scanLines(strings.NewReader(regionsTSV), file, func(line string, n int) error {
		if line == "" || line[0] == '#' {
			return nil
		}
		f := strings.Split(line, "\t")
		if len(f) != 11 {
			return rowErr(file, n, "%d columns, want 11", len(f))
		}
		lat, err1 := strconv.ParseFloat(f[5], 64)
		lon, err2 := strconv.ParseFloat(f[6], 64)
		prior, err3 := strconv.ParseFloat(f[8], 64)
		if err1 != nil || err2 != nil || err3 != nil {
			return rowErr(file, n, "bad lat, lon or prior")
		}
		var gid uint32
		if f[4] != "" {
			g, err := strconv.ParseUint(f[4], 10, 32)
			if err != nil {
				return rowErr(file, n, "bad geonameid %q", f[4])
			}
			gid = uint32(g)
		}
		alts := strings.Split(f[2], "|")
		if old := b.byGID[gid]; gid != 0 && old != nil && old.kind != KindRegion {
			old.alt(f[1])
			old.alt(alts...)
			return nil
		}
		e := &bEntry{id: "region:" + f[0], gid: gid, kind: KindRegion, fclass: "L", fcode: f[3],
			name: strings.TrimPrefix(f[1], "!"), lat: lat, lon: lon, prior: prior, note: f[9], layer: layerRegion}
		switch f[3] {
		case "SEA", "GULF", "STRT", "OCN", "BAY", "CHN", "CNL", "LK", "STM":
			e.fclass = "H"
		case "MTS", "PEN", "ISL", "ISLS", "DES", "VAL", "PLAT":
			e.fclass = "T"
		case "FRST":
			e.fclass = "V"
		case "CONT":
			e.fclass = "L"
		}
		if strings.HasPrefix(f[1], "!") {
			e.hidden = true
		} else {
			e.key(e.name, MatchName)
			e.alt(alts...)
		}
		polys, err := b.outline(f[7])
		if err != nil {
			return rowErr(file, n, "%v", err)
		}
		e.polys = polys
		b.add(e)
		return nil
	})
}

// outline resolves a regions.tsv outline to polygons.
func (b *builder) outline(spec string) ([][][]Point, error) {
	kind, arg, _ := strings.Cut(spec, ":")
	var out [][][]Point
	switch kind {
	case "":
		return nil, nil
	case "continent":
		for _, cc := range b.contCC[arg] {
			if cc == "RU" {
				continue // Natural Earth files all of Russia under Europe
			}
			out = append(out, b.ccPolys[cc]...)
		}
	case "country":
		for _, cc := range strings.Split(arg, ",") {
			p := b.ccPolys[cc]
			if p == nil {
				return nil, fmt.Errorf("no country %q", cc)
			}
			out = append(out, p...)
		}
	case "admin1":
		for _, c := range strings.Split(arg, ",") {
			p := b.a1Polys[c]
			if p == nil {
				return nil, fmt.Errorf("no admin1 outline %q", c)
			}
			out = append(out, p...)
		}
	case "ne-region":
		for _, c := range b.neReg[arg] {
			out = append(out, b.a1Polys[c]...)
		}
	case "bbox":
		var w, s, e, n float64
		if _, err := fmt.Sscanf(arg, "%g,%g,%g,%g", &w, &s, &e, &n); err != nil {
			return nil, fmt.Errorf("bad bbox %q", arg)
		}
		out = [][][]Point{{{{w, s}, {e, s}, {e, n}, {w, n}, {w, s}}}}
	default:
		return nil, fmt.Errorf("unknown outline %q", spec)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty outline %q", spec)
	}
	return out, nil
}

// loadDump reads a GeoNames dump instead of cities500, with alternate names
// if given. It keeps the classes news names: populated places, divisions,
// regions, water, terrain, airfields and some sites.
func (b *builder) loadDump(path, altPath string) error {
	alts := map[uint32][]string{}
	if altPath != "" {
		rc, name, err := openDump(altPath)
		if err != nil {
			return err
		}
		err = scanAltNames(rc, name, func(r altRow) error {
			switch r.Lang {
			case "link", "wkdt", "post", "unlc", "fr_1793", "phon", "piny", "tcid", "faac":
				return nil
			}
			alts[r.ID] = append(alts[r.ID], r.Name)
			return nil
		})
		rc.Close()
		if err != nil {
			return err
		}
	}
	rc, name, err := openDump(path)
	if err != nil {
		return err
	}
	defer rc.Close()
	n := 0
	err = scanGeoNames(rc, name, func(r gnRow) error {
		if !keepClass(r.Class, r.Code, r.Population) {
			return nil
		}
		n++
		b.addGeoName(r, alts[r.ID])
		return nil
	})
	b.logf("%d rows kept from %s", n, name)
	return err
}

func keepClass(class, code string, pop int64) bool {
	switch class {
	case "P", "A", "L":
		return true
	case "H":
		switch code {
		case "SEA", "GULF", "BAY", "STRT", "LK", "STM", "OCN", "CHN", "CNL", "RSV":
			return true
		}
	case "T":
		switch code {
		case "MT", "MTS", "PEN", "ISL", "ISLS", "DES", "VAL", "PLAT", "PASS", "CAPE", "HLL":
			return true
		}
	case "S":
		switch code {
		case "AIRB", "AIRF", "AIRP", "AIRH", "MILB", "INSM", "PS", "PSN", "DAM", "BDG", "PRT", "NVB", "CMP", "PRN":
			return true
		}
	}
	return false
}
