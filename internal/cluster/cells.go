package cluster

import (
	"math"
	"slices"
)

// CellDegrees is the size of the grid cells that Cells names.
const CellDegrees = 10

// Cells names the CellDegrees × CellDegrees grid cells a bounding box
// [minLon, minLat, maxLon, maxLat] touches, sorted: the keys of the locks
// that keep two processes from clustering events of one area at once
// (a Window box, RegionKm = 300 km from its centre, touches at most four
// cells below 60° of latitude). Coordinates outside the world are clamped.
func Cells(bbox [4]float64) []int32 {
	lonCells, latCells := 360/CellDegrees, 180/CellDegrees
	col := func(lon float64) int { return clampInt(int(math.Floor((lon+180)/CellDegrees)), 0, lonCells-1) }
	row := func(lat float64) int { return clampInt(int(math.Floor((lat+90)/CellDegrees)), 0, latCells-1) }
	var out []int32
	for r := row(bbox[1]); r <= row(bbox[3]); r++ {
		for c := col(bbox[0]); c <= col(bbox[2]); c++ {
			out = append(out, int32(r*lonCells+c))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func clampInt(v, lo, hi int) int {
	return max(lo, min(v, hi))
}
