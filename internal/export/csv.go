package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"github.com/geowire/geowire/internal/store"
)

// Columns are the CSV header: ACLED's columns in ACLED's order, then
// geowire's own.
var Columns = []string{
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
	"actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
	"iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
	"source", "source_scale", "notes", "fatalities", "tags", "timestamp",
	// geowire's own
	"plover_type", "plover_mode", "confidence", "evidence", "claims", "url", "document_id", "cluster", "country_code", "admin1_code",
}

type csvWriter struct {
	names   Names
	claims  *claimCache
	sources *sourceCache
	cw      *csv.Writer
	rec     []string
}

func (c *csvWriter) begin(w *bufio.Writer) error {
	c.cw = csv.NewWriter(w)
	c.rec = make([]string, len(Columns))
	return c.cw.Write(Columns)
}

func (c *csvWriter) end(w *bufio.Writer) error {
	c.cw.Flush()
	return c.cw.Error()
}

func (c *csvWriter) row(w *bufio.Writer, r *store.EventRow) error {
	e := &r.Event
	rec := c.rec
	clear(rec)
	set := func(col string, v string) { rec[colIndex[col]] = safeCell(v) }
	set("event_id_cnty", e.ID)
	set("event_date", e.Date)
	if len(e.Date) >= 4 {
		set("year", e.Date[:4])
	}
	set("time_precision", itoa0(e.DatePrecision))
	set("disorder_type", disorderType(e.ACLEDEventType))
	set("event_type", e.ACLEDEventType)
	set("sub_event_type", e.ACLEDSubEventType)
	var inter1, inter2 string
	if a := e.Actor; a != nil {
		set("actor1", a.Name)
		inter1 = interCode(a.Sector)
		set("inter1", inter1)
	}
	if a := e.Recipient; a != nil {
		set("actor2", a.Name)
		inter2 = interCode(a.Sector)
		set("inter2", inter2)
		if a.Sector == "civilians" {
			set("civilian_targeting", "Civilian targeting")
		}
	}
	if inter1 != "" {
		if inter2 != "" {
			set("interaction", inter1+"-"+inter2)
		} else {
			set("interaction", inter1+" only")
		}
	}
	if l := e.Location; l != nil {
		set("iso", lookupCountry(l.CountryCode).ISO)
		set("country", orCode(c.names.CountryName(l.CountryCode), l.CountryCode))
		set("admin1", orCode(c.names.Admin1Name(l.Admin1), l.Admin1))
		set("location", l.Name)
		set("latitude", strconv.FormatFloat(l.Lat, 'f', 4, 64))
		set("longitude", strconv.FormatFloat(l.Lon, 'f', 4, 64))
		set("geo_precision", itoa0(l.Precision))
		set("country_code", l.CountryCode)
		set("admin1_code", l.Admin1)
	}
	d := r.Ref.Document
	srcs, err := c.sources.of(r)
	if err != nil {
		return err
	}
	set("source", sourceNames(srcs))
	set("notes", notes(r))
	fat := 0
	if e.Fatalities != nil {
		fat = *e.Fatalities
	}
	set("fatalities", strconv.Itoa(fat))
	set("tags", tags(r))
	if d.Published != nil {
		set("timestamp", strconv.FormatInt(d.Published.Unix(), 10))
	}
	set("plover_type", e.Type)
	set("plover_mode", e.Mode)
	set("confidence", strconv.FormatFloat(e.Confidence, 'f', -1, 64))
	set("evidence", evidence(r))
	cl, err := c.claims.summary(e.DocumentID)
	if err != nil {
		return err
	}
	set("claims", cl)
	set("url", d.URL)
	set("document_id", e.DocumentID)
	set("cluster", r.Ref.ClusterID)
	return c.cw.Write(rec)
}

var colIndex = func() map[string]int {
	m := make(map[string]int, len(Columns))
	for i, c := range Columns {
		m[c] = i
	}
	return m
}()

func itoa0(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func orCode(name, code string) string {
	if name != "" {
		return name
	}
	return code
}

// disorderType is ACLED's disorder type of an ACLED event type.
func disorderType(eventType string) string {
	switch eventType {
	case "Battles", "Explosions/Remote violence", "Violence against civilians":
		return "Political violence"
	case "Protests", "Riots":
		return "Demonstrations"
	case "Strategic developments":
		return "Strategic developments"
	}
	return ""
}

// interCode is ACLED's actor type (inter1, inter2) of an actor sector.
func interCode(sector string) string {
	switch sector {
	case "military", "police", "government", "intelligence":
		return "State forces"
	case "rebels":
		return "Rebel group"
	case "militia":
		return "Political militia"
	case "protesters":
		return "Protesters"
	case "civilians", "media":
		return "Civilians"
	case "igo", "business":
		return "External/Other forces"
	}
	return ""
}

// notes is a one-line summary in ACLED's manner: "On 2025-06-01, Ukraine
// (ASSAULT, aerial) against Russia at Belaya Air Base. [Title]".
func notes(r *store.EventRow) string {
	e := &r.Event
	var b strings.Builder
	if e.Date != "" {
		fmt.Fprintf(&b, "On %s, ", e.Date)
	}
	if e.Actor != nil {
		b.WriteString(e.Actor.Name)
		b.WriteByte(' ')
	}
	b.WriteString("(" + e.Type)
	if e.Mode != "" {
		b.WriteString(", " + e.Mode)
	}
	b.WriteString(")")
	if e.Recipient != nil {
		b.WriteString(" against " + e.Recipient.Name)
	}
	if e.Location != nil {
		b.WriteString(" at " + e.Location.Name)
	}
	b.WriteByte('.')
	if t := r.Ref.Document.Title; t != "" {
		b.WriteString(" [" + t + "]")
	}
	return b.String()
}

// safeCell defuses spreadsheet formula injection: a cell from article
// text that starts with =, +, - or @ (and is not a number) gets a leading
// apostrophe, as OWASP recommends.
func safeCell(v string) string {
	if v == "" {
		return v
	}
	switch v[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if _, err := strconv.ParseFloat(v, 64); err == nil {
			return v
		}
		return "'" + v
	}
	return v
}
