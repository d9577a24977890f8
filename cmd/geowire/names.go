package main

import (
	"github.com/geowire/geowire/internal/export"
	"github.com/geowire/geowire/internal/gazetteer"
)

// gazetteerNames gives exports the gazetteer's country and admin1 names
// (ACLED's columns hold names, geowire stores codes).
type gazetteerNames struct{ g *gazetteer.Gazetteer }

func (n gazetteerNames) CountryName(iso2 string) string {
	if c := n.g.Country(iso2); c != nil {
		return c.Name
	}
	return ""
}

func (n gazetteerNames) Admin1Name(code string) string {
	if a := n.g.Admin1(code); a != nil {
		return a.Name
	}
	return ""
}

// exportNames returns the gazetteer's names when the gazetteer is built,
// else nil (exports then keep admin1 codes and use the built-in country
// table); exports never build the gazetteer themselves.
func exportNames(e *env) *gazetteerNames {
	g, err := gazetteer.Open(gazetteer.Path(e.cfg.DataDir))
	if err != nil {
		e.log.Info("exports keep admin1 codes: no gazetteer", "err", err)
		return nil
	}
	return &gazetteerNames{g: g}
}

// apiNames is exportNames as the API's option (a nil interface when the
// gazetteer is missing).
func apiNames(e *env) export.Names {
	if n := exportNames(e); n != nil {
		return n
	}
	return nil
}
