package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/html")

// mustExtractFile runs Extract on a fixture of testdata/html.
func mustExtractFile(tb testing.TB, name, pageURL string) *model.Document {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "html", name))
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := Extract(context.Background(), raw, Options{URL: pageURL})
	if err != nil {
		tb.Fatalf("Extract(%s): %v", name, err)
	}
	return doc
}

func TestFromHTMLFixtures(t *testing.T) {
	tests := []struct {
		name      string
		url       string
		want      []string // substrings of Text
		notWant   []string // must not appear in Text
		title     string
		byline    string
		published string
		source    string
		lang      string
		canonical string
		headings  []string
		embeds    int
	}{
		{
			name: "news_basic.html", url: "https://courier.example/news/flood",
			want: []string{"Residents of Millbrook began returning", "Damage assessment begins",
				"never one that lasted this long", "snowmelt in the hills"},
			notWant: []string{"cookies", "Sport", "Advertisement", "Related stories", "Bridge reopens",
				"Great reporting", "All rights reserved", "Share on", "Photo: Courier staff", "By Mara"},
			title: "Flood waters recede in river town", byline: "Mara Ilves",
			published: "2024-03-14T08:30:00Z", source: "The Valley Courier", lang: "en",
			canonical: "https://courier.example/news/2024/flood-waters-recede",
			headings:  []string{"Damage assessment begins"},
		},
		{
			name: "embeds.html", url: "https://port.example/attack",
			want:      []string{"Air defence units shot down", "damage to the berths was minor", "not to publish photos"},
			notWant:   []string{"Firefighters", "@ServiceSsu", "Morning at the harbour", "A post shared"},
			title:     "Drone attack on the port: what we know",
			byline:    "Newsroom",
			published: "2023-11-03T18:00:00Z", source: "port.example", lang: "uk",
			embeds: 4,
		},
		{
			name: "windows1251.html", url: "http://oblast.example/most",
			want:    []string{"Міська рада затвердила план ремонту мосту", "об’їзною дорогою"},
			notWant: []string{"Головна", "Контакти", "Усі права захищено"},
			title:   "Ремонт мосту завершать до осені", source: "oblast.example",
		},
		{
			name: "br_layout.html", url: "https://coastline.example/p?id=7",
			want:    []string{"The harbour festival came back on Saturday", "repairs to the sea wall", "Local bands played until midnight,\nand the lifeboat crew"},
			notWant: []string{"Home", "Ferry timetable", "Popular"},
			title:   "Harbour festival returns after four years", published: "2022-07-09T00:00:00Z",
			source: "coastline.example", lang: "en", canonical: "https://coastline.example/harbour-festival",
		},
		{
			name: "sections.html", url: "https://railnotes.example/alps",
			want: []string{"Most travellers start in Zurich", "Book panoramic seats early",
				"some high passes stay closed until June"},
			notWant: []string{"Rail Notes", "Guides", "weekly newsletter"},
			title:   "Guide: planning a rail trip across the Alps",
			source:  "Rail Notes", lang: "de",
			headings: []string{"Choosing a route", "Tickets and passes", "When to go"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustExtractFile(t, tt.name, tt.url)
			for _, w := range tt.want {
				if !strings.Contains(doc.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, doc.Text)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(doc.Text, w) {
					t.Errorf("text has boilerplate %q:\n%s", w, doc.Text)
				}
			}
			if doc.Title != tt.title {
				t.Errorf("Title = %q, want %q", doc.Title, tt.title)
			}
			if doc.Byline != tt.byline {
				t.Errorf("Byline = %q, want %q", doc.Byline, tt.byline)
			}
			gotPub := ""
			if doc.Published != nil {
				gotPub = doc.Published.Format(time.RFC3339)
			}
			if gotPub != tt.published {
				t.Errorf("Published = %q, want %q", gotPub, tt.published)
			}
			if doc.Source != tt.source || doc.Lang != tt.lang || doc.CanonicalURL != tt.canonical {
				t.Errorf("Source, Lang, CanonicalURL = %q, %q, %q; want %q, %q, %q",
					doc.Source, doc.Lang, doc.CanonicalURL, tt.source, tt.lang, tt.canonical)
			}
			if tt.headings != nil {
				var got []string
				for _, h := range doc.Headings {
					got = append(got, h.Text)
					if span := []rune(doc.Text)[h.Span.Start:h.Span.End]; string(span) != h.Text {
						t.Errorf("heading span %v covers %q, want %q", h.Span, string(span), h.Text)
					}
				}
				if strings.Join(got, "|") != strings.Join(tt.headings, "|") {
					t.Errorf("Headings = %q, want %q", got, tt.headings)
				}
			}
			if len(doc.Embeds) != tt.embeds {
				t.Errorf("%d embeds, want %d: %+v", len(doc.Embeds), tt.embeds, doc.Embeds)
			}
			checkGolden(t, strings.TrimSuffix(tt.name, ".html")+".golden.json", doc)
		})
	}
}

