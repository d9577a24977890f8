package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/geowire/geowire/internal/model"
)

// The -update flag rewrites golden files. It is registered here unless
// another test file of the package registered it first.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files in testdata")
	}
}

func updateGolden() bool {
	f := flag.Lookup("update")
	if f == nil {
		return false
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	v, _ := g.Get().(bool)
	return v
}

// MustExtractText runs Extract on a text dump and fails the test on error.
func MustExtractText(tb testing.TB, text string) *model.Document {
	tb.Helper()
	doc, err := Extract(context.Background(), []byte(text), Options{Format: FormatText})
	if err != nil {
		tb.Fatalf("Extract: %v", err)
	}
	return doc
}

// TestGoldenText extracts every testdata/text/*.txt and compares the
// document with the .json beside it; -update rewrites the .json files.
func TestGoldenText(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range files {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Extract(context.Background(), raw, Options{Format: FormatText})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			checkDocInvariants(t, doc)
			checkEmbedsOut(t, doc)
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(in, ".txt") + ".json"
			if updateGolden() {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from golden %s (run with -update after checking):\n%s", in, golden, got)
			}
		})
	}
}

// checkDocInvariants checks what every extracted document must satisfy:
// valid UTF-8 and headings whose spans locate their text in Text.
func checkDocInvariants(tb testing.TB, doc *model.Document) {
	tb.Helper()
	for _, s := range []string{doc.Text, doc.Title, doc.Byline, doc.Source} {
		if !utf8.ValidString(s) {
			tb.Fatalf("invalid UTF-8 in %q", s)
		}
	}
	runes := []rune(doc.Text)
	for _, h := range doc.Headings {
		if h.Span.Start < 0 || h.Span.End > len(runes) || h.Span.Start > h.Span.End {
			tb.Fatalf("heading %q span %v outside text of %d code points", h.Text, h.Span, len(runes))
		}
		if got := string(runes[h.Span.Start:h.Span.End]); got != h.Text {
			tb.Fatalf("heading span %v holds %q, want %q", h.Span, got, h.Text)
		}
	}
}

// checkEmbedsOut checks that no embed's text was left in the body. (Not a
// fuzz invariant: arbitrary input may repeat a post's text in the prose.)
func checkEmbedsOut(tb testing.TB, doc *model.Document) {
	tb.Helper()
	for _, e := range doc.Embeds {
		if e.Text != "" && strings.Contains(doc.Text, e.Text) {
			tb.Fatalf("embed text %q left in the body", e.Text)
		}
	}
}

func TestNormalizeText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Kyiv\nLviv", "Kyiv\nLviv"},
		{"crlf", "Kyiv\r\nLviv\rOdesa", "Kyiv\nLviv\nOdesa"},
		{"nbsp", "4,000\u00a0km and 5\u202fkm", "4,000 km and 5 km"},
		{"zero width", "Kha\u200brkiv\ufeff and \u2060Sumy\u00ad", "Kharkiv and Sumy"},
		{"zwj kept", "👨\u200d👩", "👨\u200d👩"},
		{"separators", "a\u2028b\u2029c", "a\nb\n\nc"},
		{"tabs and controls", "a\tb\x01c\x7f", "a bc"},
		{"bidi", "x\u202ey", "xy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normalizeText(tt.in); got != tt.want {
				t.Errorf("normalizeText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestReadHeader(t *testing.T) {
	date := func(s string) *time.Time {
		t, _ := time.Parse(time.DateOnly, s)
		return &t
	}
	tests := []struct {
		name, in            string
		title, byline, body string
		published           *time.Time
	}{
		{"title blank body", "Storm Hits Crete\n\nWinds reached 100 km/h in Heraklion.", "Storm Hits Crete", "", "Winds reached 100 km/h in Heraklion.", nil},
		{"title single newline", "Storm Hits Crete\nWinds reached 100 km/h in Heraklion.", "Storm Hits Crete", "", "Winds reached 100 km/h in Heraklion.", nil},
		{"no title", "Winds reached 100 km/h in Heraklion on Monday.\n\nMore later.", "", "", "Winds reached 100 km/h in Heraklion on Monday.", nil},
		{"labels", "Title: Storm Hits Crete\nAuthor: Maria Papadaki\nDate: June 4, 2025\n\nWinds rose.", "Storm Hits Crete", "Maria Papadaki", "Winds rose.", date("2025-06-04")},
		{"byline with date", "Storm Hits Crete\nBy Maria Papadaki | 4 June 2025\n\nWinds rose.", "Storm Hits Crete", "Maria Papadaki", "Winds rose.", date("2025-06-04")},
		{"byline comma date", "Storm Hits Crete\nBy Maria Papadaki, June 4, 2025\nWinds rose.", "Storm Hits Crete", "Maria Papadaki", "Winds rose.", date("2025-06-04")},
		{"bare iso date", "Storm Hits Crete\n2025-06-04\nWinds rose.", "Storm Hits Crete", "", "Winds rose.", date("2025-06-04")},
		{"published prefix", "Storm Hits Crete\nPublished June 4, 2025 10:32 AM\nWinds rose.", "Storm Hits Crete", "", "Winds rose.", date("2025-06-04")},
		{"updated loses to published", "Storm Hits Crete\nUpdated: June 5, 2025\nPublished: June 4, 2025\nWinds rose.", "Storm Hits Crete", "", "Winds rose.", date("2025-06-04")},
		{"junk before title", "Wait 5 sec.\n\nStorm Hits Crete\n\nWinds rose.", "Storm Hits Crete", "", "Winds rose.", nil},
		{"by in prose", "Storm Hits Crete\nBy Monday, the winds over Heraklion and Chania had dropped sharply, officials said.", "Storm Hits Crete", "", "By Monday, the winds over Heraklion and Chania had dropped sharply, officials said.", nil},
		{"question title", "Will the Storm Reach Athens?\n\nForecasters disagree.", "Will the Storm Reach Athens?", "", "Forecasters disagree.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &model.Document{}
			body := readHeader(doc, strings.Split(tt.in, "\n"))
			gotBody := ""
			for _, l := range body {
				if l = strings.TrimSpace(l); l != "" {
					gotBody = l
					break
				}
			}
			if doc.Title != tt.title || doc.Byline != tt.byline || gotBody != tt.body {
				t.Errorf("title %q byline %q body %q; want %q %q %q", doc.Title, doc.Byline, gotBody, tt.title, tt.byline, tt.body)
			}
			if (doc.Published == nil) != (tt.published == nil) || doc.Published != nil && !doc.Published.Equal(*tt.published) {
				t.Errorf("published %v, want %v", doc.Published, tt.published)
			}
		})
	}
}

