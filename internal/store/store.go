package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"time"

	"github.com/geowire/geowire/internal/model"
)

// Sentinel errors.
var (
	ErrNotFound = errors.New("store: not found")
	ErrInvalid  = errors.New("store: invalid value")
)

// Store is geowire's durable state. All methods are safe for concurrent use.
type Store interface {
	// PutDocument stores d unless a document with the same canonical URL
	// or the same content hash is already stored. It returns the id of the
	// stored document and whether this call created it. d.ID, when empty,
	// is derived with DocumentID. When it creates the document, its
	// Analysis, cluster assignments and near-duplicate link, if set, are
	// stored in the same transaction: a crash never leaves the document
	// without them.
	PutDocument(ctx context.Context, d *Document) (id string, created bool, err error)
	// GetDocument returns a stored document with its raw bytes.
	GetDocument(ctx context.Context, id string) (*Document, error)
	// FindDocument returns the id of the document stored under the
	// canonical URL or content hash, or ErrNotFound.
	FindDocument(ctx context.Context, canonicalURL, contentHash string) (string, error)
	// ListDocuments returns the ids of stored documents in id order, one
	// page at a time, optionally only those whose analysis is not of a
	// given pipeline version (for reprocessing).
	ListDocuments(ctx context.Context, f DocumentFilter) ([]DocumentVersion, error)
	// SearchDocuments runs a full-text query over titles and bodies.
	SearchDocuments(ctx context.Context, query string, limit int) ([]DocumentHit, error)

	// AddSource stores a source (idempotent on its Kind and Location).
	AddSource(ctx context.Context, s Source) (Source, error)
	ListSources(ctx context.Context) ([]Source, error)
	RemoveSource(ctx context.Context, id int64) error

	// PutAnalysis replaces the analysis of a stored document.
	PutAnalysis(ctx context.Context, documentID string, a *Analysis) error
	// GetAnalysis returns a document's analysis, or ErrNotFound.
	GetAnalysis(ctx context.Context, documentID string) (*Analysis, error)
	// QueryEvents returns one page of events matching f.
	QueryEvents(ctx context.Context, f EventFilter) (EventPage, error)
	// QueryPlaces returns the gazetteer entries documents mention, most
	// mentioned first.
	QueryPlaces(ctx context.Context, f PlaceFilter) ([]PlaceCount, error)

	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// Document is a stored article: the clean model.Document plus the raw
// bytes it was extracted from, so that analysis can be re-run.
type Document struct {
	model.Document
	Raw         []byte
	ContentType string
	// PipelineVersion names the analysis version that produced the
	// stored results, for reprocessing after an upgrade.
	PipelineVersion string
	StoredAt        time.Time
	// Signature is the near-duplicate signature (cluster.Sig), if any;
	// stored with the document by backends that implement Clusterer.
	Signature []byte
	// DuplicateOf, if set, is the earlier document this one nearly
	// duplicates, with their estimated similarity (estimated Jaccard
	// similarity, cluster.Similarity); GetDocument reads both back.
	DuplicateOf         string
	DuplicateSimilarity float64
	// Analysis, if set, is stored with a newly created document (as
	// PutAnalysis). It is never read back into this field.
	Analysis *Analysis
	// Clusters, if set, puts the Analysis's events in same-event clusters
	// (event id → cluster id, as Clusterer.AssignClusters) in the same
	// transaction. It is never read back into this field.
	Clusters map[string]string
	// Assign, if set, decides Clusters inside the transaction that creates
	// the document, before its analysis is written: it is called with a
	// candidate query that sees every committed event and every event
	// written earlier in the same transaction, and its result replaces
	// Clusters. Backends that several processes share first take the
	// locks of ClusterKeys (cluster.Cells of the events' windows) for the
	// rest of the transaction, so that two decisions about one area are
	// never taken at once. Stores without Clusterer ignore both. Which
	// candidate queries Assign makes must depend on the document alone,
	// not on the answers (a store may run it ahead only to learn them).
	Assign      func(ctx context.Context, candidates CandidateQuery) (map[string]string, error)
	ClusterKeys []int32
}

// CandidateQuery is Clusterer.ClusterCandidates inside a transaction.
type CandidateQuery func(ctx context.Context, f EventFilter) ([]Candidate, error)

// DocumentFilter selects documents for ListDocuments.
type DocumentFilter struct {
	// After is the last id of the previous page.
	After string
	// Limit is the page size (default 1,000).
	Limit int
	// NotVersion, if set, keeps only documents whose stored analysis is
	// missing or of another pipeline version.
	NotVersion string
}

// DocumentVersion names a stored document and the version of its analysis.
type DocumentVersion struct {
	ID              string
	PipelineVersion string
	Analyzed        bool
}

// DocumentHit is one full-text search result.
type DocumentHit struct {
	ID      string  `json:"id"`
	Title   string  `json:"title"`
	URL     string  `json:"url"`
	Snippet string  `json:"snippet"`
	Rank    float64 `json:"rank"`
}

// Source kinds.
const (
	SourceFeed    = "feed"
	SourcePage    = "page"
	SourceSitemap = "sitemap"
	SourcePath    = "path"
	SourceWARC    = "warc"
)

// Source is something geowire watches or reads: a feed, a page, a
// sitemap, a local file or folder.
type Source struct {
	ID       int64     `json:"id"`
	Kind     string    `json:"kind"`
	Location string    `json:"location"`
	Title    string    `json:"title,omitempty"`
	AddedAt  time.Time `json:"added_at"`
}

// Stats are the counts `geowire stats` prints.
type Stats struct {
	Documents int64 `json:"documents"`
	Events    int64 `json:"events"`
	Places    int64 `json:"places"`
	Sources   int64 `json:"sources"`
	Clusters  int64 `json:"clusters"`
}

// DocumentID derives a stable document id from its canonical URL, or,
// without one, from its content hash: re-processing the same input gives
// the same id.
func DocumentID(canonicalURL, contentHash string) string {
	key := "url:" + canonicalURL
	if canonicalURL == "" {
		key = "hash:" + contentHash
	}
	sum := sha256.Sum256([]byte(key))
	return "doc_" + hex.EncodeToString(sum[:10])
}
