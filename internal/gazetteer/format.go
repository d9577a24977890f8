package gazetteer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"unsafe"
)

// The file is a header, a section table and flat little-endian arrays,
// each 8-byte aligned, so that Open maps it and views the arrays in place:
//
//	header     magic "GEOWGZ" 0 1, version, byte-order mark, section count,
//	           CRC-32C of everything after the header, file size
//	sections   id, offset, length
//	strings    every string, deduplicated; records point into it
//	entries    entryRec, one per entry
//	names      a hash index: bucket starts, keys sorted by FNV-1a hash of
//	           the folded name, postings (entry, score) best first
//	ids        entry indices sorted by ID; (geonameid, entry) sorted
//	geometry   points, ring starts, shapes, grid cell starts, cell items,
//	           edges (see spatial.go)
const (
	fileMagic   = "GEOWGZ\x00\x01"
	fileVersion = 1
	byteOrderOK = 0x01020304
	headerSize  = 64
)

// ErrCorrupt marks a gazetteer file that is not one, is truncated, or
// fails its checksum.
var ErrCorrupt = errors.New("gazetteer: corrupt file")

const (
	secStrings = iota + 1
	secEntries
	secBuckets
	secKeys
	secPostings
	secIDOrder
	secGIDs
	secPoints
	secRingStart
	secShapes
	secCellStart
	secItems
	secEdges
	secCount = secEdges
)

type strRef struct{ Off, Len uint32 }

type entryRec struct {
	ID, Name, ASCII, Alt, FClass, FCode, CC, A1, A1Name, A2, Code, Note, Neigh strRef
	Pop                                                                        int64
	Lat, Lon                                                                   float64
	GID                                                                        uint32
	ShapeFirst, ShapeN                                                         uint32
	Prior                                                                      float32
	Kind                                                                       uint8
	_                                                                          [7]uint8
}

type keyRec struct {
	Hash    uint64
	PostOff uint32
	PostN   uint32
}

// posting is an entry index (low 29 bits) with its match kind (high 3
// bits), and the candidate's score.
type posting struct {
	E     uint32
	Score float32
}

const postEntryMask = 1<<29 - 1

type gidRec struct{ GID, Entry uint32 }

func asBytes[T any](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	var z T
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*int(unsafe.Sizeof(z)))
}

func view[T any](b []byte) ([]T, error) {
	var z T
	size := int(unsafe.Sizeof(z))
	if len(b)%size != 0 {
		return nil, fmt.Errorf("%w: section of %d bytes is not a multiple of %d", ErrCorrupt, len(b), size)
	}
	if len(b) == 0 {
		return nil, nil
	}
	if uintptr(unsafe.Pointer(&b[0]))%8 != 0 {
		return nil, fmt.Errorf("%w: misaligned section", ErrCorrupt)
	}
	return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), len(b)/size), nil
}

type stringTable struct {
	buf []byte
	idx map[string]strRef
}

func (t *stringTable) ref(s string) strRef {
	if s == "" {
		return strRef{}
	}
	if r, ok := t.idx[s]; ok {
		return r
	}
	r := strRef{uint32(len(t.buf)), uint32(len(s))}
	t.buf = append(t.buf, s...)
	t.idx[s] = r
	return r
}

