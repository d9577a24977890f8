package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// geowire runs the real command in-process and returns its exit code and
// output streams. It uses the environment's data directory, where the
// gazetteer is built once (make data); tests name their databases with --db.
func geowire(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb, os.Getenv)
	return code, out.String(), errb.String()
}

func TestUsage(t *testing.T) {
	code, out, _ := geowire(t, "", "--help")
	if code != 0 || !strings.Contains(out, "extract") || !strings.Contains(out, "eval") {
		t.Fatalf("--help: code %d, output %q", code, out)
	}
	if code, _, errOut := geowire(t, "", "frobnicate"); code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Fatalf("unknown command: code %d, stderr %q", code, errOut)
	}
	if code, _, errOut := geowire(t, "", "extract", "--help"); code != 0 || !strings.Contains(errOut, "--dir") {
		t.Fatalf("extract --help: code %d, stderr %q", code, errOut)
	}
}

func TestExtractExamples(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "examples", "articles", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no example articles: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			code, out, errOut := geowire(t, "", "extract", f)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var doc struct {
				Title    string            `json:"title"`
				Text     string            `json:"text"`
				Headings []json.RawMessage `json:"headings"`
				Embeds   []json.RawMessage `json:"embeds"`
			}
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, out)
			}
			if doc.Title == "" || len(doc.Text) < 200 {
				t.Fatalf("title %q, %d bytes of text", doc.Title, len(doc.Text))
			}
			if strings.Contains(doc.Text, "\uFFFD") {
				t.Fatalf("text has replacement characters: charset not decoded")
			}
			if doc.Headings == nil || doc.Embeds == nil {
				t.Fatalf("headings and embeds must be arrays, not null")
			}
		})
	}
}

func TestExtractTextFormatAndStdin(t *testing.T) {
	in := "A Headline About Mosul\n\nIraqi forces entered the old city of Mosul on Sunday, officials said. Fighting continued near the Great Mosque.\n\nResidents fled towards Erbil."
	code, out, errOut := geowire(t, in, "extract", "--format", "text", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.Contains(out, "A Headline About Mosul") || !strings.Contains(out, "Iraqi forces entered") {
		t.Fatalf("--format text printed %q", out)
	}
}

func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.html")
	binary := filepath.Join(dir, "garbage.txt")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(binary, []byte("\x00\x01\x02\x7fELF\x00\x00binary"), 0o644)
	tests := []struct {
		name    string
		args    []string
		code    int
		errPart string
	}{
		{"missing file", []string{"extract", filepath.Join(dir, "nope.html")}, 1, "no such file"},
		{"empty", []string{"extract", empty}, 1, "empty input"},
		{"binary", []string{"extract", binary}, 1, "binary"},
		{"directory", []string{"extract", dir}, 1, "directory"},
		{"no args", []string{"extract"}, 2, "want one FILE"},
		{"bad format", []string{"extract", "--format", "xml", empty}, 2, "--format"},
		{"bulk without out", []string{"extract", "--dir", dir}, 2, "--out"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := geowire(t, "", tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.errPart) {
				t.Fatalf("exit %d (want %d), stderr %q (want %q)", code, tt.code, errOut, tt.errPart)
			}
		})
	}
}

func TestExtractBulk(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("Title Here\n\nKyiv said on Monday that 14 drones were shot down over the Odesa region overnight, with debris damaging a warehouse."), 0o644)
	os.WriteFile(filepath.Join(in, "b.html"), []byte("<html><head><title>Strike near Kherson</title></head><body><article><p>Shelling hit the centre of Kherson on Friday, killing one man and damaging a school, the regional governor said in a statement on Telegram.</p><p>Ukrainian forces said they had pushed Russian troops back from the river bank.</p></article></body></html>"), 0o644)
	os.WriteFile(filepath.Join(in, "skip.pdf"), []byte("%PDF-1.4"), 0o644)
	os.WriteFile(filepath.Join(in, "bad.htm"), []byte("\x00\x00\x00"), 0o644)
	code, _, errOut := geowire(t, "", "extract", "--dir", in, "--out", out, "--format", "text")
	if code != 1 || !strings.Contains(errOut, "bad.htm") || !strings.Contains(errOut, "1 failed") {
		t.Fatalf("exit %d, stderr %q: want one failure naming bad.htm", code, errOut)
	}
	for _, name := range []string{"a.txt", "b.txt"} {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil || len(b) < 50 {
			t.Fatalf("%s: %v, %q", name, err, b)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "skip.txt")); err == nil {
		t.Fatalf("non-article file was extracted")
	}
}
