package export

import (
	"bufio"
	"encoding/json"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// jsonlWriter writes one complete event per line: every field of
// model.Event, its cluster and its source document.
type jsonlWriter struct {
	enc     *json.Encoder
	sources *sourceCache
}

// Record is one JSONL line.
type Record struct {
	model.Event
	Cluster string `json:"cluster"`
	// Source is the document this record of the event comes from;
	// Sources every document of its cluster.
	Source  Source   `json:"source"`
	Sources []Source `json:"sources"`
}

func (j *jsonlWriter) begin(w *bufio.Writer) error {
	j.enc = json.NewEncoder(w)
	return nil
}

func (j *jsonlWriter) row(w *bufio.Writer, r *store.EventRow) error {
	srcs, err := j.sources.of(r)
	if err != nil {
		return err
	}
	return j.enc.Encode(Record{Event: r.Event, Cluster: r.Ref.ClusterID, Source: sourceOf(r.Ref.Document), Sources: srcs})
}

func (j *jsonlWriter) end(w *bufio.Writer) error { return nil }
