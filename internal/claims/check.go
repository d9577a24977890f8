package claims

import (
	"fmt"
	"math"
	"strings"

	"github.com/geowire/geowire/internal/gazetteer"
	"github.com/geowire/geowire/internal/model"
)

// Distance tolerances. A stated distance is compared with the measured one
// after allowing a slack of SlackFraction of it, at least MinSlackKm, plus
// the radius of a town it is measured from (cityRadiusKm): a gazetteer
// point stands for a whole town or base, and reporters round.
//
//   - "more than X", "at least X": supported when measured ≥ X, loose when
//     within the slack below X, contradicted below that;
//   - "less than X", "up to X", "within X": the mirror image;
//   - "X to Y": supported within the slack of the range, loose within
//     LooseTolerance of it;
//   - "about X" and a bare X (reporters round): supported within
//     AboutTolerance of X (or the slack, if larger), loose within
//     LooseTolerance, contradicted beyond; "exactly X" uses
//     ExactTolerance instead of AboutTolerance.
const (
	SlackFraction  = 0.02
	MinSlackKm     = 3.0
	AboutTolerance = 0.15
	ExactTolerance = 0.05
	LooseTolerance = 0.30
	// MaxDistanceKm is half the Earth's circumference along a meridian:
	// no two points on Earth are farther apart.
	MaxDistanceKm = 20003.9
)

// checker checks found claims against the gazetteer's geometry.
type checker struct {
	g *gazetteer.Gazetteer
	d *text
}

// check turns a found claim into a checked model.Claim.
func (c *checker) check(f *found) model.Claim {
	cl := model.Claim{Text: c.d.spanText(f.span), Span: f.span, Kind: f.kind,
		Stated: map[string]any{}, Measured: map[string]any{}, Places: []model.Place{}}
	if f.relation != "" && f.kind != model.ClaimConversion {
		cl.Stated["relation"] = f.relation
	}
	if f.modifier != "" {
		cl.Stated["modifier"] = f.modifier
	}
	var subj, anc *model.Place
	if f.subject >= 0 {
		subj = &c.d.places[f.subject]
		cl.Places = append(cl.Places, *subj)
		cl.Subject, cl.SubjectBasis = subj.Name, f.basis
	}
	a := &f.anchor
	if a.kind == anchorPlace {
		anc = &c.d.places[a.place]
		cl.Places = append(cl.Places, *anc)
		cl.Stated["place"] = anc.Name
	}
	if len(a.countries) > 0 {
		cl.Stated["countries"] = a.countries
		if a.kind != anchorPlace {
			cl.Places = append(cl.Places, a.cplaces...)
		}
	}
	if a.part != "" {
		cl.Stated["part"] = a.part
	}
	if f.kind == model.ClaimConversion {
		c.checkConversion(&cl, f.qty)
		return cl
	}
	if f.qty != nil {
		c.stateDistance(&cl, f)
	}
	if c.unverifiable(&cl, f, subj) {
		return cl
	}
	switch f.kind {
	case model.ClaimDistance:
		c.checkDistance(&cl, f, subj, anc)
	case model.ClaimDirection:
		switch f.relation {
		case relOutskirts:
			c.checkOutskirts(&cl, subj, anc)
		case relInside:
			c.checkInCountry(&cl, f, subj, a.countries[0])
		default:
			c.checkBearing(&cl, f, subj, anc)
		}
	case model.ClaimProximity:
		c.checkProximity(&cl, f, subj, anc)
	case model.ClaimContainment:
		c.checkContainment(&cl, f, subj, anc)
	}
	return cl
}

// stateDistance records the stated distance.
func (c *checker) stateDistance(cl *model.Claim, f *found) {
	q := f.qty
	cl.Stated["value"] = q.Value
	cl.Stated["unit"] = q.Unit
	if f.qual != "" {
		cl.Stated["qualifier"] = f.qual
	}
	if km, ok := toKm(q.Value, q.Unit); ok {
		cl.Stated["distance_km"] = round1(km)
	}
	if q.ValueMax != nil {
		if km, ok := toKm(*q.ValueMax, q.Unit); ok {
			cl.Stated["distance_km_max"] = round1(km)
		}
	}
}

