package store

import (
	"context"
	"encoding/json"
	"time"

	"github.com/geowire/geowire/internal/model"
)

// Clusterer is the store capability behind near-duplicate links and event
// clusters. It is optional: the pipeline type-asserts it, and a backend
// without it simply stores no clusters.
type Clusterer interface {
	// Signatures calls fn for every stored signature of documents stored
	// since the given time, to rebuild an in-memory index.
	Signatures(ctx context.Context, since time.Time, fn func(docID string, sig []byte) error) error
	// AssignClusters puts events (event id → cluster id) in same-event
	// clusters and updates each cluster's first and last seen dates and
	// counts, in one transaction.
	AssignClusters(ctx context.Context, assign map[string]string) error
	// GetCluster returns a cluster, or ErrNotFound.
	GetCluster(ctx context.Context, id string) (Cluster, error)
	// ClusterCandidates returns the asserted events in f's window (BBox,
	// From, To, Types; the other fields are ignored), newest first, at
	// most f.Limit (default 200), each with its cluster and the fields
	// that matching reads (see DecodeCandidate).
	ClusterCandidates(ctx context.Context, f EventFilter) ([]Candidate, error)
}

// ClusterLocker is implemented by stores that several processes share
// (PostgreSQL). WithClusterLock runs fn while holding, across all of
// them, the locks of the given area keys (cluster.Cells), so that two
// workers never look for the cluster of events in one area at once and
// start two clusters for one event. A pipeline on a store without it is
// the store's only writer and serialises clustering itself.
type ClusterLocker interface {
	WithClusterLock(ctx context.Context, keys []int32, fn func(context.Context) error) error
}

// Candidate is a stored event that may report the same real-world event
// as a new one, and the cluster it is in ("" for none).
type Candidate struct {
	Event     model.Event
	ClusterID string
}

// candidateJSON is the part of an event's stored JSON that clustering
// reads; decoding only it skips evidence, spans, quantities and reasons.
type candidateJSON struct {
	ID            string          `json:"id"`
	DocumentID    string          `json:"document_id"`
	Type          string          `json:"type"`
	Mode          string          `json:"mode"`
	Aux           model.Aux       `json:"aux"`
	Actor         *candidateActor `json:"actor"`
	Recipient     *candidateActor `json:"recipient"`
	Location      *candidatePlace `json:"location"`
	Date          string          `json:"date"`
	DatePrecision int             `json:"date_precision"`
	DateBasis     string          `json:"date_basis"`
	Fatalities    *int            `json:"fatalities"`
}

type candidateActor struct {
	Name    string `json:"name"`
	Country string `json:"country"`
	Sector  string `json:"sector"`
}

type candidatePlace struct {
	Name        string  `json:"name"`
	Lat         float64 `json:"lat"`
	Lon         float64 `json:"lon"`
	GeonameID   *int64  `json:"geonameid"`
	GazetteerID string  `json:"gazetteer_id"`
	CountryCode string  `json:"country_code"`
	Admin1      string  `json:"admin1"`
	Precision   int     `json:"precision"`
}

// DecodeCandidate decodes the fields of an event's stored JSON (as
// json.Marshal of a model.Event) that cluster matching reads: id,
// document, type, mode, aux, actor and recipient (name, country,
// sector), location (without its span), date with precision and basis,
// and fatalities. The rest of the event is left zero.
func DecodeCandidate(body []byte) (model.Event, error) {
	var c candidateJSON
	if err := json.Unmarshal(body, &c); err != nil {
		return model.Event{}, err
	}
	e := model.Event{ID: c.ID, DocumentID: c.DocumentID, Type: c.Type, Mode: c.Mode, Aux: c.Aux,
		Date: c.Date, DatePrecision: c.DatePrecision, DateBasis: c.DateBasis, Fatalities: c.Fatalities}
	if a := c.Actor; a != nil {
		e.Actor = &model.Actor{Name: a.Name, Country: a.Country, Sector: a.Sector}
	}
	if a := c.Recipient; a != nil {
		e.Recipient = &model.Actor{Name: a.Name, Country: a.Country, Sector: a.Sector}
	}
	if l := c.Location; l != nil {
		e.Location = &model.EventLocation{Name: l.Name, Lat: l.Lat, Lon: l.Lon, GeonameID: l.GeonameID, GazetteerID: l.GazetteerID,
			CountryCode: l.CountryCode, Admin1: l.Admin1, Precision: l.Precision}
	}
	return e, nil
}

// CandidateOf returns the part of e that DecodeCandidate decodes from
// e's stored JSON, without the round trip: what a store that keeps its
// candidates in memory holds. The result shares no memory with e.
func CandidateOf(e model.Event) model.Event {
	c := model.Event{ID: e.ID, DocumentID: e.DocumentID, Type: e.Type, Mode: e.Mode, Aux: e.Aux,
		Date: e.Date, DatePrecision: e.DatePrecision, DateBasis: e.DateBasis}
	if e.Fatalities != nil {
		n := *e.Fatalities
		c.Fatalities = &n
	}
	if a := e.Actor; a != nil {
		c.Actor = &model.Actor{Name: a.Name, Country: a.Country, Sector: a.Sector}
	}
	if a := e.Recipient; a != nil {
		c.Recipient = &model.Actor{Name: a.Name, Country: a.Country, Sector: a.Sector}
	}
	if l := e.Location; l != nil {
		c.Location = &model.EventLocation{Name: l.Name, Lat: l.Lat, Lon: l.Lon, GazetteerID: l.GazetteerID,
			CountryCode: l.CountryCode, Admin1: l.Admin1, Precision: l.Precision}
		if l.GeonameID != nil {
			id := *l.GeonameID
			c.Location.GeonameID = &id
		}
	}
	return c
}

// Cluster is a group of events that report the same real-world event.
type Cluster struct {
	ID        string   `json:"id"`
	Events    []string `json:"events"`
	Documents []string `json:"documents"`
	FirstSeen string   `json:"first_seen"`
	LastSeen  string   `json:"last_seen"`
}

// ClaimsReader reads one document's checked claims without the rest of
// its analysis (exports join them to each event).
type ClaimsReader interface {
	DocumentClaims(ctx context.Context, documentID string) ([]model.Claim, error)
}
