package natsq

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/geowire/geowire/internal/ingest"
)

// FetchJob asks a worker to fetch one article (a link a feed or sitemap
// listed) and put it through the pipeline; its id is the canonical URL.
type FetchJob = ingest.Link

// analyzeJob is the wire form of an analysis job: the raw document with
// its body, inline or, when large, in the object store under BodyRef.
type analyzeJob struct {
	ingest.RawDocument
	Body    []byte `json:"body,omitempty"`
	BodyRef string `json:"body_ref,omitempty"`
}

// HostKey is the short hash of a host used in fetch subjects and as the
// host's key in the politeness bucket.
func HostKey(host string) string {
	h := sha256.Sum256([]byte(strings.ToLower(host)))
	return hex.EncodeToString(h[:8])
}

// PublishFetch publishes a fetch job, deduplicated by its canonical URL
// within the Duplicates window. It reports whether the job was new.
func (q *Queue) PublishFetch(ctx context.Context, j FetchJob) (bool, error) {
	if j.CanonicalURL == "" {
		c, err := ingest.CanonicalURL(j.URL)
		if err != nil {
			return false, fmt.Errorf("natsq: fetch job %q: %w", j.URL, err)
		}
		j.CanonicalURL = c
	}
	u, err := url.Parse(j.CanonicalURL)
	if err != nil {
		return false, fmt.Errorf("natsq: fetch job %q: %w", j.URL, err)
	}
	data, err := json.Marshal(j)
	if err != nil {
		return false, fmt.Errorf("natsq: encode fetch job: %w", err)
	}
	return q.publish(ctx, q.subj+".fetch."+HostKey(u.Hostname()), "fetch:"+j.CanonicalURL, data, nil)
}

// PublishAnalyze publishes an analysis job carrying raw, deduplicated by
// its canonical URL (else its content hash) within the Duplicates window.
// A body larger than MaxInline goes to the object store. It reports
// whether the job was new.
func (q *Queue) PublishAnalyze(ctx context.Context, raw ingest.RawDocument) (bool, error) {
	if raw.ContentHash == "" {
		raw.ContentHash = ingest.ContentHash(string(raw.Body))
	}
	id := "analyze:" + raw.ContentHash
	if raw.CanonicalURL != "" {
		id = "analyze:" + raw.CanonicalURL
	}
	j := analyzeJob{RawDocument: raw, Body: raw.Body}
	if len(raw.Body) > q.cfg.MaxInline {
		// Keyed by the job id, not the content: two jobs with one body
		// must not delete each other's copy.
		sum := sha256.Sum256([]byte(id))
		j.Body, j.BodyRef = nil, "body-"+hex.EncodeToString(sum[:16])
		if _, err := q.bodies.PutBytes(ctx, j.BodyRef, raw.Body); err != nil {
			return false, fmt.Errorf("natsq: store body of %s: %w", raw.URL, err)
		}
	}
	data, err := json.Marshal(j)
	if err != nil {
		return false, fmt.Errorf("natsq: encode analysis job: %w", err)
	}
	return q.publish(ctx, q.subj+".analyze", id, data, nil)
}

// PublishRaw publishes data as it is on a kind's subject (tests publish
// poison with it).
func (q *Queue) PublishRaw(ctx context.Context, k Kind, id string, data []byte) (bool, error) {
	subj := q.subj + "." + string(k)
	if k == Fetch {
		subj += "._"
	}
	return q.publish(ctx, subj, id, data, nil)
}

func (q *Queue) publish(ctx context.Context, subj, id string, data []byte, h nats.Header) (bool, error) {
	m := &nats.Msg{Subject: subj, Data: data, Header: h}
	ack, err := q.js.PublishMsg(ctx, m, jetstream.WithMsgID(id))
	if err != nil {
		return false, fmt.Errorf("natsq: publish %s: %w", id, err)
	}
	return !ack.Duplicate, nil
}

// decodeFetch decodes a fetch job.
func decodeFetch(data []byte) (FetchJob, error) {
	var j FetchJob
	if err := strictJSON(data, &j); err != nil {
		return j, Permanent(fmt.Errorf("decode fetch job: %w", err))
	}
	if j.URL == "" {
		return j, Permanent(errors.New("decode fetch job: no url"))
	}
	return j, nil
}

// decodeAnalyze decodes an analysis job, reading its body from the object
// store when it is there.
func (q *Queue) decodeAnalyze(ctx context.Context, data []byte) (ingest.RawDocument, error) {
	var j analyzeJob
	if err := strictJSON(data, &j); err != nil {
		return ingest.RawDocument{}, Permanent(fmt.Errorf("decode analysis job: %w", err))
	}
	raw := j.RawDocument
	raw.Body = j.Body
	if j.BodyRef != "" {
		b, err := q.bodies.GetBytes(ctx, j.BodyRef)
		switch {
		case errors.Is(err, jetstream.ErrObjectNotFound):
			return raw, Permanent(fmt.Errorf("analysis job %s: body %s is gone", raw.URL, j.BodyRef))
		case err != nil:
			return raw, fmt.Errorf("analysis job %s: body: %w", raw.URL, err)
		}
		raw.Body = b
	}
	if len(raw.Body) == 0 {
		return raw, Permanent(fmt.Errorf("analysis job %q: no body", raw.URL))
	}
	return raw, nil
}

// dropBody removes an analysis job's out-of-line body once the job is
// done; failures only leave it to the bucket's TTL.
func (q *Queue) dropBody(ctx context.Context, data []byte) {
	if !bytes.Contains(data, []byte(`"body_ref"`)) {
		return
	}
	var j analyzeJob
	if json.Unmarshal(data, &j) == nil && j.BodyRef != "" {
		_ = q.bodies.Delete(ctx, j.BodyRef)
	}
}

func strictJSON(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data")
	}
	return nil
}
