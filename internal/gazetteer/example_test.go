package gazetteer_test

import (
	"context"
	"fmt"
	"os"

	"github.com/geowire/geowire/internal/config"
	"github.com/geowire/geowire/internal/gazetteer"
)

// Open the gazetteer (building it on first use), resolve a name and
// measure how far the place lies from a border.
func Example() {
	dir, _ := config.DataDir(os.Getenv)
	g, err := gazetteer.Ensure(context.Background(), dir, os.Stderr)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer g.Close()

	best := g.Lookup("Belaya Air Base")[0]
	fmt.Println(best.Name, best.Code, best.Admin1Code, best.Admin1Name)

	w := g.WhereIs(best.Lat, best.Lon)
	fmt.Println(w.Country.Name)

	km, _ := g.DistanceToBorderKm(best.Lat, best.Lon, "MN")
	fmt.Printf("%.0f km to Mongolia\n", km)

	fmt.Println(g.Demonym("Lithuanian"), g.Best("Kiev").Name)
	// Output:
	// Belaya Air Base UIIB RU.20 Irkutsk Oblast
	// Russia
	// 200 km to Mongolia
	// LT Kyiv
}
