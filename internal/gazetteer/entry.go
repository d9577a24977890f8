package gazetteer

import "strings"

// Kind says what sort of place an entry is.
type Kind uint8

// Kinds of entries.
const (
	KindPlace    Kind = iota + 1 // a populated place (GeoNames class P) or other GeoNames feature
	KindCountry                  // a country or territory (Natural Earth admin-0)
	KindAdmin1                   // a first-order division: state, oblast, province
	KindAdmin2                   // a second-order division: county, district, raion
	KindAirfield                 // an airport, air base, heliport (OurAirports)
	KindRegion                   // a curated region, sea, river or continent
)

var kindNames = [...]string{"", "place", "country", "admin1", "admin2", "airfield", "region"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText writes the kind's name, for JSON.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Point is a WGS 84 position. It stores Lon before Lat, like GeoJSON.
type Point struct {
	Lon, Lat float64
}

// Entry is one gazetteer entry. Strings point into the opened file: they
// stay valid until Close.
type Entry struct {
	// Index is the entry's position in this gazetteer file (not stable
	// across builds: use ID for that).
	Index int `json:"-"`
	// ID is stable across builds: "geonames:524901", "ourairports:34948",
	// "ne:RUS-2602" (a Natural Earth division without GeoNames id),
	// "country:UA", "region:donbas".
	ID string `json:"id"`
	// GeonameID is the GeoNames id, 0 when there is none.
	GeonameID int    `json:"geonameid,omitempty"`
	Kind      Kind   `json:"kind"`
	Name      string `json:"name"`
	ASCIIName string `json:"ascii_name,omitempty"`
	// FeatureClass and FeatureCode follow GeoNames ("P", "PPLC"; "A",
	// "PCLI"/"ADM1"/"ADM2"; "S", "AIRB"/"AIRP"/"AIRH"; "L", "RGN"; "H", "SEA").
	FeatureClass string `json:"feature_class,omitempty"`
	FeatureCode  string `json:"feature_code,omitempty"`
	// CountryCode is ISO 3166-1 alpha-2.
	CountryCode string `json:"country_code,omitempty"`
	// Admin1Code is the GeoNames admin1 code with its country: "RU.20".
	Admin1Code string `json:"admin1,omitempty"`
	Admin1Name string `json:"admin1_name,omitempty"`
	// Admin2Code is the GeoNames admin2 code with country and admin1: "UA.22.6106".
	Admin2Code string `json:"admin2,omitempty"`
	// Code is the entry's own code: ISO alpha-2 for countries, the admin
	// code for divisions, ICAO (else local) code for airfields.
	Code       string `json:"code,omitempty"`
	Population int64  `json:"population,omitempty"`
	// Lat, Lon is the representative point (see the package README on how
	// it is chosen for countries, divisions and regions).
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
	// Prior ranks candidates for one name: about log10(population) plus a
	// bonus for the feature's importance.
	Prior float64 `json:"prior"`
	// Note holds facts worth showing: a dispute, a lease, a source.
	Note string `json:"note,omitempty"`
	// HasPolygon says whether Polygons returns an outline.
	HasPolygon bool `json:"has_polygon,omitempty"`

	alt        string // alternate names joined by altSep
	neigh      string // neighbours, comma-separated ISO codes
	shapeFirst uint32
	shapeN     uint32
}

const altSep = "\x1f"

// AlternateNames returns the entry's other names, as the sources give them.
func (e *Entry) AlternateNames() []string {
	if e.alt == "" {
		return nil
	}
	return strings.Split(e.alt, altSep)
}

// MatchKind says how a looked-up name matched an entry.
type MatchKind uint8

// Ways a name can match.
const (
	MatchName      MatchKind = iota // the entry's name or ASCII name
	MatchAlternate                  // one of its alternate names
	MatchShort                      // a derived short form: "Belaya" for "Belaya Air Base", "Irkutsk" for the oblast
	MatchCode                       // a code: ICAO/IATA, postal abbreviation, ISO code
	MatchDemonym                    // a demonym or adjective of a country: "Ukrainian"
)

var matchNames = [...]string{"name", "alternate", "short", "code", "demonym"}

func (m MatchKind) String() string {
	if int(m) < len(matchNames) {
		return matchNames[m]
	}
	return "unknown"
}

// MarshalText writes the match kind's name, for JSON.
func (m MatchKind) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// matchPenalty is subtracted from an entry's prior to rank a candidate.
var matchPenalty = [...]float32{0, 0.3, 1.0, 1.5, 0}

// Candidate is one entry a name may refer to.
type Candidate struct {
	*Entry
	// Score ranks candidates: the entry's prior less a penalty for weaker
	// matches (alternate name, short form, code).
	Score float64   `json:"score"`
	Match MatchKind `json:"match"`
}

// Where says what holds a point.
type Where struct {
	// Country is the country or territory whose polygon holds the point
	// (nil at sea). For territories without an ISO code of their own the
	// sovereign or claimant is given when the data names one.
	Country *Entry `json:"country,omitempty"`
	// Admin1 is the first-order division holding the point, if any.
	Admin1 *Entry `json:"admin1,omitempty"`
	// Disputed explains when the point's country is disputed: "Crimea:
	// annexed by Russia in 2014, ...". Empty otherwise.
	Disputed string `json:"disputed,omitempty"`
	// Regions are curated regions whose outline holds the point.
	Regions []*Entry `json:"regions,omitempty"`
}
