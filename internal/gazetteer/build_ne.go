package gazetteer

import (
	"path/filepath"
	"strings"
)

// neLangs are the Natural Earth name columns (countries upper case,
// provinces lower case).
var neLangs = []string{"AR", "BN", "DE", "EL", "EN", "ES", "FA", "FR", "HE", "HI", "HU", "ID", "IT",
	"JA", "KO", "NL", "PL", "PT", "RU", "SV", "TR", "UK", "UR", "VI", "ZH", "ZHT"}

// territorySovereign gives a country code to Natural Earth features that
// have none of their own (ISO_A2_EH = -99).
var territorySovereign = map[string]string{
	"SOL": "SO", "CYN": "CY", "CNM": "CY", "WSB": "GB", "ESB": "GB", "USG": "CU",
}

func (b *builder) loadCountries(npmDir string) error {
	fs, err := naturalEarthCountries()
	if err != nil {
		return err
	}
	for i := range fs {
		f := &fs[i]
		iso := f.str("ISO_A2_EH")
		own := f.str("ISO_A2")
		a3 := f.str("ADM0_A3")
		typ := f.str("TYPE")
		main := iso != "" && (own == iso || (own == "" && (typ == "Country" || typ == "Sovereign country" || typ == "Disputed")))
		if main && b.country[iso] != nil {
			main = false
		}
		e := &bEntry{kind: KindCountry, fclass: "A", fcode: "PCLI", name: f.str("NAME"),
			layer: layerCountry, polys: f.Polygons}
		if main {
			e.id, e.cc, e.code = "country:"+iso, iso, iso
		} else {
			e.id, e.fcode = "ne:"+a3, "TERR"
			e.cc = iso
			if e.cc == "" {
				e.cc = territorySovereign[a3]
			}
		}
		if typ == "Dependency" || typ == "Lease" {
			e.fcode = "PCLD"
		}
		if pop, ok := f.num("POP_EST"); ok && pop > 0 {
			e.pop = int64(pop)
		}
		e.lat, e.lon = numOr(f, "LABEL_Y"), numOr(f, "LABEL_X")
		note := f.str("NOTE_BRK")
		if typ == "Disputed" || typ == "Indeterminate" || strings.Contains(note, "Claimed") || strings.Contains(note, "Disputed") {
			e.note = f.str("NAME") + ": " + note
			if note == "" {
				e.note = f.str("NAME") + ": disputed"
			}
		}
		e.key(e.name, MatchName)
		e.alt(f.str("NAME_LONG"), f.str("ADMIN"), f.str("BRK_NAME"), f.str("GEOUNIT"), f.str("SUBUNIT"),
			f.str("NAME_SORT"), f.str("NAME_CIAWF"), f.str("FORMAL_EN"), f.str("FORMAL_FR"))
		for _, n := range strings.Split(f.str("NAME_ALT"), "|") {
			e.alt(n)
		}
		for _, l := range neLangs {
			e.alt(f.str("NAME_" + l))
		}
		e.key(f.str("ABBREV"), MatchCode)
		if main {
			e.key(iso, MatchCode)
			e.key(f.str("ISO_A3_EH"), MatchCode)
			b.country[iso] = e
			cont := f.str("CONTINENT")
			b.contCC[cont] = append(b.contCC[cont], iso)
		}
		if e.cc != "" {
			b.ccPolys[e.cc] = append(b.ccPolys[e.cc], f.Polygons...)
		}
		b.add(e)
	}
	// world-countries: names in many languages, demonyms, neighbours.
	f := filepath.Join(npmDir, PkgCountries.Tarball())
	files, err := readTarball(f, "countries.json")
	if err != nil {
		return err
	}
	wcs, err := parseWorldCountries(files["countries.json"], f+":countries.json")
	if err != nil {
		return err
	}
	cca3 := map[string]string{}
	for _, c := range wcs {
		cca3[c.CCA3] = c.CCA2
	}
	for _, c := range wcs {
		e := b.country[c.CCA2]
		if e == nil {
			continue
		}
		if c.Name.Common != "" && c.Name.Common != e.name {
			e.alt(e.name)
			e.name = c.Name.Common
			e.key(e.name, MatchName)
		}
		e.alt(c.Name.Official)
		for _, n := range c.Name.Native {
			e.alt(n.Common, n.Official)
		}
		for _, n := range c.Translations {
			e.alt(n.Common, n.Official)
		}
		for _, s := range c.AltSpellings {
			if len(s) <= 3 {
				e.key(s, MatchCode)
			} else {
				e.alt(s)
			}
		}
		e.key(c.CCA3, MatchCode)
		if len(c.LatLng) == 2 {
			e.factbook = &Point{Lat: c.LatLng[0], Lon: c.LatLng[1]}
		}
		for _, d := range c.Demonyms {
			for _, w := range []string{d.M, d.F} {
				if w == "" {
					continue
				}
				e.key(w, MatchDemonym)
			}
		}
		if d, ok := c.Demonyms["eng"]; ok && d.M != "" && !strings.HasSuffix(d.M, "ese") && !strings.HasSuffix(d.M, "s") {
			e.key(d.M+"s", MatchDemonym) // "Ukrainians"
		}
		var nb []string
		for _, x := range c.Borders {
			if cc := cca3[x]; cc != "" {
				nb = append(nb, cc)
			}
		}
		e.neigh = strings.Join(nb, ",")
		if len(c.Capital) > 0 {
			e.code = c.CCA2
		}
	}
	// demonyms world-countries lacks or spells otherwise
	for cc, ws := range extraDemonyms {
		if e := b.country[cc]; e != nil {
			for _, w := range ws {
				e.key(w, MatchDemonym)
			}
		}
	}
	return nil
}