// write encodes the gazetteer to a temporary file beside path and renames
// it into place.
func (b *builder) write(path string) (Stats, error) {
	st := stringTable{idx: map[string]strRef{}}
	recs := make([]entryRec, len(b.entries))
	var gids []gidRec
	for i, e := range b.entries {
		alt := ""
		seen := map[string]bool{e.name: true}
		for _, a := range e.alts {
			if !seen[a] {
				seen[a] = true
				if alt != "" {
					alt += altSep
				}
				alt += a
			}
		}
		recs[i] = entryRec{ID: st.ref(e.id), Name: st.ref(e.name), ASCII: st.ref(e.ascii), Alt: st.ref(alt),
			FClass: st.ref(e.fclass), FCode: st.ref(e.fcode), CC: st.ref(e.cc), A1: st.ref(e.a1),
			A1Name: st.ref(e.a1name), A2: st.ref(e.a2), Code: st.ref(e.code), Note: st.ref(e.note),
			Neigh: st.ref(e.neigh), Pop: e.pop, Lat: e.lat, Lon: e.lon, GID: e.gid,
			ShapeFirst: e.shapeFirst, ShapeN: e.shapeN, Prior: float32(e.prior), Kind: uint8(e.kind)}
		if e.gid != 0 {
			gids = append(gids, gidRec{e.gid, uint32(i)})
		}
	}
	slices.SortFunc(gids, func(a, b gidRec) int { return int(int64(a.GID) - int64(b.GID)) })
	order := make([]uint32, len(b.entries))
	for i := range order {
		order[i] = uint32(i)
	}
	slices.SortFunc(order, func(x, y uint32) int {
		a, c := b.entries[x].id, b.entries[y].id
		switch {
		case a < c:
			return -1
		case a > c:
			return 1
		}
		return 0
	})
	buckets, keys, posts := b.nameIndex()
	secs := [secCount][]byte{
		secStrings - 1: st.buf, secEntries - 1: asBytes(recs), secBuckets - 1: asBytes(buckets),
		secKeys - 1: asBytes(keys), secPostings - 1: asBytes(posts), secIDOrder - 1: asBytes(order),
		secGIDs - 1: asBytes(gids), secPoints - 1: asBytes(b.sp.pts), secRingStart - 1: asBytes(b.sp.ringStart),
		secShapes - 1: asBytes(b.sp.shapes), secCellStart - 1: asBytes(b.sp.cellStart),
		secItems - 1: asBytes(b.sp.items), secEdges - 1: asBytes(b.sp.edges),
	}
	tableSize := secCount * 24
	off := uint64(headerSize + tableSize)
	table := make([]byte, 0, tableSize)
	for i, s := range secs {
		off = (off + 7) &^ 7
		table = binary.LittleEndian.AppendUint32(table, uint32(i+1))
		table = binary.LittleEndian.AppendUint32(table, 0)
		table = binary.LittleEndian.AppendUint64(table, off)
		table = binary.LittleEndian.AppendUint64(table, uint64(len(s)))
		off += uint64(len(s))
	}
	crc := crc32.New(castagnoli)
	crc.Write(table)
	pos := uint64(headerSize + tableSize)
	var pad [8]byte
	for _, s := range secs {
		if p := (pos+7)&^7 - pos; p > 0 {
			crc.Write(pad[:p])
			pos += p
		}
		crc.Write(s)
		pos += uint64(len(s))
	}
	hdr := make([]byte, headerSize)
	copy(hdr, fileMagic)
	binary.LittleEndian.PutUint32(hdr[8:], fileVersion)
	binary.LittleEndian.PutUint32(hdr[12:], byteOrderOK)
	binary.LittleEndian.PutUint32(hdr[16:], secCount)
	binary.LittleEndian.PutUint32(hdr[20:], crc.Sum32())
	binary.LittleEndian.PutUint64(hdr[24:], pos)

	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return Stats{}, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return Stats{}, err
	}
	defer os.Remove(tmp.Name()) // after a successful rename this fails harmlessly
	w := func(p []byte) {
		if err == nil {
			_, err = tmp.Write(p)
		}
	}
	w(hdr)
	w(table)
	pos = uint64(headerSize + tableSize)
	for _, s := range secs {
		if p := (pos+7)&^7 - pos; p > 0 {
			w(pad[:p])
			pos += p
		}
		w(s)
		pos += uint64(len(s))
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return Stats{}, fmt.Errorf("write %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return Stats{}, err
	}
	return Stats{Entries: len(recs), Names: len(keys), Shapes: len(b.sp.shapes), Points: len(b.sp.pts), Bytes: int64(pos)}, nil
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// nameIndex builds the hash index from folded names to ranked postings.
func (b *builder) nameIndex() ([]uint32, []keyRec, []posting) {
	type post struct {
		e     uint32
		m     MatchKind
		score float32
	}
	idx := map[string][]post{}
	var buf []byte
	for i, e := range b.entries {
		if e.hidden {
			continue
		}
		best := map[string]MatchKind{}
		for _, k := range e.keys {
			buf = appendFold(buf[:0], k.name)
			if len(buf) == 0 {
				continue
			}
			if m, ok := best[string(buf)]; !ok || matchPenalty[k.match] < matchPenalty[m] || (k.match == MatchDemonym && m != MatchName) {
				best[string(buf)] = k.match
			}
		}
		for k, m := range best {
			idx[k] = append(idx[k], post{uint32(i), m, float32(e.prior) - matchPenalty[m]})
		}
	}
	keys := make([]keyRec, 0, len(idx))
	var posts []posting
	for k, ps := range idx {
		slices.SortFunc(ps, func(a, b post) int {
			switch {
			case a.score > b.score:
				return -1
			case a.score < b.score:
				return 1
			}
			return int(a.e) - int(b.e)
		})
		kr := keyRec{Hash: hashKey([]byte(k)), PostOff: uint32(len(posts)), PostN: uint32(len(ps))}
		for _, p := range ps {
			posts = append(posts, posting{E: p.e | uint32(p.m)<<29, Score: p.score})
		}
		keys = append(keys, kr)
	}
	slices.SortFunc(keys, func(a, b keyRec) int {
		switch {
		case a.Hash < b.Hash:
			return -1
		case a.Hash > b.Hash:
			return 1
		}
		return 0
	})
	nb := 1
	for nb < len(keys) {
		nb <<= 1
	}
	shift := uint(64 - bits.TrailingZeros(uint(nb)))
	buckets := make([]uint32, nb+1)
	for _, k := range keys {
		buckets[bucketOf(k.Hash, shift)+1]++
	}
	for i := 1; i < len(buckets); i++ {
		buckets[i] += buckets[i-1]
	}
	return buckets, keys, posts
}

func bucketOf(h uint64, shift uint) uint64 {
	if shift >= 64 {
		return 0
	}
	return h >> shift
}
