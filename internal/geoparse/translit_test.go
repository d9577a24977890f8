package geoparse

import (
	"slices"
	"testing"
)

func TestTranslitKeys(t *testing.T) {
	tests := []struct {
		key  string
		want []string // among the keys
		not  []string
	}{
		{"ras al ain", []string{"ras al ayn", "ras el ain"}, []string{"ras al ain", "ain", "ras"}},
		{"deir al zour", []string{"dayr az zur", "deir ez zour", "deir al zur"}, nil},
		{"al suwayda", []string{"as suwayda"}, []string{"suwayda"}},
		{"khan sheikhoun", nil, nil},
	}
	for _, tt := range tests {
		got := translitKeys(tt.key)
		if len(got) > maxTranslitKeys {
			t.Errorf("%q: %d keys, over the cap", tt.key, len(got))
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: no %q in %v", tt.key, w, got)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("%q: %q should not be tried", tt.key, w)
			}
		}
	}
	if !hasArabicArticle("ras al ain") || hasArabicArticle("al") || hasArabicArticle("dallas") || hasArabicArticle("ras ain al") {
		t.Error("hasArabicArticle")
	}
}

func TestWritesArticle(t *testing.T) {
	for s, want := range map[string]bool{
		"Ras al-Ain": true, "Deir ez-Zor": true, "Ras Al Ain": true, "al-Bab": true,
		"Wilkes-Barre": false, "Stratford upon Avon": false, "Port of Spain": false, "Dallas": false,
		"Winston-Salem": false, "Sharm el-Sheikh": true,
	} {
		if got := writesArticle(s); got != want {
			t.Errorf("writesArticle(%q) = %v", s, got)
		}
	}
}