var extraDemonyms = map[string][]string{
	"US": {"U.S.", "US"}, "GB": {"UK", "U.K."}, "RU": {"Russian", "Russians"},
	"KP": {"North Korean", "North Koreans"}, "KR": {"South Korean", "South Koreans"},
	"CN": {"Chinese"}, "TW": {"Taiwanese"}, "IL": {"Israeli", "Israelis"},
	"PS": {"Palestinian", "Palestinians"}, "CD": {"Congolese"}, "CZ": {"Czech", "Czechs"},
	"NL": {"Dutch"}, "CH": {"Swiss"}, "PH": {"Filipino", "Filipinos", "Philippine"},
	"AE": {"Emirati", "Emiratis"}, "SA": {"Saudi", "Saudis"}, "BY": {"Belarusian", "Belarusians"},
}

func numOr(f *neFeature, k string) float64 {
	v, _ := f.num(k)
	return v
}

// admin1Types are words that end admin1 names: stripping them gives the
// short form ("Irkutsk Oblast" → "Irkutsk").
var admin1Types = []string{"autonomous okrug", "autonomous oblast", "autonomous republic", "oblast", "oblast'", "oblastʹ",
	"krai", "kray", "region", "province", "governorate", "prefecture", "state", "voivodeship",
	"county", "district", "department", "territory", "municipality", "republic", "city", "raion", "rayon"}

func shortForm(name string) string {
	f := Fold(name)
	for _, t := range admin1Types {
		if strings.HasSuffix(f, " "+Fold(t)) {
			return strings.TrimSpace(strings.TrimSuffix(f, Fold(t)))
		}
	}
	for _, p := range []string{"republic of ", "province of ", "city of "} {
		if strings.HasPrefix(f, p) {
			return strings.TrimPrefix(f, p)
		}
	}
	return ""
}

func (b *builder) loadProvinces() error {
	fs, err := naturalEarthProvinces()
	if err != nil {
		return err
	}
	for i := range fs {
		f := &fs[i]
		cc := f.str("iso_a2")
		code := f.str("gn_a1_code")
		if strings.HasSuffix(code, ".") || !strings.Contains(code, ".") {
			code = ""
		}
		gid := uint32(0)
		if g, ok := f.num("gn_id"); ok && g > 0 {
			gid = uint32(g)
		}
		id := "ne:" + f.str("adm1_code")
		if gid != 0 {
			id = "geonames:" + itoa(int(gid))
		}
		if old := b.byID[id]; old != nil { // several features, one division
			old.polys = append(old.polys, f.Polygons...)
			continue
		}
		name := f.str("name")
		e := &bEntry{id: id, gid: gid, kind: KindAdmin1, fclass: "A", fcode: "ADM1", cc: cc,
			a1: code, code: code, layer: layerAdmin1, polys: f.Polygons}
		if n := b.a1Names[code]; n != "" && code != "" {
			e.name = n
			e.alt(name)
		} else {
			e.name = name
			if e.name == "" {
				e.name = f.str("name_en")
			}
		}
		if e.name == "" {
			continue
		}
		e.key(e.name, MatchName)
		for _, n := range strings.Split(f.str("name_alt"), "|") {
			e.alt(n)
		}
		e.alt(f.str("name_en"), f.str("name_local"), f.str("gn_name"), f.str("woe_name"))
		for _, l := range neLangs {
			e.alt(f.str("name_" + strings.ToLower(l)))
		}
		// "Irkutsk Oblast", "Irkutsk region": how news names divisions.
		short := shortForm(e.name)
		if short == "" {
			short = Fold(name)
		}
		for _, t := range []string{f.str("type"), f.str("type_en"), "region", "province"} {
			if t != "" && short != "" {
				e.key(short+" "+t, MatchAlternate)
			}
		}
		for _, n := range append([]string{e.name}, e.alts...) {
			if s := shortForm(n); s != "" {
				e.key(s, MatchShort)
			}
		}
		if short != "" && short != Fold(e.name) {
			e.key(short, MatchShort)
		}
		e.key(f.str("postal"), MatchCode)
		e.key(f.str("abbrev"), MatchCode)
		e.lat, e.lon = numOr(f, "latitude"), numOr(f, "longitude")
		b.add(e)
		if code != "" {
			if b.admin1[code] == nil {
				b.admin1[code] = e
			}
			b.a1Polys[code] = append(b.a1Polys[code], f.Polygons...)
			if iso := f.str("iso_3166_2"); iso != "" {
				b.iso2a1[iso] = code
			}
			if r := f.str("region"); r != "" {
				b.neReg[cc+":"+r] = append(b.neReg[cc+":"+r], code)
			}
		}
	}
	return nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
