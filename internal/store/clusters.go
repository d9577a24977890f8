package store

import (
	"context"
	"time"

	"github.com/geowire/geowire/internal/model"
)

// Clusterer is the store capability behind near-duplicate links and event
// clusters. It is optional: the pipeline type-asserts it, and a backend
// without it simply stores no clusters.
type Clusterer interface {
	// PutSignature stores a document's near-duplicate signature.
	PutSignature(ctx context.Context, docID string, sig []byte) error
	// Signatures calls fn for every stored signature of documents stored
	// since the given time, to rebuild an in-memory index.
	Signatures(ctx context.Context, since time.Time, fn func(docID string, sig []byte) error) error
	// LinkDuplicate records that docID is a near-duplicate of ofID.
	LinkDuplicate(ctx context.Context, docID, ofID string, similarity float64) error
	// AssignClusters puts events (event id → cluster id) in same-event
	// clusters and updates each cluster's first and last seen dates and
	// counts, in one transaction.
	AssignClusters(ctx context.Context, assign map[string]string) error
	// GetCluster returns a cluster, or ErrNotFound.
	GetCluster(ctx context.Context, id string) (Cluster, error)
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