func TestTextBlocks(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"blank lines", "One para in Riga.\n\nTwo para in Tartu.", "One para in Riga. | Two para in Tartu."},
		{"single newlines", "One para in Riga, a long one.\nTwo para in Tartu.", "One para in Riga, a long one. | Two para in Tartu."},
		{"hard wrapped", "The ferry from Tallinn to Helsinki was\ncancelled on Monday because of ice in the\nGulf of Finland.", "The ferry from Tallinn to Helsinki was cancelled on Monday because of ice in the Gulf of Finland."},
		{"short lines as paragraphs", "Ice closed the port of Tallinn on Monday morning.\nNo ships sailed from the harbour until Friday.\nThe ferry company said it was sorry.", "Ice closed the port of Tallinn on Monday morning. | No ships sailed from the harbour until Friday. | The ferry company said it was sorry."},
		{"standalone heading", "Ice closed the port of Tallinn.\nFerry Services Halted\nNo ships sailed on Monday.", "Ice closed the port of Tallinn. | # Ferry Services Halted | No ships sailed on Monday."},
		{"markdown heading", "Ice closed the port.\n\n## What Next\n\nNo ships sailed.", "Ice closed the port. | # What Next | No ships sailed."},
		{"last line not heading", "Ice closed the port.\nJane Doe", "Ice closed the port. | Jane Doe"},
		{"sentence not heading", "Ice closed the port.\nShips Waited for Days, Officials Said.\nNo ships sailed.", "Ice closed the port. | Ships Waited for Days, Officials Said. | No ships sailed."},
		{"date line not heading", "Ice closed the port.\nJune 4 2025\nNo ships sailed.", "Ice closed the port. | June 4 2025 | No ships sailed."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := blocksString(textBlocks(strings.Split(tt.in, "\n"))); got != tt.want {
				t.Errorf("textBlocks\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestGuessLang(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"en", "The strike on the base was the first of its kind, and it was reported by the ministry.", "en"},
		{"ru", "В ночь на среду беспилотники атаковали город, и это уже третья атака, которая была за неделю.", "ru"},
		{"uk", "Уночі дрони атакували місто, і це вже третя атака, яка була за тиждень, та є поранені.", "uk"},
		{"fr", "Le port de Marseille est fermé depuis lundi et les navires sont bloqués dans la rade.", "fr"},
		{"de", "Der Hafen von Hamburg ist seit Montag geschlossen und die Schiffe sind nicht ausgelaufen.", "de"},
		{"es", "El puerto de Valencia está cerrado desde el lunes y los barcos no pueden salir por la tormenta.", "es"},
		{"ar", "قال مسؤولون في بغداد إن الهجوم وقع على الطريق بين المدينة و المطار في هذا الصباح", "ar"},
		{"too short", "Kyiv", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := guessLang(tt.in); got != tt.want {
				t.Errorf("guessLang = %q, want %q", got, tt.want)
			}
		})
	}
}
