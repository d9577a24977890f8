package model

import "testing"

func TestSpanOf(t *testing.T) {
	tests := []struct {
		name       string
		s          string
		start, end int
		want       Span
	}{
		{"ascii", "Kyiv and Moscow", 9, 15, Span{9, 15}},
		{"lithuanian", "Dovilė Šakalienė warned", 8, 18, Span{7, 16}},
		{"cyrillic", "Белая air base", 11, 15, Span{6, 10}},
		{"cjk", "北京 Beijing", 7, 14, Span{3, 10}},
		{"apostrophe", "Usol’ye-Sibirskoye", 0, 10, Span{0, 8}},
		{"clamped", "abc", 1, 99, Span{1, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SpanOf(tt.s, tt.start, tt.end); got != tt.want {
				t.Fatalf("SpanOf(%q, %d, %d) = %v, want %v", tt.s, tt.start, tt.end, got, tt.want)
			}
		})
	}
}

func TestRuneOffsetsUnsorted(t *testing.T) {
	got := RuneOffsets("ééé", []int{4, 2})
	if got[0] != 2 || got[1] != 1 {
		t.Fatalf("RuneOffsets unsorted = %v, want [2 1]", got)
	}
}
