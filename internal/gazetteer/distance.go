package gazetteer

import (
	"math"
)

// EarthRadiusKm is the mean Earth radius (IUGG), used for bounds and where
// the ellipsoidal formula does not converge.
const EarthRadiusKm = 6371.0088

type vec3 struct{ x, y, z float64 }

func toVec(lat, lon float64) vec3 {
	φ, λ := lat*math.Pi/180, lon*math.Pi/180
	cφ := math.Cos(φ)
	return vec3{cφ * math.Cos(λ), cφ * math.Sin(λ), math.Sin(φ)}
}

func (a vec3) dot(b vec3) float64 { return a.x*b.x + a.y*b.y + a.z*b.z }
func (a vec3) cross(b vec3) vec3 {
	return vec3{a.y*b.z - a.z*b.y, a.z*b.x - a.x*b.z, a.x*b.y - a.y*b.x}
}
func (a vec3) norm() float64 { return math.Sqrt(a.dot(a)) }
func (a vec3) scale(f float64) vec3 {
	return vec3{a.x * f, a.y * f, a.z * f}
}
func (a vec3) add(b vec3) vec3 { return vec3{a.x + b.x, a.y + b.y, a.z + b.z} }

// angle is the angle between two unit vectors, in radians.
func angle(a, b vec3) float64 { return math.Atan2(a.cross(b).norm(), a.dot(b)) }

func (a vec3) latLon() (float64, float64) {
	return math.Atan2(a.z, math.Hypot(a.x, a.y)) * 180 / math.Pi, math.Atan2(a.y, a.x) * 180 / math.Pi
}

// nearestOnArc returns the point of the great-circle arc a–b nearest to p
// and its angular distance.
func nearestOnArc(p, a, b vec3) (vec3, float64) {
	n := a.cross(b)
	nn := n.norm()
	if nn > 1e-15 {
		n = n.scale(1 / nn)
		// p's projection on the great circle lies between a and b?
		if a.cross(p).dot(n) >= 0 && p.cross(b).dot(n) >= 0 {
			q := p.add(n.scale(-p.dot(n)))
			if qn := q.norm(); qn > 1e-15 {
				q = q.scale(1 / qn)
				return q, angle(p, q)
			}
		}
	}
	da, db := angle(p, a), angle(p, b)
	if da <= db {
		return a, da
	}
	return b, db
}

// borderIndex is a tree of bounding caps over one country's boundary
// edges, built on first use: leaves hold leafSize consecutive edges (ring
// order keeps them close together), inner nodes fanOut children.
type borderIndex struct {
	v     []vec3 // unit vectors of the boundary points
	edges []uint32
	nodes []capNode // leaves first, root last
}

type capNode struct {
	c      vec3
	r      float64 // radius, radians
	first  int32   // first edge (leaf) or child node
	n      int32
	isLeaf bool
}

const (
	leafSize = 8
	fanOut   = 8
)

func newBorderIndex(s *spatial, shapes []uint32) *borderIndex {
	bi := &borderIndex{}
	for _, si := range shapes {
		sh := &s.shapes[si]
		for k := uint32(0); k < sh.RingN; k++ {
			r := sh.RingFirst + k
			base := uint32(len(bi.v))
			for _, p := range s.pts[s.ringStart[r]:s.ringStart[r+1]] {
				bi.v = append(bi.v, toVec(p.Lat, p.Lon))
			}
			for e := base; e+1 < uint32(len(bi.v)); e++ {
				bi.edges = append(bi.edges, e)
			}
		}
	}
	var pts []vec3
	for i := 0; i < len(bi.edges); i += leafSize {
		n := min(leafSize, len(bi.edges)-i)
		pts = pts[:0]
		for _, e := range bi.edges[i : i+n] {
			pts = append(pts, bi.v[e], bi.v[e+1])
		}
		c, r := boundCap(pts)
		bi.nodes = append(bi.nodes, capNode{c: c, r: r, first: int32(i), n: int32(n), isLeaf: true})
	}
	level, end := 0, len(bi.nodes)
	for end-level > 1 {
		for i := level; i < end; i += fanOut {
			n := min(fanOut, end-i)
			var c vec3
			for _, ch := range bi.nodes[i : i+n] {
				c = c.add(ch.c)
			}
			if cn := c.norm(); cn > 0 {
				c = c.scale(1 / cn)
			} else {
				c = bi.nodes[i].c
			}
			r := 0.0
			for _, ch := range bi.nodes[i : i+n] {
				r = max(r, angle(c, ch.c)+ch.r)
			}
			bi.nodes = append(bi.nodes, capNode{c: c, r: r, first: int32(i), n: int32(n)})
		}
		level, end = end, len(bi.nodes)
	}
	return bi
}