// unverifiable settles the claims that cannot be measured, and absurd
// distances; it reports whether it gave a verdict.
func (c *checker) unverifiable(cl *model.Claim, f *found, subj *model.Place) bool {
	set := func(v, reason string) bool { cl.Verdict, cl.Reason = v, reason; return true }
	if f.relation == relRecord {
		return set(model.VerdictUnverifiable, "a record claim: checking it needs the locations of all earlier events")
	}
	if f.qty != nil {
		km, _ := toKm(f.qty.Value, f.qty.Unit)
		switch {
		case km < 0:
			return set(model.VerdictUnverifiable, "a negative distance: no distance is below zero (a misread range or sign?)")
		case km > MaxDistanceKm:
			return set(model.VerdictContradicted, fmt.Sprintf("%s km is more than any two points on Earth are apart (%s km)",
				fmtKm(km), fmtKm(MaxDistanceKm)))
		}
	}
	switch f.anchor.kind {
	case anchorUnresolved:
		return set(model.VerdictUnverifiable, fmt.Sprintf("place not resolved: %q", f.anchor.text))
	case anchorNoGeometry:
		return set(model.VerdictUnverifiable, fmt.Sprintf("no geometry for the %s", f.anchor.text))
	}
	if c.g == nil {
		return set(model.VerdictUnverifiable, "no gazetteer to measure with")
	}
	if subj == nil {
		return set(model.VerdictUnverifiable, "no resolved place the claim is about")
	}
	if !validPoint(subj) || f.anchor.kind == anchorPlace && !validPoint(&c.d.places[f.anchor.place]) {
		return set(model.VerdictUnverifiable, "a place without valid coordinates")
	}
	if f.kind == model.ClaimDirection && f.relation == relFrom && f.anchor.kind != anchorPlace {
		return set(model.VerdictUnverifiable, "a direction from a border or territory is not measured")
	}
	return false
}

// checkDistance measures and judges a distance claim.
func (c *checker) checkDistance(cl *model.Claim, f *found, subj, anc *model.Place) {
	km, _ := toKm(f.qty.Value, f.qty.Unit)
	var kmMax *float64
	if f.qty.ValueMax != nil {
		v, _ := toKm(*f.qty.ValueMax, f.qty.Unit)
		kmMax = &v
	}
	m, to, extra, err := c.measure(cl, f, subj, anc)
	if err != nil {
		cl.Verdict, cl.Reason = model.VerdictUnverifiable, err.Error()
		return
	}
	cl.Measured["distance_km"] = round1(m)
	cl.Measured["to"] = to
	if f.relation == relInside {
		c.checkDepth(cl, f, subj, km, m, to)
		return
	}
	var why string
	cl.Verdict, why = judge(m, km, kmMax, f.qual, slackKm(km)+extra)
	cl.Reason = fmt.Sprintf("%s lies %s km from %s: %s (%s)", subj.Name, fmtKm(m), to, why, cl.Text)
}

// checkDepth judges "X km into Russia": the subject must lie in the
// country, and X is compared with how far inside it lies.
func (c *checker) checkDepth(cl *model.Claim, f *found, subj *model.Place, km, depth float64, to string) {
	code := f.anchor.countries[0]
	if e := c.g.CountryAt(subj.Lat, subj.Lon); e == nil || e.CountryCode != code {
		cl.Verdict, cl.Reason = model.VerdictContradicted, fmt.Sprintf("%s does not lie inside %s", subj.Name, countryName(c.g, code))
		return
	}
	if km <= depth+slackKm(km) {
		cl.Verdict, cl.Reason = model.VerdictSupported, fmt.Sprintf("%s lies %s km inside %s", subj.Name, fmtKm(depth), to)
		return
	}
	cl.Verdict, cl.Reason = model.VerdictLoose, fmt.Sprintf("%s lies %s km from the nearest point of %s; the text may measure from elsewhere (the front line, the launch site)",
		subj.Name, fmtKm(depth), to)
}

// judge compares measured with a stated distance km (and range end
// kmMax) under a qualifier, with an absolute slack.
func judge(measured, km float64, kmMax *float64, qual string, slack float64) (string, string) {
	rel := func(v float64) float64 { return math.Abs(measured-v) / math.Max(v, 1e-9) }
	switch {
	case kmMax != nil:
		lo, hi := km, *kmMax
		switch {
		case measured >= lo-slack && measured <= hi+slack:
			return model.VerdictSupported, "within the stated range"
		case measured >= lo*(1-LooseTolerance) && measured <= hi*(1+LooseTolerance):
			return model.VerdictLoose, "near the stated range"
		}
		return model.VerdictContradicted, "outside the stated range"
	case qual == model.QualMoreThan || qual == model.QualAtLeast:
		switch {
		case measured >= km:
			return model.VerdictSupported, "at least the stated distance"
		case measured >= km-slack:
			return model.VerdictLoose, "just under the stated minimum, within the tolerance"
		}
		return model.VerdictContradicted, "less than the stated minimum"
	case qual == model.QualLessThan || qual == model.QualUpTo:
		switch {
		case measured <= km:
			return model.VerdictSupported, "at most the stated distance"
		case measured <= km+slack:
			return model.VerdictLoose, "just over the stated maximum, within the tolerance"
		}
		return model.VerdictContradicted, "more than the stated maximum"
	}
	tol := AboutTolerance
	if qual == model.QualExactly {
		tol = ExactTolerance
	}
	switch d := math.Abs(measured - km); {
	case d <= slack || rel(km) <= tol:
		return model.VerdictSupported, fmt.Sprintf("within %.0f%% of the stated distance", tol*100)
	case rel(km) <= LooseTolerance:
		return model.VerdictLoose, fmt.Sprintf("%.0f%% off the stated distance", rel(km)*100)
	}
	return model.VerdictContradicted, fmt.Sprintf("%.0f%% off the stated distance", rel(km)*100)
}

