package claims

import (
	"fmt"
	"strings"

	"github.com/geowire/geowire/internal/gazetteer"
	"github.com/geowire/geowire/internal/model"
)

// checkContainment judges "X in Irkutsk Oblast", "Sevastopol, in
// Russian-occupied Crimea", "Kharkiv, Ukraine" by point-in-polygon
// (gazetteer WhereIs).
//
// A country containment in a disputed area is loose: the point is held by
// one country and recognised as another's, and the reason quotes the
// gazetteer's dispute note ("Crimea (with Sevastopol): annexed by Russia
// in 2014; internationally recognised as part of Ukraine"). "X-occupied
// Y" is supported when the point lies in Y and the dispute note, or the
// country holding the point, names X.
func (c *checker) checkContainment(cl *model.Claim, f *found, subj, area *model.Place) {
	w := c.g.WhereIs(subj.Lat, subj.Lon)
	c.recordWhere(cl, w)
	var in bool
	switch {
	case isCountry(area):
		c.countryVerdict(cl, subj, w, area.CountryCode)
		return
	case isAdmin1(area):
		in = w.Admin1 != nil && (w.Admin1.ID == area.GazetteerID || area.Admin1 != "" && w.Admin1.Admin1Code == area.Admin1) ||
			area.Admin1 != "" && subj.Admin1 == area.Admin1
	default:
		e := c.g.Get(area.GazetteerID)
		if e == nil || !e.HasPolygon {
			if area.Admin1 != "" && subj.Admin1 != "" && strings.HasPrefix(area.Admin1, subj.Admin1) {
				in = subj.Admin1 == area.Admin1
				break
			}
			cl.Verdict, cl.Reason = model.VerdictUnverifiable, fmt.Sprintf("no outline for %s", area.Name)
			return
		}
		in = w.Admin1 != nil && w.Admin1.ID == e.ID
		for _, r := range w.Regions {
			in = in || r.ID == e.ID
		}
	}
	where := describe(subj, w)
	if !in {
		if r := c.namesake(w, area); r != nil {
			where = r.Name
			in = true
		}
	}
	if !in {
		cl.Verdict, cl.Reason = model.VerdictContradicted, fmt.Sprintf("%s lies in %s, not in %s", subj.Name, where, area.Name)
		return
	}
	cl.Verdict, cl.Reason = model.VerdictSupported, fmt.Sprintf("%s lies in %s", subj.Name, where)
	if occ := f.anchor.occupier; occ != "" {
		name := countryName(c.g, occ)
		holder := ""
		if w.Country != nil {
			holder = w.Country.CountryCode
		}
		note := strings.ToLower(w.Disputed)
		occupied := strings.Contains(note, "occup") || strings.Contains(note, "annex")
		switch {
		case occ == "?" && occupied, occupied && strings.Contains(note, strings.ToLower(name)), occupied && holder == occ:
			cl.Reason += "; " + w.Disputed
		default:
			cl.Verdict = model.VerdictLoose
			cl.Reason += fmt.Sprintf("; the gazetteer records no occupation by %s there", name)
		}
	}
}

// checkInCountry judges "inside Russian territory", "into Russia".
func (c *checker) checkInCountry(cl *model.Claim, f *found, subj *model.Place, code string) {
	w := c.g.WhereIs(subj.Lat, subj.Lon)
	c.recordWhere(cl, w)
	if d, err := c.border(subj, code); err == nil {
		cl.Measured["distance_km"] = round1(d)
		cl.Measured["to"] = "the border of " + countryName(c.g, code)
	}
	c.countryVerdict(cl, subj, w, code)
}

// countryVerdict judges whether the subject lies in country code.
func (c *checker) countryVerdict(cl *model.Claim, subj *model.Place, w gazetteer.Where, code string) {
	name := countryName(c.g, code)
	holder := ""
	if w.Country != nil {
		holder = w.Country.CountryCode
	}
	where := describe(subj, w)
	switch {
	case holder == code && w.Disputed == "":
		cl.Verdict, cl.Reason = model.VerdictSupported, fmt.Sprintf("%s lies in %s", subj.Name, where)
	case holder == code || w.Disputed != "" && (subj.CountryCode == code || strings.Contains(w.Disputed, name)):
		cl.Verdict, cl.Reason = model.VerdictLoose, fmt.Sprintf("%s lies in %s, a disputed area: %s", subj.Name, where, w.Disputed)
	default:
		cl.Verdict, cl.Reason = model.VerdictContradicted, fmt.Sprintf("%s lies in %s, not in %s", subj.Name, where, name)
	}
}

// recordWhere puts what holds the subject into Measured.
func (c *checker) recordWhere(cl *model.Claim, w gazetteer.Where) {
	if w.Country != nil {
		cl.Measured["country"] = w.Country.CountryCode
	}
	if w.Admin1 != nil {
		cl.Measured["admin1"] = w.Admin1.Name
		cl.Measured["admin1_code"] = w.Admin1.Admin1Code
	}
	if w.Disputed != "" {
		cl.Measured["disputed"] = w.Disputed
	}
}

// describe names where a point lies: "Irkutsk Oblast, Russia", or "the
// sea" when no country holds it.
func describe(subj *model.Place, w gazetteer.Where) string {
	var parts []string
	if w.Admin1 != nil {
		parts = append(parts, w.Admin1.Name)
	}
	if w.Country != nil {
		parts = append(parts, w.Country.Name)
	}
	if len(parts) == 0 {
		return "no country (at sea)"
	}
	return strings.Join(parts, ", ")
}

// namesake returns a curated region holding the point that is the wider
// sense of the area's name: it holds the area's own point too and its name
// starts with the area's ("Crimean Peninsula" for Crimea, which in news
// includes Sevastopol, a division of its own).
func (c *checker) namesake(w gazetteer.Where, area *model.Place) *gazetteer.Entry {
	key := gazetteer.Fold(area.Name)
	if key == "" {
		return nil
	}
	aw := c.g.WhereIs(area.Lat, area.Lon)
	for _, r := range w.Regions {
		if !strings.HasPrefix(gazetteer.Fold(r.Name), key) {
			continue
		}
		for _, r2 := range aw.Regions {
			if r2.ID == r.ID {
				return r
			}
		}
	}
	return nil
}
