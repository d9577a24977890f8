package claims

import (
	"fmt"
	"sort"
	"strings"

	"github.com/geowire/geowire/internal/model"
)

// Proximity thresholds. "Near" is vague, so most proximity claims are
// loose: the checker reports the distance and how the named border ranks
// among the borders around the subject.
//
//   - a border or territory: supported within ProximitySupportedKm; loose
//     within ProximityLooseKm, or at any distance when it is the nearest
//     foreign border; contradicted beyond;
//   - a town or other point: supported within ProximitySupportedKm plus the
//     town's radius; loose within ProximityPlaceLooseKm; contradicted
//     beyond;
//   - "along the border": supported within ProximitySupportedKm, loose
//     within ProximityPlaceLooseKm.
const (
	ProximitySupportedKm  = 50.0
	ProximityLooseKm      = 1500.0
	ProximityPlaceLooseKm = 150.0
	rankShown             = 5
)

// borderRank is one country's outline and its distance from a subject.
type borderRank struct {
	Code string  `json:"country"`
	Name string  `json:"name"`
	Km   float64 `json:"distance_km"`
}

// rankBorders measures the outlines of the countries around the subject:
// the neighbours of the country holding it (or, at sea, of its recorded
// country), plus also, when set, the named one; the home country itself
// is left out unless named. Nearest first.
func (c *checker) rankBorders(subj *model.Place, also string) []borderRank {
	home := subj.CountryCode
	if e := c.g.CountryAt(subj.Lat, subj.Lon); e != nil {
		home = e.CountryCode
	}
	seen := map[string]bool{home: true}
	var codes []string
	if e := c.g.Country(home); e != nil {
		for _, n := range e.Neighbours() {
			if !seen[n] {
				seen[n] = true
				codes = append(codes, n)
			}
		}
	}
	if also != "" && (!seen[also] || also == home) {
		codes = append(codes, also)
	}
	var out []borderRank
	for _, code := range codes {
		d, err := c.g.DistanceToBorderKm(subj.Lat, subj.Lon, code)
		if err != nil {
			continue
		}
		out = append(out, borderRank{Code: code, Name: countryName(c.g, code), Km: round1(d)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Km < out[j].Km })
	return out
}

// checkProximity judges "near X", "close to the border with X".
func (c *checker) checkProximity(cl *model.Claim, f *found, subj, anc *model.Place) {
	a := &f.anchor
	code := ""
	switch {
	case a.kind == anchorBorder || a.kind == anchorTerritory:
		code = a.countries[0]
	case a.kind == anchorPlace && isCountry(anc):
		code = anc.CountryCode
	case a.kind == anchorUnnamedBorder:
		ranks := c.rankBorders(subj, "")
		if len(ranks) == 0 {
			cl.Verdict, cl.Reason = model.VerdictUnverifiable, "no border near the subject to measure to"
			return
		}
		code = ranks[0].Code
		cl.Measured["border_of"] = code
	}
	if code == "" {
		c.nearPlace(cl, f, subj, anc)
		return
	}
	ranks := c.rankBorders(subj, code)
	d, err := c.border(subj, code)
	if err != nil {
		cl.Verdict, cl.Reason = model.VerdictUnverifiable, err.Error()
		return
	}
	rank := 0
	for i, r := range ranks {
		if r.Code == code {
			rank = i + 1
		}
	}
	cl.Measured["distance_km"] = round1(d)
	cl.Measured["rank"] = rank
	cl.Measured["of_borders"] = len(ranks)
	shown := ranks[:min(len(ranks), rankShown)]
	cl.Measured["nearest_borders"] = shown
	var list []string
	for _, r := range shown {
		list = append(list, fmt.Sprintf("%s %s km", r.Name, fmtKm(r.Km)))
	}
	name := countryName(c.g, code)
	what := fmt.Sprintf("%s lies %s km from the nearest point of %s's border", subj.Name, fmtKm(d), name)
	if rank > 0 {
		what += fmt.Sprintf(", the %s nearest of %d borders around it (%s)", ordinal(rank), len(ranks), strings.Join(list, ", "))
	}
	switch {
	case d <= ProximitySupportedKm:
		cl.Verdict = model.VerdictSupported
	case f.relation == relAlong && d <= ProximityPlaceLooseKm, f.relation != relAlong && (d <= ProximityLooseKm || rank == 1):
		cl.Verdict = model.VerdictLoose
		what += ": near only loosely"
	default:
		cl.Verdict = model.VerdictContradicted
		what += ": too far to be near it"
	}
	cl.Reason = what
}

// nearPlace judges "near Kharkiv".
func (c *checker) nearPlace(cl *model.Claim, f *found, subj, anc *model.Place) {
	if anc == nil {
		cl.Verdict, cl.Reason = model.VerdictUnverifiable, "nothing to measure from"
		return
	}
	d := geodesic(subj, anc)
	if isArea(anc) && c.d.inside(subj, anc) {
		d = 0
	}
	r := cityRadiusKm(c.g.Get(anc.GazetteerID))
	cl.Measured["distance_km"] = round1(d)
	what := fmt.Sprintf("%s lies %s km from %s", subj.Name, fmtKm(d), anc.Name)
	switch {
	case d <= ProximitySupportedKm+r && f.relation != relAlong:
		cl.Verdict = model.VerdictSupported
	case d <= ProximityPlaceLooseKm:
		cl.Verdict = model.VerdictLoose
		what += ": near only loosely"
	default:
		cl.Verdict = model.VerdictContradicted
		what += ": too far to be near it"
	}
	cl.Reason = what
}

// Outskirts: a place is on the outskirts of a town within
// OutskirtsKm plus the town's radius; loose within twice that.
const OutskirtsKm = 15.0

// checkOutskirts judges "on the outskirts of X".
func (c *checker) checkOutskirts(cl *model.Claim, subj, anc *model.Place) {
	if anc == nil {
		cl.Verdict, cl.Reason = model.VerdictUnverifiable, "nothing to measure from"
		return
	}
	d := geodesic(subj, anc)
	lim := OutskirtsKm + cityRadiusKm(c.g.Get(anc.GazetteerID))
	cl.Measured["distance_km"] = round1(d)
	cl.Measured["outskirts_km"] = round1(lim)
	what := fmt.Sprintf("%s lies %s km from the centre of %s (outskirts: up to %s km)", subj.Name, fmtKm(d), anc.Name, fmtKm(lim))
	switch {
	case d <= lim:
		cl.Verdict = model.VerdictSupported
	case d <= 2*lim:
		cl.Verdict = model.VerdictLoose
	default:
		cl.Verdict = model.VerdictContradicted
	}
	cl.Reason = what
}

// ordinal writes 1st, 2nd, 3rd, 4th…
func ordinal(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return fmt.Sprintf("%d%s", n, suf)
}
