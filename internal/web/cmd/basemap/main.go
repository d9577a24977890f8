// Command basemap writes the map UI's offline basemap (Natural Earth
// country and admin-1 outlines) into a directory; `make web` runs it.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/geowire/geowire/internal/web/basemap"
)

func main() {
	out := flag.String("out", "internal/web/static/dist/basemap", "output `DIR`")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "basemap:", err)
		os.Exit(1)
	}
	for _, l := range basemap.Layers {
		path := filepath.Join(*out, l.Name+".geojson")
		f, err := os.Create(path)
		if err == nil {
			err = basemap.Write(f, l)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "basemap:", err)
			os.Exit(1)
		}
		st, _ := os.Stat(path)
		fmt.Fprintf(os.Stderr, "basemap: %s (%d KiB)\n", path, st.Size()>>10)
	}
}
