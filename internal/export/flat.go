package export

import (
	"sort"
	"strconv"
	"strings"

	"github.com/geowire/geowire/internal/store"
)

// Properties are an event's flat fields: the GeoJSON properties, one
// value per key so that GIS tools show them as columns. Coordinates are
// in the geometry, not here.
type Properties struct {
	ID                string   `json:"id"`
	DocumentID        string   `json:"document_id"`
	Type              string   `json:"type"`
	Mode              string   `json:"mode"`
	Context           string   `json:"context"`
	ACLEDEventType    string   `json:"acled_event_type"`
	ACLEDSubEventType string   `json:"acled_sub_event_type"`
	Actor             string   `json:"actor"`
	ActorCountry      string   `json:"actor_country"`
	ActorSector       string   `json:"actor_sector"`
	Recipient         string   `json:"recipient"`
	RecipientCountry  string   `json:"recipient_country"`
	RecipientSector   string   `json:"recipient_sector"`
	Location          string   `json:"location"`
	CountryCode       string   `json:"country_code"`
	Admin1            string   `json:"admin1"`
	GeonameID         *int64   `json:"geonameid"`
	GeoPrecision      int      `json:"geo_precision"`
	Date              string   `json:"date"`
	DatePrecision     int      `json:"date_precision"`
	DateBasis         string   `json:"date_basis"`
	Fatalities        *int     `json:"fatalities"`
	Confidence        float64  `json:"confidence"`
	Tags              string   `json:"tags"`
	Evidence          string   `json:"evidence"`
	Sources           []Source `json:"sources"`
	Cluster           string   `json:"cluster"`
}

// Source is a document that reports an event.
type Source struct {
	DocumentID string `json:"document_id"`
	Source     string `json:"source"`
	Title      string `json:"title"`
	URL        string `json:"url"`
	Published  string `json:"published,omitempty"`
}

func sourceOf(ref store.DocumentRef) Source {
	s := Source{DocumentID: ref.ID, Source: ref.Source, Title: ref.Title, URL: ref.URL}
	if ref.Published != nil {
		s.Published = ref.Published.UTC().Format("2006-01-02T15:04:05Z")
	}
	return s
}

// Flatten returns the flat properties of r.
func Flatten(r *store.EventRow) Properties {
	e := &r.Event
	p := Properties{
		ID: e.ID, DocumentID: e.DocumentID, Type: e.Type, Mode: e.Mode, Context: strings.Join(e.Context, ";"),
		ACLEDEventType: e.ACLEDEventType, ACLEDSubEventType: e.ACLEDSubEventType,
		Date: e.Date, DatePrecision: e.DatePrecision, DateBasis: e.DateBasis, Fatalities: e.Fatalities,
		Confidence: e.Confidence, Tags: tags(r), Evidence: evidence(r),
		Sources: []Source{sourceOf(r.Ref.Document)}, Cluster: r.Ref.ClusterID,
	}
	if a := e.Actor; a != nil {
		p.Actor, p.ActorCountry, p.ActorSector = a.Name, a.Country, a.Sector
	}
	if a := e.Recipient; a != nil {
		p.Recipient, p.RecipientCountry, p.RecipientSector = a.Name, a.Country, a.Sector
	}
	if l := e.Location; l != nil {
		p.Location, p.CountryCode, p.Admin1, p.GeonameID, p.GeoPrecision = l.Name, l.CountryCode, l.Admin1, l.GeonameID, l.Precision
	}
	return p
}

// tags lists the event's qualifiers ("alleged;historical").
func tags(r *store.EventRow) string {
	a := r.Event.Aux
	var t []string
	for _, f := range []struct {
		on   bool
		name string
	}{{a.Negated, "negated"}, {a.Hypothetical, "hypothetical"}, {a.Future, "future"}, {a.Historical, "historical"}, {a.Alleged, "alleged"}} {
		if f.on {
			t = append(t, f.name)
		}
	}
	return strings.Join(t, ";")
}

// evidence writes the evidence spans compactly: "actor:0-7;trigger:10-15",
// fields sorted, code-point offsets into the document text ("@e2" marks a
// span in embed 2).
func evidence(r *store.EventRow) string {
	ev := r.Event.Evidence
	keys := make([]string, 0, len(ev))
	for k := range ev {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		s := ev[k]
		if i > 0 {
			b.WriteByte(';')
		}
		b.WriteString(k)
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(s.Start))
		b.WriteByte('-')
		b.WriteString(strconv.Itoa(s.End))
		if s.Embed != nil {
			b.WriteString("@e")
			b.WriteString(strconv.Itoa(*s.Embed))
		}
	}
	return b.String()
}
