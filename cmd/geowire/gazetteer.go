package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/geowire/geowire/internal/gazetteer"
)

func init() {
	register(command{name: "gazetteer", summary: "build, import and query the gazetteer of places", run: runGazetteer})
}

const gazetteerAbout = `Subcommands:
  build                     build the gazetteer from public data packages (npm pack
                            fetches missing ones into DATA_DIR/npm)
  import --geonames FILE    build it from a full GeoNames dump (allCountries.zip or .txt)
         [--alternate-names FILE]  plus alternateNamesV2.zip or .txt
  lookup NAME               list the places a name may refer to, best first
  where LAT LON             say which country and division hold a point, and how far
                            it lies from the borders of the country and its neighbours

The gazetteer lives in DATA_DIR/` + gazetteer.FileName + `; lookup and where build it when
it is missing. Data: GeoNames (CC BY 4.0), OurAirports (public domain), Natural Earth
(public domain), world-countries (ODbL 1.0).`

func runGazetteer(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintf(e.stderr, "Usage: geowire gazetteer SUBCOMMAND [flags] [args]\n\n%s\n", gazetteerAbout)
		if len(args) == 0 {
			return fmt.Errorf("%w: missing subcommand", errUsage)
		}
		return nil
	}
	switch args[0] {
	case "build":
		return gazetteerBuild(ctx, e, args[1:], false)
	case "import":
		return gazetteerBuild(ctx, e, args[1:], true)
	case "lookup":
		return gazetteerLookup(ctx, e, args[1:])
	case "where":
		return gazetteerWhere(ctx, e, args[1:])
	}
	return fmt.Errorf("%w: unknown subcommand %q (build, import, lookup, where)", errUsage, args[0])
}

func gazetteerBuild(ctx context.Context, e *env, args []string, dump bool) error {
	name, syn, about := "gazetteer build", "[--data-dir DIR]", "Build the gazetteer from the npm data packages and Natural Earth (embedded)."
	if dump {
		name, syn, about = "gazetteer import", "--geonames FILE [--alternate-names FILE] [--data-dir DIR]",
			"Build the gazetteer from a full GeoNames dump instead of the cities500 package."
	}
	fs := newFlags(e, name, syn, about)
	dataDir := fs.String("data-dir", e.cfg.DataDir, "data directory (env GEOWIRE_DATA_DIR)")
	out := fs.String("out", "", "file to write (default DATA_DIR/"+gazetteer.FileName+")")
	var gn, alt *string
	if dump {
		gn = fs.String("geonames", "", "GeoNames dump: allCountries.zip or .txt (required)")
		alt = fs.String("alternate-names", "", "GeoNames alternateNamesV2.zip or .txt")
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, pos[0])
	}
	o := gazetteer.BuildOptions{DataDir: *dataDir, Out: *out, Log: e.stderr}
	if dump {
		if *gn == "" {
			return fmt.Errorf("%w: --geonames FILE is required", errUsage)
		}
		o.GeoNames, o.AlternateNames = *gn, *alt
	}
	st, err := gazetteer.Build(ctx, o)
	if err != nil {
		return err
	}
	if o.Out == "" {
		o.Out = gazetteer.Path(*dataDir)
	}
	fmt.Fprintf(e.stdout, "built %s: %d entries, %d names, %d shapes, %d points, %.1f MB in %v\n",
		o.Out, st.Entries, st.Names, st.Shapes, st.Points, float64(st.Bytes)/1e6, st.Took.Round(1e7))
	return nil
}

func openGazetteer(ctx context.Context, e *env, dataDir string) (*gazetteer.Gazetteer, error) {
	return gazetteer.Ensure(ctx, dataDir, e.stderr)
}

