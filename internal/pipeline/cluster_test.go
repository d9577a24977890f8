package pipeline

import (
	"context"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/gazetteer/gazetteertest"
	"github.com/geowire/geowire/internal/ingest"
	"github.com/geowire/geowire/internal/store"
)

// Three outlets report one missile strike on Kharkiv (one copy syndicated
// with small edits); a fourth reports a protest in Lviv the same day.
var clusterReports = []struct{ url, text string }{
	{"https://wire-a.example/kharkiv", "Missile Strike Hits Kharkiv\n\nRussian missiles struck an industrial site in Kharkiv on 3 March 2025, killing four people and wounding 11 others, the regional governor said. Firefighters worked through the night to put out the blaze, and several nearby homes were damaged by the blast wave. Residents said they heard at least three explosions shortly before dawn."},
	{"https://paper-b.example/world/kharkiv-strike", "Deadly Strike on Kharkiv\n\nRussian missiles struck an industrial site in Kharkiv on 3 March 2025, killing four people and wounding 11 others, the regional governor said on Monday. Firefighters worked through the night to put out the blaze, and several nearby homes were damaged by the blast wave. Residents said they heard at least three explosions shortly before dawn."},
	{"https://radio-c.example/news/77", "Four Killed in Kharkiv\n\nFour people were killed when Russian forces shelled an industrial area of Kharkiv on 3 March 2025, Ukrainian officials said. Eleven were injured in the attack on the city, Ukraine's second largest."},
	{"https://wire-a.example/lviv", "Rally in Lviv\n\nThousands of people marched peacefully through the centre of Lviv on 3 March 2025 to demand the release of prisoners of war, local media reported. The organisers said the rally would be repeated every week."},
}

func TestClusteringAcrossSources(t *testing.T) {
	ctx := context.Background()
	an, err := NewAnalyzer(gazetteertest.Open(t))
	if err != nil {
		t.Fatal(err)
	}
	st := openStore(t)
	p, err := New(Config{Store: st, Analyzer: an})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	var dupOf []string
	for _, r := range clusterReports {
		res, err := p.Process(ctx, ingest.RawDocument{URL: r.url, CanonicalURL: r.url, Body: []byte(r.text), ContentType: "text/plain", FetchedAt: time.Now()})
		if err != nil || res.Err != nil || !res.Created {
			t.Fatalf("Process(%s) = %+v, %v", r.url, res, err)
		}
		ids = append(ids, res.ID)
		dupOf = append(dupOf, res.DuplicateOf)
	}
	if dupOf[1] != ids[0] {
		t.Errorf("the syndicated copy is not linked to the original: %q", dupOf[1])
	}
	if dupOf[2] != "" || dupOf[3] != "" {
		t.Errorf("different stories linked as duplicates: %q", dupOf)
	}
	clusterOf := func(docID string) string {
		page, err := st.QueryEvents(ctx, store.EventFilter{DocumentID: docID, Types: []string{"ASSAULT"}})
		if err != nil || len(page.Events) == 0 {
			t.Fatalf("no ASSAULT event for %s: %v", docID, err)
		}
		return page.Refs[0].ClusterID
	}
	c0, c1, c2 := clusterOf(ids[0]), clusterOf(ids[1]), clusterOf(ids[2])
	if c0 == "" || c0 != c1 || c0 != c2 {
		t.Fatalf("the three strike reports are in clusters %q, %q, %q: want one", c0, c1, c2)
	}
	cl, err := st.(store.Clusterer).GetCluster(ctx, c0)
	if err != nil || len(cl.Documents) != 3 {
		t.Fatalf("cluster %s: %+v, %v", c0, cl, err)
	}
	page, _ := st.QueryEvents(ctx, store.EventFilter{DocumentID: ids[3]})
	for i, e := range page.Events {
		if page.Refs[i].ClusterID == c0 {
			t.Fatalf("the Lviv event %s joined the Kharkiv cluster", e.ID)
		}
	}
}
