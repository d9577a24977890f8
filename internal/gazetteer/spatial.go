package gazetteer

import (
	"math"
	"slices"
)

// Layers of shapes in the spatial index.
const (
	layerCountry uint8 = iota
	layerAdmin1
	layerRegion
)

// gridRes is the number of grid cells per degree.
const gridRes = 2

const (
	gridW = 360 * gridRes
	gridH = 180 * gridRes
)

// shapeRec is one polygon (outer rings and holes, even-odd rule) owned by
// an entry. Its rings are ringStart[RingFirst : RingFirst+RingN+1].
type shapeRec struct {
	Owner     uint32
	RingFirst uint32
	RingN     uint32
	Layer     uint8
	_         [3]uint8
	MinLon    float64
	MinLat    float64
	MaxLon    float64
	MaxLat    float64
}

// cellItem says that a shape touches a grid cell: whether the cell's centre
// lies inside it, and which of its edges cross the cell
// (edges[EdgeFirst:EdgeFirst+EdgeN], each the index of the edge's first point).
type cellItem struct {
	Shape     uint32
	Inside    uint32 // 1 when the cell centre is inside the shape
	EdgeFirst uint32
	EdgeN     uint32
}

// spatial is the polygon store and its grid index. The same slices are
// built in memory by Build and viewed from the file by Open.
type spatial struct {
	pts       []Point
	ringStart []uint32 // len = rings+1; ring i is pts[ringStart[i]:ringStart[i+1]]
	shapes    []shapeRec
	cellStart []uint32 // len = gridW*gridH+1
	items     []cellItem
	edges     []uint32
}

func cellOf(lat, lon float64) (int, bool) {
	if math.IsNaN(lat) || math.IsNaN(lon) || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		return 0, false
	}
	x := int((lon + 180) * gridRes)
	y := int((lat + 90) * gridRes)
	x = min(max(x, 0), gridW-1)
	y = min(max(y, 0), gridH-1)
	return y*gridW + x, true
}

func cellCentre(c int) Point {
	x, y := c%gridW, c/gridW
	return Point{Lon: -180 + (float64(x)+0.5)/gridRes, Lat: -90 + (float64(y)+0.5)/gridRes}
}

// contains reports whether item's shape holds p, which lies in item's cell
// whose centre is c: the parity of the centre flips at each edge the
// segment p–c crosses.
func (s *spatial) contains(it *cellItem, p, c Point) bool {
	in := it.Inside != 0
	dx, dy := c.Lon-p.Lon, c.Lat-p.Lat
	for _, e := range s.edges[it.EdgeFirst : it.EdgeFirst+it.EdgeN] {
		a, b := s.pts[e], s.pts[e+1]
		// a and b on either side of line p–c (zero counts as positive, so a
		// vertex on the line is counted once)?
		oa := dx*(a.Lat-p.Lat) - dy*(a.Lon-p.Lon)
		ob := dx*(b.Lat-p.Lat) - dy*(b.Lon-p.Lon)
		if (oa >= 0) == (ob >= 0) {
			continue
		}
		// p and c on either side of line a–b?
		ex, ey := b.Lon-a.Lon, b.Lat-a.Lat
		op := ex*(p.Lat-a.Lat) - ey*(p.Lon-a.Lon)
		oc := ex*(c.Lat-a.Lat) - ey*(c.Lon-a.Lon)
		if (op >= 0) != (oc >= 0) {
			in = !in
		}
	}
	return in
}

// query calls fn for each shape holding (lat, lon).
func (s *spatial) query(lat, lon float64, fn func(shape uint32)) {
	c, ok := cellOf(lat, lon)
	if !ok || len(s.cellStart) == 0 {
		return
	}
	p := Point{Lon: lon, Lat: lat}
	cc := cellCentre(c)
	for i := s.cellStart[c]; i < s.cellStart[c+1]; i++ {
		it := &s.items[i]
		if s.contains(it, p, cc) {
			fn(it.Shape)
		}
	}
}

// addShape appends a polygon made of rings (each closed or not) and returns
// its index. Rings with fewer than 3 distinct points are dropped.
func (s *spatial) addShape(owner uint32, layer uint8, rings [][]Point) (uint32, bool) {
	if len(s.ringStart) == 0 {
		s.ringStart = append(s.ringStart, 0)
	}
	sh := shapeRec{Owner: owner, Layer: layer, RingFirst: uint32(len(s.ringStart) - 1),
		MinLon: math.Inf(1), MinLat: math.Inf(1), MaxLon: math.Inf(-1), MaxLat: math.Inf(-1)}
	for _, r := range rings {
		if len(r) < 3 {
			continue
		}
		start := len(s.pts)
		s.pts = append(s.pts, r...)
		if r[0] != r[len(r)-1] {
			s.pts = append(s.pts, r[0])
		}
		if len(s.pts)-start < 4 {
			s.pts = s.pts[:start]
			continue
		}
		for _, p := range s.pts[start:] {
			sh.MinLon, sh.MaxLon = min(sh.MinLon, p.Lon), max(sh.MaxLon, p.Lon)
			sh.MinLat, sh.MaxLat = min(sh.MinLat, p.Lat), max(sh.MaxLat, p.Lat)
		}
		s.ringStart = append(s.ringStart, uint32(len(s.pts)))
		sh.RingN++
	}
	if sh.RingN == 0 {
		return 0, false
	}
	s.shapes = append(s.shapes, sh)
	return uint32(len(s.shapes) - 1), true
}