// slackKm is the absolute tolerance for a stated distance.
func slackKm(km float64) float64 { return math.Max(MinSlackKm, SlackFraction*math.Abs(km)) }

// checkConversion checks a stated unit conversion by arithmetic: it is
// consistent (supported) when either figure is the other converted and
// rounded as written, or within 1 % (reporters round the converted figure
// to two or three significant digits); loose within 5 %; contradicted
// beyond.
func (c *checker) checkConversion(cl *model.Claim, q *model.Quantity) {
	to := q.Stated
	cl.Stated["value"], cl.Stated["unit"] = q.Value, q.Unit
	cl.Stated["converted_value"], cl.Stated["converted_unit"] = to.Value, to.Unit
	conv, ok := convert(q.Value, q.Unit, to.Unit)
	if !ok {
		cl.Verdict, cl.Reason = model.VerdictUnverifiable, fmt.Sprintf("%s and %s do not convert into each other", q.Unit, to.Unit)
		return
	}
	back, _ := convert(to.Value, to.Unit, q.Unit)
	cl.Measured["converted_value"] = roundTo(conv, 2)
	cl.Measured["converted_unit"] = to.Unit
	if km, ok := toKm(q.Value, q.Unit); ok {
		cl.Measured["distance_km"] = round1(km)
	}
	decTo, decFrom := c.decimals(to.Span, to.Value), c.decimals(&q.Span, q.Value)
	okTo := math.Abs(conv-to.Value) <= math.Max(0.5*math.Pow(10, -float64(decTo)), 0.01*math.Abs(to.Value))
	okFrom := math.Abs(back-q.Value) <= math.Max(0.5*math.Pow(10, -float64(decFrom)), 0.01*math.Abs(q.Value))
	off := math.Abs(conv-to.Value) / math.Max(math.Abs(conv), 1e-9)
	cl.Measured["off_by_percent"] = roundTo(off*100, 2)
	what := fmt.Sprintf("%s %s = %s %s", fmtNum(q.Value), q.Unit, fmtNum(roundTo(conv, 1)), to.Unit)
	switch {
	case okTo || okFrom:
		cl.Verdict, cl.Reason = model.VerdictSupported, what+": the conversion is consistent"
	case off <= 0.05:
		cl.Verdict, cl.Reason = model.VerdictLoose, fmt.Sprintf("%s: the stated %s is %.1f%% off", what, fmtNum(to.Value), off*100)
	default:
		cl.Verdict, cl.Reason = model.VerdictContradicted, fmt.Sprintf("%s, not %s (%.0f%% off)", what, fmtNum(to.Value), off*100)
	}
}

// decimals returns how many decimals the number written at the start of a
// quantity's span has (0 when unknown).
func (c *checker) decimals(sp *model.Span, v float64) int {
	if sp == nil || sp.Start < 0 || sp.End > len(c.d.runes) || sp.Start >= sp.End {
		return 0
	}
	for _, t := range tokenize(c.d.runes, sp.Start, sp.End) {
		if t.num {
			if _, dec, ok := parseNumber(t.text); ok {
				return dec
			}
			break
		}
	}
	return 0
}

func round1(v float64) float64 { return roundTo(v, 1) }

// fmtKm writes a distance with thousands separators and one decimal.
func fmtKm(v float64) string { return fmtNum(round1(v)) }

// fmtNum writes a number with thousands separators.
func fmtNum(v float64) string {
	s := strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", v), "0"), ".")
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// countryName names a country by its ISO code.
func countryName(g *gazetteer.Gazetteer, code string) string {
	if g != nil {
		if e := g.Country(code); e != nil {
			return e.Name
		}
	}
	return code
}

// validPoint reports whether a place has usable WGS 84 coordinates.
func validPoint(p *model.Place) bool {
	return p.Lat >= -90 && p.Lat <= 90 && p.Lon >= -180 && p.Lon <= 180 // false for NaN
}
