package cluster

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

func TestWordsFold(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{"case", "Russian Forces Struck", "russian forces struck"},
		{"punctuation", "struck, on Sunday — officials said.", "struck on Sunday officials said"},
		{"apostrophes", "Ukraine's second-largest city", "Ukraine’s second largest city"},
		{"diacritics", "Dovilė Šakalienė warned", "Dovile Sakaliene warned"},
		{"quotes", `"This is a deliberate strike," he wrote`, "“This is a deliberate strike,” he wrote"},
		{"cyrillic case", "Белгород Обстрел", "белгород обстрел"},
	}
	collect := func(s string) (hs []uint64) {
		words(s, func(h uint64) { hs = append(hs, h) })
		return hs
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := collect(tt.a), collect(tt.b)
			if fmt.Sprint(a) != fmt.Sprint(b) {
				t.Errorf("%q → %d words, %q → %d words; want the same", tt.a, len(a), tt.b, len(b))
			}
		})
	}
}

func TestSignatureEdgeCases(t *testing.T) {
	if !Signature("").Empty() || !Signature(" ,.— \n").Empty() {
		t.Error("text without words gives a non-empty Sig")
	}
	if s := Signature("Kharkiv struck"); s.Empty() || s.Shingles() != 1 {
		t.Errorf("short text: empty %v, %d shingles; want one shingle", s.Empty(), s.Shingles())
	}
	if sim := Similarity(Signature(""), Signature("")); sim != 0 {
		t.Errorf("two empty texts have similarity %v, want 0", sim)
	}
	s := story(t, "strike-odesa")
	if sim := Similarity(Signature(s), Signature(s)); sim != 1 {
		t.Errorf("self-similarity %v", sim)
	}
	if Signature("a b c d e f") == Signature("f e d c b a") {
		t.Error("word order ignored")
	}
}

// TestSimilarityEstimate holds the MinHash estimate within four standard
// errors of the exact Jaccard similarity over the labelled pairs.
func TestSimilarityEstimate(t *testing.T) {
	worst := 0.0
	for _, p := range dedupPairs(t) {
		j := exactJaccard(p.a, p.b)
		est := Similarity(Signature(p.a), Signature(p.b))
		se := math.Sqrt(j * (1 - j) / NumHashes)
		if d := math.Abs(est - j); d > 4*se+1.0/NumHashes {
			t.Errorf("%s: estimate %.3f, exact %.3f", p.name, est, j)
		} else {
			worst = max(worst, d)
		}
	}
	t.Logf("largest estimate error %.3f", worst)
}

func TestSigBinary(t *testing.T) {
	for _, text := range []string{"", "one", story(t, "strike-kharkiv")} {
		s := Signature(text)
		b, err := s.MarshalBinary()
		if err != nil || len(b) != SigSize {
			t.Fatalf("MarshalBinary: %d bytes, %v", len(b), err)
		}
		var got Sig
		if err := got.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		if got != s {
			t.Errorf("round trip of %.20q changed the Sig", text)
		}
	}
	good, _ := Signature("a story").MarshalBinary()
	bad := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"short", good[:SigSize-1]},
		{"long", append(append([]byte{}, good...), 0)},
		{"version", append([]byte{9}, good[1:]...)},
		{"shingle size", append([]byte{good[0], 3}, good[2:]...)},
	}
	for _, tt := range bad {
		var s Sig
		if err := s.UnmarshalBinary(tt.b); !errors.Is(err, ErrInvalidSig) {
			t.Errorf("%s: err = %v, want ErrInvalidSig", tt.name, err)
		}
	}
}

func FuzzSignature(f *testing.F) {
	f.Add("Russian forces struck the centre of Kharkiv on Sunday.", "Russian forces struck the center of Kharkiv on Sunday")
	f.Add("Šakalienė — “Usol’ye” 北京 Белая", "")
	f.Add("\xff\xfe invalid \x80 utf-8", "a b c d e f g")
	f.Fuzz(func(t *testing.T, a, b string) {
		sa, sb := Signature(a), Signature(b)
		if sa != Signature(a) {
			t.Fatal("Signature not deterministic")
		}
		sim := Similarity(sa, sb)
		if sim < 0 || sim > 1 || sim != Similarity(sb, sa) {
			t.Fatalf("Similarity = %v, reversed %v", sim, Similarity(sb, sa))
		}
		if !sa.Empty() && Similarity(sa, sa) != 1 {
			t.Fatal("self-similarity below 1")
		}
		if sa.Empty() != (sa.Shingles() == 0) {
			t.Fatal("Empty and Shingles disagree")
		}
		if strings.TrimSpace(a) == "" && !sa.Empty() {
			t.Fatal("blank text gives a non-empty Sig")
		}
		bin, _ := sa.MarshalBinary()
		var back Sig
		if err := back.UnmarshalBinary(bin); err != nil || back != sa {
			t.Fatalf("round trip: %v", err)
		}
		// Any bytes: an error or a Sig, never a panic.
		var any Sig
		_ = any.UnmarshalBinary([]byte(b))
	})
}

func BenchmarkSignature(b *testing.B) {
	var text strings.Builder
	for _, n := range storyNames(b) {
		text.WriteString(story(b, n))
		text.WriteString("\n\n")
	}
	s := text.String()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Signature(s)
	}
}