func boundCap(pts []vec3) (vec3, float64) {
	var c vec3
	for _, p := range pts {
		c = c.add(p)
	}
	if cn := c.norm(); cn > 0 {
		c = c.scale(1 / cn)
	} else {
		c = pts[0]
	}
	r := 0.0
	for _, p := range pts {
		r = max(r, angle(c, p))
	}
	// An arc between two points of a cap smaller than a hemisphere stays
	// in it; a larger cap is simply never pruned.
	return c, r + 1e-12
}

// nearest returns the boundary point nearest to p and its angle, by a
// best-first search of the tree.
func (bi *borderIndex) nearest(p vec3) (vec3, float64) {
	if len(bi.nodes) == 0 {
		return vec3{}, math.Inf(1)
	}
	type item struct {
		lb   float64
		node int32
	}
	var buf [128]item
	heap := buf[:0]
	push := func(it item) {
		heap = append(heap, it)
		for i := len(heap) - 1; i > 0; {
			par := (i - 1) / 2
			if heap[par].lb <= heap[i].lb {
				break
			}
			heap[par], heap[i] = heap[i], heap[par]
			i = par
		}
	}
	pop := func() item {
		top := heap[0]
		last := len(heap) - 1
		heap[0] = heap[last]
		heap = heap[:last]
		for i := 0; ; {
			l, r, m := 2*i+1, 2*i+2, i
			if l < len(heap) && heap[l].lb < heap[m].lb {
				m = l
			}
			if r < len(heap) && heap[r].lb < heap[m].lb {
				m = r
			}
			if m == i {
				break
			}
			heap[m], heap[i] = heap[i], heap[m]
			i = m
		}
		return top
	}
	root := int32(len(bi.nodes) - 1)
	push(item{0, root})
	best, bestQ := math.Inf(1), vec3{}
	for len(heap) > 0 {
		it := pop()
		if it.lb >= best {
			break
		}
		nd := &bi.nodes[it.node]
		if nd.isLeaf {
			for _, e := range bi.edges[nd.first : nd.first+nd.n] {
				q, d := nearestOnArc(p, bi.v[e], bi.v[e+1])
				if d < best {
					best, bestQ = d, q
				}
			}
			continue
		}
		for ch := nd.first; ch < nd.first+nd.n; ch++ {
			c := &bi.nodes[ch]
			if lb := angle(p, c.c) - c.r; lb < best {
				push(item{max(lb, 0), ch})
			}
		}
	}
	return bestQ, best
}

// GeodesicKm is the distance between two points on the WGS 84 ellipsoid
// (Vincenty's inverse formula; the great-circle distance on the mean sphere
// where it does not converge, for nearly antipodal points).
func GeodesicKm(lat1, lon1, lat2, lon2 float64) float64 {
	const (
		a = 6378137.0
		f = 1 / 298.257223563
		b = a * (1 - f)
	)
	if lat1 == lat2 && lon1 == lon2 {
		return 0
	}
	L := (lon2 - lon1) * math.Pi / 180
	U1 := math.Atan((1 - f) * math.Tan(lat1*math.Pi/180))
	U2 := math.Atan((1 - f) * math.Tan(lat2*math.Pi/180))
	sU1, cU1 := math.Sincos(U1)
	sU2, cU2 := math.Sincos(U2)
	λ := L
	for iter := 0; iter < 200; iter++ {
		sλ, cλ := math.Sincos(λ)
		sσ := math.Sqrt((cU2*sλ)*(cU2*sλ) + (cU1*sU2-sU1*cU2*cλ)*(cU1*sU2-sU1*cU2*cλ))
		if sσ == 0 {
			return 0
		}
		cσ := sU1*sU2 + cU1*cU2*cλ
		σ := math.Atan2(sσ, cσ)
		sα := cU1 * cU2 * sλ / sσ
		c2α := 1 - sα*sα
		c2σm := 0.0
		if c2α != 0 {
			c2σm = cσ - 2*sU1*sU2/c2α
		}
		C := f / 16 * c2α * (4 + f*(4-3*c2α))
		prev := λ
		λ = L + (1-C)*f*sα*(σ+C*sσ*(c2σm+C*cσ*(-1+2*c2σm*c2σm)))
		if math.Abs(λ-prev) < 1e-12 {
			u2 := c2α * (a*a - b*b) / (b * b)
			A := 1 + u2/16384*(4096+u2*(-768+u2*(320-175*u2)))
			B := u2 / 1024 * (256 + u2*(-128+u2*(74-47*u2)))
			Δσ := B * sσ * (c2σm + B/4*(cσ*(-1+2*c2σm*c2σm)-B/6*c2σm*(-3+4*sσ*sσ)*(-3+4*c2σm*c2σm)))
			return b * A * (σ - Δσ) / 1000
		}
	}
	return angle(toVec(lat1, lon1), toVec(lat2, lon2)) * EarthRadiusKm
}
