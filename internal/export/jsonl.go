package export

import (
	"bufio"
	"encoding/json"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// jsonlWriter writes one complete event per line: every field of
// model.Event, its cluster and its source document.
type jsonlWriter struct{ enc *json.Encoder }

// Record is one JSONL line.
type Record struct {
	model.Event
	Cluster string `json:"cluster"`
	Source  Source `json:"source"`
}

func (j *jsonlWriter) begin(w *bufio.Writer) error {
	j.enc = json.NewEncoder(w)
	return nil
}

func (j *jsonlWriter) row(w *bufio.Writer, r *store.EventRow) error {
	return j.enc.Encode(Record{Event: r.Event, Cluster: r.Ref.ClusterID, Source: sourceOf(r.Ref.Document)})
}

func (j *jsonlWriter) end(w *bufio.Writer) error { return nil }
