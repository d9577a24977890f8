package cluster

import (
	"fmt"
	"hash/fnv"

	"github.com/geowire/geowire/internal/model"
)

// ClusterID returns the id of the cluster seed starts: "cl-" and 16 hex
// digits derived from the seed's event id, so processing the same input
// in the same order gives the same ids. A seed without an id is named by
// its type, date and place instead.
func ClusterID(seed model.Event) string {
	h := fnv.New64a()
	if seed.ID != "" {
		fmt.Fprintf(h, "event|%s", seed.ID)
	} else {
		fmt.Fprintf(h, "fields|%s|%s|%s", seed.Type, seed.Mode, seed.Date)
		if l := seed.Location; l != nil {
			fmt.Fprintf(h, "|%.4f|%.4f|%s", l.Lat, l.Lon, l.GazetteerID)
		}
	}
	return fmt.Sprintf("cl-%016x", h.Sum64())
}
