package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzExtractText feeds arbitrary bytes to the text path and checks its
// invariants: no panic, an error only from the sentinel set, valid UTF-8
// out, heading spans inside Text and holding the heading's text, embed
// texts not left in the body.
func FuzzExtractText(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"Title\n\nBody.Glued sentence.Chinese ConnectionBelaya Air Base once played a role.",
		"x pic.twitter.com/a— A (@b) June 4, 2025Heading HereText goes on here.",
		"The post T appeared first on S.",
		"A.B.C.D.E",
		"\u2029\u00a0\u200b\r\n",
		"By X | 2025-06-04\n",
		"é.Éé Éé.ÉéÉé ÉéÉé ÉéÉé éé",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc, err := Extract(context.Background(), raw, Options{Format: FormatText})
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrNoContent) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("unexpected error: %v", err)
			}
			if doc == nil {
				return
			}
		}
		for _, s := range []string{doc.Text, doc.Title, doc.Byline, doc.Source} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8: %q", s)
			}
		}
		for _, e := range doc.Embeds {
			for _, s := range []string{e.Text, e.Author, e.Handle, e.URL} {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 in embed: %q", s)
				}
			}
		}
		checkDocInvariants(t, doc)
	})
}
