package sqlite

import (
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

func TestMergeCandidates(t *testing.T) {
	c := func(id, date, cl string) store.Candidate {
		return store.Candidate{Event: model.Event{ID: id, Date: date}, ClusterID: cl}
	}
	ids := func(cs []store.Candidate) string {
		var b strings.Builder
		for _, x := range cs {
			b.WriteString(x.Event.ID + ":" + x.ClusterID + " ")
		}
		return strings.TrimSpace(b.String())
	}
	before := []store.Candidate{c("b", "2025-06-03", "cl1"), c("a", "2025-06-01", "")}
	since := []store.Candidate{c("a", "2025-06-01", "cl2"), c("c", "2025-06-02", "cl2")}
	if got := ids(mergeCandidates(before, since, 10)); got != "b:cl1 c:cl2 a:cl2" {
		t.Errorf("merge = %s, want newest first, the newer row of a", got)
	}
	if got := ids(mergeCandidates(before, since, 2)); got != "b:cl1 c:cl2" {
		t.Errorf("merge with limit 2 = %s", got)
	}
	if got := ids(mergeCandidates(before, nil, 1)); got != "b:cl1 a:" {
		t.Errorf("nothing since: %s, want the read-ahead list as it was", got)
	}
	if k1, k2 := filterKey(store.EventFilter{From: "a", Types: []string{"X"}}), filterKey(store.EventFilter{From: "a", Types: []string{"Y"}}); k1 == k2 {
		t.Errorf("two filters share the key %q", k1)
	}
}
