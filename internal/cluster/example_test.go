package cluster_test

import (
	"fmt"

	"github.com/geowire/geowire/internal/cluster"
	"github.com/geowire/geowire/internal/model"
)

func ExampleIndex_Near() {
	wire := "Russian forces struck the centre of Kharkiv with guided bombs on Sunday afternoon, killing four people and wounding at least 27, regional governor Oleh Syniehubov said. The bombs hit a residential block and a shopping street near Freedom Square."
	copied := "By Staff Reporter\n\nRussian forces struck the center of Kharkiv with guided bombs on Sunday afternoon, killing four people and wounding at least 27, regional governor Oleh Syniehubov said. The bombs hit a residential block and a shopping street near Freedom Square.\n\nRead more on our site."
	other := "A Russian missile strike on the port of Odesa overnight killed two workers and damaged a grain terminal and a civilian cargo ship, Ukraine's southern military command said on Monday."

	x := cluster.NewIndex(cluster.DuplicateThreshold)
	x.Add("doc-wire", cluster.Signature(wire))
	x.Add("doc-odesa", cluster.Signature(other))
	for _, m := range x.Near(cluster.Signature(copied), cluster.DuplicateThreshold) {
		fmt.Println(m.ID)
	}
	// Output: doc-wire
}

func ExampleMatch() {
	kharkiv := &model.EventLocation{Name: "Kharkiv", Lat: 49.98, Lon: 36.25, GazetteerID: "geonames:706483", Admin1: "UA.07", Precision: 1}
	oblast := &model.EventLocation{Name: "Kharkiv Oblast", Lat: 49.5, Lon: 36.5, GazetteerID: "geonames:706482", Admin1: "UA.07", Precision: 3}
	stored := []model.Event{{ID: "ev-1", DocumentID: "doc-1", Type: model.EventAssault, Mode: "aerial", Location: kharkiv, Date: "2026-03-08", DatePrecision: 1, DateBasis: model.BasisStated}}
	e := model.Event{ID: "ev-2", DocumentID: "doc-2", Type: model.EventAssault, Mode: "heavy-weapons", Location: oblast, Date: "2026-03-08", DatePrecision: 1, DateBasis: model.BasisRelative}

	best, score, why := cluster.Match(e, stored, cluster.Options{})
	fmt.Printf("%s %.2f\n", best.ID, score)
	for _, w := range why {
		fmt.Println(w)
	}
	// Output:
	// ev-1 0.81
	// compatible modes ASSAULT/heavy-weapons and ASSAULT/aerial
	// Kharkiv Oblast and Kharkiv are in one region (UA.07)
	// same date 2026-03-08
	// actors: a country unknown; recipients: a country unknown
	// fatalities unknown in one report
}

func ExampleWindow() {
	e := model.Event{Type: model.EventAssault, Location: &model.EventLocation{Lat: 49.98, Lon: 36.25, Precision: 1}, Date: "2026-03-08", DatePrecision: 1}
	bbox, from, to := cluster.Window(e, cluster.Options{})
	fmt.Printf("[%.2f %.2f %.2f %.2f] %s %s %v\n", bbox[0], bbox[1], bbox[2], bbox[3], from, to, cluster.Types(e))
	// Output: [31.80 47.28 40.70 52.68] 2026-03-01 2026-03-15 [ASSAULT]
}
