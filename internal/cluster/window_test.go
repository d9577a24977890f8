package cluster

import (
	"slices"
	"testing"

	"github.com/geowire/geowire/internal/model"
)

func inBox(b [4]float64, l model.EventLocation) bool {
	return b[0] <= l.Lon && l.Lon <= b[2] && b[1] <= l.Lat && l.Lat <= b[3]
}

func TestWindow(t *testing.T) {
	tests := []struct {
		name     string
		e        model.Event
		from, to string
		inside   []model.EventLocation
		outside  []model.EventLocation
	}{
		{
			name: "day-precise town", e: strikeWire, from: "2026-03-01", to: "2026-03-15",
			inside:  []model.EventLocation{kharkiv, kharkivOblast, nearKharkiv, belgorod},
			outside: []model.EventLocation{{Name: "Kyiv", Lat: 50.45, Lon: 30.52}},
		},
		{
			name: "late in the month reaches back to its first day", e: ev("x", "", model.EventAssault, "", kharkiv, "2026-03-28", 1, model.BasisStated, nil),
			from: "2026-03-01", to: "2026-04-04",
		},
		{
			name: "early in the month reaches into the one before", e: ev("x", "", model.EventAssault, "", kharkiv, "2026-03-03", 2, model.BasisRelative, nil),
			from: "2026-02-24", to: "2026-03-10",
		},
		{
			name: "month-precise covers the month", e: ev("x", "", model.EventAssault, "", kharkivOblast, "2026-02-01", 3, model.BasisStated, nil),
			from: "2026-01-25", to: "2026-02-28",
			inside: []model.EventLocation{kharkiv, zaporizhzhia},
		},
		{
			name: "no location, no date", e: model.Event{Type: model.EventAssault},
			inside: []model.EventLocation{{Lat: -89, Lon: -179}, {Lat: 89, Lon: 179}},
		},
		{
			name: "near the pole the box spans every longitude", e: ev("x", "", model.EventAssault, "", model.EventLocation{Name: "Barneo", Lat: 89, Lon: 30, Precision: 1}, "2026-04-10", 1, model.BasisStated, nil),
			from: "2026-04-01", to: "2026-04-17",
			inside: []model.EventLocation{{Lat: 88, Lon: -150}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			box, from, to := Window(tt.e, Options{})
			if from != tt.from || to != tt.to {
				t.Errorf("dates %s..%s, want %s..%s", from, to, tt.from, tt.to)
			}
			if box[0] > box[2] || box[1] > box[3] || box[0] < -180 || box[2] > 180 || box[1] < -90 || box[3] > 90 {
				t.Errorf("bad box %v", box)
			}
			for _, l := range tt.inside {
				if !inBox(box, l) {
					t.Errorf("%s (%v, %v) outside %v", l.Name, l.Lat, l.Lon, box)
				}
			}
			for _, l := range tt.outside {
				if inBox(box, l) {
					t.Errorf("%s (%v, %v) inside %v", l.Name, l.Lat, l.Lon, box)
				}
			}
		})
	}
}

// TestWindowHoldsMatches checks that every candidate Match accepts lies in
// the window of the event it matches.
func TestWindowHoldsMatches(t *testing.T) {
	evs := []model.Event{strikeWire, strikeRegional, strikeAggregator,
		ev("ev-month", "doc-month", model.EventAssault, "aerial", kharkiv, "2026-03-01", 3, model.BasisStated, nil)}
	for _, a := range evs {
		box, from, to := Window(a, Options{})
		for _, b := range evs {
			if _, _, ok := Score(a, b, Options{}); !ok || a.ID == b.ID {
				continue
			}
			if !inBox(box, *b.Location) || b.Date < from || b.Date > to {
				t.Errorf("%s matches %s (%s at %v,%v) outside its window %v %s..%s", a.ID, b.ID, b.Date, b.Location.Lat, b.Location.Lon, box, from, to)
			}
			if !slices.Contains(Types(a), b.Type) {
				t.Errorf("%s matches %s of type %s outside Types %v", a.ID, b.ID, b.Type, Types(a))
			}
		}
	}
}

func TestTypes(t *testing.T) {
	got := Types(model.Event{Type: model.EventAssault, Mode: "abduct"})
	if !slices.Equal(got, []string{model.EventAssault, model.EventCoerce}) {
		t.Errorf("Types(ASSAULT/abduct) = %v", got)
	}
	if got := Types(strikeWire); !slices.Equal(got, []string{model.EventAssault}) {
		t.Errorf("Types(ASSAULT/aerial) = %v", got)
	}
}

func TestClusterable(t *testing.T) {
	noLoc := strikeWire
	noLoc.Location = nil
	noDate := strikeWire
	noDate.Date = ""
	future := strikeWire
	future.Aux.Future = true
	for _, tt := range []struct {
		name string
		e    model.Event
		want bool
	}{{"complete", strikeWire, true}, {"no location", noLoc, false}, {"no date", noDate, false}, {"future", future, false}} {
		if got := Clusterable(tt.e); got != tt.want {
			t.Errorf("%s: Clusterable = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestCells(t *testing.T) {
	tests := []struct {
		name string
		bbox [4]float64
		want []int32
	}{
		{"one cell", [4]float64{31, 41, 32, 42}, []int32{13*36 + 21}},
		{"across a line of longitude", [4]float64{29, 41, 31, 42}, []int32{13*36 + 20, 13*36 + 21}},
		{"four cells", [4]float64{29, 39, 31, 41}, []int32{12*36 + 20, 12*36 + 21, 13*36 + 20, 13*36 + 21}},
		{"world corners clamp", [4]float64{180, 90, 180, 90}, []int32{17*36 + 35}},
		{"beyond the world clamps", [4]float64{-200, -100, -190, -95}, []int32{0}},
		{"inverted box is empty", [4]float64{31, 42, 29, 41}, nil},
	}
	for _, tt := range tests {
		if got := Cells(tt.bbox); !slices.Equal(got, tt.want) {
			t.Errorf("%s: Cells(%v) = %v, want %v", tt.name, tt.bbox, got, tt.want)
		}
	}
	// A Window box around Kharkiv (300 km) touches at most four cells.
	gid := int64(706483)
	ev := model.Event{Type: model.EventAssault, Date: "2025-06-01", Location: &model.EventLocation{Lat: 49.98, Lon: 36.25, GeonameID: &gid}}
	bbox, _, _ := Window(ev, DefaultOptions())
	if n := len(Cells(bbox)); n < 1 || n > 4 {
		t.Errorf("Kharkiv window touches %d cells", n)
	}
}