// shapeRings returns the rings of shape i, as views.
func (s *spatial) shapeRings(i uint32) [][]Point {
	sh := &s.shapes[i]
	out := make([][]Point, sh.RingN)
	for k := range out {
		r := sh.RingFirst + uint32(k)
		out[k] = s.pts[s.ringStart[r]:s.ringStart[r+1]]
	}
	return out
}

// buildGrid computes the grid index over all shapes.
func (s *spatial) buildGrid() {
	type cellEdge struct{ cell, edge uint32 }
	type pending struct {
		cell uint32
		item cellItem
	}
	var all []pending
	s.edges = s.edges[:0]
	var ce []cellEdge
	for si := range s.shapes {
		sh := &s.shapes[si]
		ce = ce[:0]
		inside := map[uint32]bool{}
		rows := map[int][]float64{} // row → x of crossings at the row's centre latitude
		for k := uint32(0); k < sh.RingN; k++ {
			r := sh.RingFirst + k
			for e := s.ringStart[r]; e+1 < s.ringStart[r+1]; e++ {
				a, b := s.pts[e], s.pts[e+1]
				x0 := int((min(a.Lon, b.Lon) + 180) * gridRes)
				x1 := int((max(a.Lon, b.Lon) + 180) * gridRes)
				y0 := int((min(a.Lat, b.Lat) + 90) * gridRes)
				y1 := int((max(a.Lat, b.Lat) + 90) * gridRes)
				x0, x1 = min(max(x0, 0), gridW-1), min(max(x1, 0), gridW-1)
				y0, y1 = min(max(y0, 0), gridH-1), min(max(y1, 0), gridH-1)
				for y := y0; y <= y1; y++ {
					for x := x0; x <= x1; x++ {
						ce = append(ce, cellEdge{uint32(y*gridW + x), e})
					}
					cy := -90 + (float64(y)+0.5)/gridRes
					if (a.Lat > cy) != (b.Lat > cy) {
						xi := a.Lon + (cy-a.Lat)*(b.Lon-a.Lon)/(b.Lat-a.Lat)
						rows[y] = append(rows[y], xi)
					}
				}
			}
		}
		for y, xs := range rows {
			slices.Sort(xs)
			for i := 0; i+1 < len(xs); i += 2 {
				// centres strictly between crossing pairs are inside
				cx0 := int(math.Ceil((xs[i]+180)*gridRes - 0.5))
				cx1 := int(math.Floor((xs[i+1]+180)*gridRes - 0.5))
				for x := max(cx0, 0); x <= min(cx1, gridW-1); x++ {
					inside[uint32(y*gridW+x)] = true
				}
			}
		}
		slices.SortFunc(ce, func(a, b cellEdge) int {
			if a.cell != b.cell {
				return int(a.cell) - int(b.cell)
			}
			return int(a.edge) - int(b.edge)
		})
		for i := 0; i < len(ce); {
			j := i
			first := uint32(len(s.edges))
			for j < len(ce) && ce[j].cell == ce[i].cell {
				if j == i || ce[j].edge != ce[j-1].edge {
					s.edges = append(s.edges, ce[j].edge)
				}
				j++
			}
			it := cellItem{Shape: uint32(si), EdgeFirst: first, EdgeN: uint32(len(s.edges)) - first}
			if inside[ce[i].cell] {
				it.Inside = 1
				delete(inside, ce[i].cell)
			}
			all = append(all, pending{ce[i].cell, it})
			i = j
		}
		for c := range inside {
			all = append(all, pending{c, cellItem{Shape: uint32(si), Inside: 1}})
		}
	}
	slices.SortStableFunc(all, func(a, b pending) int {
		if a.cell != b.cell {
			return int(a.cell) - int(b.cell)
		}
		return int(a.item.Shape) - int(b.item.Shape)
	})
	s.cellStart = make([]uint32, gridW*gridH+1)
	s.items = make([]cellItem, len(all))
	for i, p := range all {
		s.items[i] = p.item
		s.cellStart[p.cell+1]++
	}
	for c := 1; c < len(s.cellStart); c++ {
		s.cellStart[c] += s.cellStart[c-1]
	}
}