// checkGolden compares doc with a golden JSON file; -update rewrites it.
func checkGolden(t *testing.T, name string, doc *model.Document) {
	t.Helper()
	got, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "html", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (go test -update rewrites it):\n%s", path, got)
	}
}

func TestEmbedsFromHTML(t *testing.T) {
	doc := mustExtractFile(t, "embeds.html", "https://port.example/attack")
	want := []model.Embed{
		{Kind: model.EmbedSocialPost, Platform: "twitter", Author: "Regional Rescue", Handle: "@RegionRescue",
			Date: "2023-11-03", URL: "https://twitter.com/RegionRescue/status/1720512345678901234",
			Text:     "Firefighters of @ServiceSsu and rescuers worked through the night at the port. Photos: pic.twitter.com/abc",
			Mentions: []string{"@ServiceSsu"}},
		{Kind: model.EmbedVideo, Platform: "youtube", URL: "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
		{Kind: model.EmbedSocialPost, Platform: "instagram", Author: "City Council", Handle: "@citycouncil",
			URL: "https://www.instagram.com/p/Cabc123/", Text: "Morning at the harbour after the attack"},
		{Kind: model.EmbedSocialPost, Platform: "telegram", Handle: "@portnews", URL: "https://t.me/portnews/4521"},
	}
	if len(doc.Embeds) != len(want) {
		t.Fatalf("got %d embeds, want %d: %+v", len(doc.Embeds), len(want), doc.Embeds)
	}
	for i, w := range want {
		g, _ := json.Marshal(doc.Embeds[i])
		wj, _ := json.Marshal(w)
		if !bytes.Equal(g, wj) {
			t.Errorf("embed %d:\n got %s\nwant %s", i, g, wj)
		}
	}
}

func TestFromHTMLHostile(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		opt  Options
		want error
	}{
		{"deep divs", []byte(strings.Repeat("<div>", 100_000) + "x"), Options{Format: FormatHTML}, ErrTooDeep},
		{"depth over MaxDepth", []byte("<html><body>" + strings.Repeat("<div>", 50) + "<p>deep text</p>"), Options{Format: FormatHTML, MaxDepth: 20}, ErrTooDeep},
		{"binary", []byte("<html>\x00\x01\x02\x03"), Options{Format: FormatHTML}, ErrBinary},
		{"no content", []byte("<html><head><title>t</title></head><body><nav><a href=/>x</a></nav></body></html>"), Options{Format: FormatHTML}, ErrNoContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(context.Background(), tt.raw, tt.opt)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestFromHTMLLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	para := "<p>" + strings.Repeat("The council met again on Tuesday to discuss the bridge, ", 20) + "</p>\n"
	raw := []byte("<html><body><article>" + strings.Repeat(para, 50<<20/len(para)) + "</article></body></html>")
	// A 50 MB page is either extracted whole or refused with a clear
	// time-limit error (the default limit is 10 s; a loaded machine or the
	// race detector can exceed it) — never a hang or a panic.
	start := time.Now()
	doc, err := Extract(context.Background(), raw, Options{})
	if errors.Is(err, ErrTimeout) {
		t.Logf("refused after %v: %v", time.Since(start), err)
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Text) < 40<<20 {
		t.Fatalf("text of %d bytes from %d bytes of HTML", len(doc.Text), len(raw))
	}
	t.Logf("%d MB in %v", len(raw)>>20, time.Since(start))
}

func TestFromHTMLCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	raw := []byte("<html><body><article><p>" + strings.Repeat("word ", 1000) + "</p></article></body></html>")
	if _, err := Extract(ctx, raw, Options{Format: FormatHTML}); !errors.Is(err, ErrTimeout) && !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want a time-limit error", err)
	}
}