func gazetteerLookup(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "gazetteer lookup", "NAME... [--json] [--limit N]",
		"List the gazetteer entries a name may refer to, best first. Several arguments are joined with spaces.")
	dataDir := fs.String("data-dir", e.cfg.DataDir, "data directory (env GEOWIRE_DATA_DIR)")
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 10, "at most N candidates (0: all)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return fmt.Errorf("%w: missing NAME", errUsage)
	}
	g, err := openGazetteer(ctx, e, *dataDir)
	if err != nil {
		return err
	}
	defer g.Close()
	name := strings.Join(pos, " ")
	cs := g.Lookup(name)
	if *limit > 0 && len(cs) > *limit {
		cs = cs[:*limit]
	}
	if *asJSON {
		type out struct {
			Query      string                `json:"query"`
			Candidates []gazetteer.Candidate `json:"candidates"`
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if cs == nil {
			cs = []gazetteer.Candidate{}
		}
		return enc.Encode(out{name, cs})
	}
	if len(cs) == 0 {
		fmt.Fprintf(e.stdout, "no place named %q\n", name)
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SCORE\tMATCH\tID\tNAME\tKIND\tCODE\tCOUNTRY\tADMIN1\tLAT\tLON\tPOPULATION")
	for _, c := range cs {
		fmt.Fprintf(tw, "%.2f\t%s\t%s\t%s\t%s/%s\t%s\t%s\t%s %s\t%.5f\t%.5f\t%d\n", c.Score, c.Match, c.ID, c.Name,
			c.Kind, c.FeatureCode, c.Code, c.CountryCode, c.Admin1Code, c.Admin1Name, c.Lat, c.Lon, c.Population)
	}
	return tw.Flush()
}

func gazetteerWhere(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "gazetteer where", "LAT LON [--json] [--border ISO2]",
		"Say which country and first-order division hold a point (WGS 84 degrees), whether it is\n"+
			"disputed, and the distance in km to the border of that country and its neighbours.")
	dataDir := fs.String("data-dir", e.cfg.DataDir, "data directory (env GEOWIRE_DATA_DIR)")
	asJSON := fs.Bool("json", false, "print JSON")
	border := fs.String("border", "", "also give the distance to this country's border (comma-separated ISO alpha-2 codes)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return fmt.Errorf("%w: want LAT LON", errUsage)
	}
	lat, err1 := strconv.ParseFloat(strings.TrimSuffix(pos[0], ","), 64)
	lon, err2 := strconv.ParseFloat(pos[1], 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		return fmt.Errorf("%w: %q %q: want decimal degrees, latitude -90..90, longitude -180..180", errUsage, pos[0], pos[1])
	}
	g, err := openGazetteer(ctx, e, *dataDir)
	if err != nil {
		return err
	}
	defer g.Close()
	w := g.WhereIs(lat, lon)
	var codes []string
	if w.Country != nil && w.Country.Code != "" {
		codes = append(codes, w.Country.Code)
		codes = append(codes, w.Country.Neighbours()...)
	}
	if *border != "" {
		codes = append(codes, strings.Split(strings.ToUpper(*border), ",")...)
	}
	type dist struct {
		Country string  `json:"country"`
		Name    string  `json:"name"`
		Km      float64 `json:"km"`
	}
	var dists []dist
	seen := map[string]bool{}
	for _, c := range codes {
		if seen[c] {
			continue
		}
		seen[c] = true
		km, err := g.DistanceToBorderKm(lat, lon, c)
		if err != nil {
			return err
		}
		dists = append(dists, dist{c, g.Country(c).Name, km})
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Lat             float64 `json:"lat"`
			Lon             float64 `json:"lon"`
			gazetteer.Where `json:",inline"`
			Borders         []dist `json:"border_distances,omitempty"`
		}{lat, lon, w, dists})
	}
	if w.Country == nil {
		fmt.Fprintln(e.stdout, "country: none (sea or no data)")
	} else {
		fmt.Fprintf(e.stdout, "country: %s (%s, %s)\n", w.Country.Name, w.Country.Code, w.Country.ID)
	}
	if w.Admin1 != nil {
		fmt.Fprintf(e.stdout, "admin1:  %s (%s, %s)\n", w.Admin1.Name, w.Admin1.Admin1Code, w.Admin1.ID)
	}
	if w.Disputed != "" {
		fmt.Fprintf(e.stdout, "disputed: %s\n", w.Disputed)
	}
	for _, r := range w.Regions {
		if r.FeatureCode != "DISP" {
			fmt.Fprintf(e.stdout, "region:  %s (%s)\n", r.Name, r.ID)
		}
	}
	for _, d := range dists {
		fmt.Fprintf(e.stdout, "border of %s (%s): %.1f km\n", d.Name, d.Country, d.Km)
	}
	return nil
}
