package cluster

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// NumHashes is the number of MinHash values in a Sig. The standard error
// of Similarity is sqrt(J(1-J)/NumHashes): 0.044 at J = 0.5.
const NumHashes = 128

// sigVersion names the shingling and hash family; bump it when either
// changes, so that stored signatures of the old kind are refused rather
// than compared with new ones.
const sigVersion = 1

// SigSize is the length of a marshalled Sig in bytes.
const SigSize = 8 + 4*NumHashes

// ErrInvalidSig is returned by UnmarshalBinary for data that is not a
// signature of this version.
var ErrInvalidSig = errors.New("cluster: invalid signature")

// Sig is the MinHash signature of a text: for each of NumHashes hash
// functions, the least hash of the text's shingles. The zero Sig is the
// signature of a text without words, similar to nothing.
type Sig struct {
	mins [NumHashes]uint32
	// n is the number of shingles (with repeats); 0 for an empty Sig.
	n uint32
}

// hash family: h_i(x) = (a_i·x + b_i) >> 32 over a mixed 64-bit shingle
// hash x, a_i odd. The constants come from a fixed seed: they are part of
// the stored format (sigVersion).
var mulA, addB [NumHashes]uint64

func init() {
	s := uint64(0x67656F7769726531) // "geowire1"
	next := func() uint64 {
		s += 0x9E3779B97F4A7C15
		return mix64(s)
	}
	for i := range NumHashes {
		mulA[i] = next() | 1
		addB[i] = next()
	}
}

// Signature returns the MinHash signature of text over its 5-word
// shingles, after folding case, diacritics and punctuation. Sign a
// document's clean body (Document.Text): headlines are what syndicating
// sites edit most.
func Signature(text string) Sig {
	var s Sig
	s.mins = emptyMins
	n := shingles(text, func(x uint64) {
		m := &s.mins
		for i := range m {
			if v := uint32((x*mulA[i] + addB[i]) >> 32); v < m[i] {
				m[i] = v
			}
		}
	})
	if n == 0 {
		return Sig{}
	}
	s.n = uint32(min(n, math.MaxUint32))
	return s
}

var emptyMins = func() (m [NumHashes]uint32) {
	for i := range m {
		m[i] = math.MaxUint32
	}
	return m
}()

// Empty reports whether s is the signature of a text without words.
func (s Sig) Empty() bool { return s.n == 0 }

// Shingles returns the number of shingles the signed text had.
func (s Sig) Shingles() int { return int(s.n) }

// Similarity estimates the Jaccard similarity of the shingle sets of the
// texts a and b were made from: the share of equal MinHash values. It is 0
// when either is empty.
func Similarity(a, b Sig) float64 {
	if a.n == 0 || b.n == 0 {
		return 0
	}
	eq := 0
	for i := range a.mins {
		if a.mins[i] == b.mins[i] {
			eq++
		}
	}
	return float64(eq) / NumHashes
}

// MarshalBinary encodes s in SigSize bytes: a version byte, the shingle
// size, the number of hashes (uint16), the shingle count (uint32), then the
// hashes (uint32 each), all little-endian.
func (s Sig) MarshalBinary() ([]byte, error) {
	b := make([]byte, SigSize)
	b[0], b[1] = sigVersion, ShingleWords
	binary.LittleEndian.PutUint16(b[2:], NumHashes)
	binary.LittleEndian.PutUint32(b[4:], s.n)
	for i, v := range s.mins {
		binary.LittleEndian.PutUint32(b[8+4*i:], v)
	}
	return b, nil
}

// UnmarshalBinary decodes what MarshalBinary encoded. It returns an error
// wrapping ErrInvalidSig for data of another length or version.
func (s *Sig) UnmarshalBinary(b []byte) error {
	switch {
	case len(b) != SigSize:
		return fmt.Errorf("%w: %d bytes, want %d", ErrInvalidSig, len(b), SigSize)
	case b[0] != sigVersion || b[1] != ShingleWords || binary.LittleEndian.Uint16(b[2:]) != NumHashes:
		return fmt.Errorf("%w: version %d, %d-word shingles, %d hashes", ErrInvalidSig, b[0], b[1], binary.LittleEndian.Uint16(b[2:]))
	}
	var t Sig
	t.n = binary.LittleEndian.Uint32(b[4:])
	if t.n != 0 {
		for i := range t.mins {
			t.mins[i] = binary.LittleEndian.Uint32(b[8+4*i:])
		}
	}
	*s = t
	return nil
}
