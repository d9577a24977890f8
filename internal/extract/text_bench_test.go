package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkTidyText runs the whole text path (normalise, header, blocks,
// tidyBlocks, assemble) over the text fixtures; b.SetBytes reports MB/s.
func BenchmarkTidyText(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	var all []string
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, string(raw))
	}
	if len(all) == 0 {
		b.Skip("no fixtures")
	}
	size := 0
	for _, s := range all {
		size += len(s)
	}
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range all {
			if _, err := fromText(ctx, s, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkTidyTextLarge runs one large article (the fixtures repeated as
// paragraphs of a single body) to show the path stays linear.
func BenchmarkTidyTextLarge(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	var parts []string
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(raw))
	}
	if len(parts) == 0 {
		b.Skip("no fixtures")
	}
	big := "Large Article\n\n" + strings.Repeat(strings.Join(parts, "\n\n"), 200)
	ctx := context.Background()
	b.SetBytes(int64(len(big)))
	for b.Loop() {
		if _, err := fromText(ctx, big, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
