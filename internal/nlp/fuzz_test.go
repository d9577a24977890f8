package nlp

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"",
	"campaign.The strike, part of Ukraine’s “Spider’s Web” Operation, hit.",
	"Gen. Smith met the U.S. envoy. No. 5 was late... Then “A. B,” he said.",
	"“unbalanced quote and \"straight\" ones « guillemets » „German“ ‘single’",
	"pic.twitter.com/S4C8bSJRAV— Defense (@DefenceU) June 4, 2025Chinese ConnectionBelaya",
	"Удар по базе. 北京 Beijing. Šakalienė’s remarks\x00NUL\xffbad utf8",
	"more than 4,000 kilometers (2,485 miles) and dozens of drones, at least 12 killed",
	"\"\"\"“”“”‘’’‘«»",
	"1.2.3.4 e.g. i.e. U.S.A. www.x.com/a_(b) a@b.co #tag @h_",
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(s)
		n := utf8.RuneCountInString(s)
		prevEnd := 0
		for i, tk := range toks {
			if tk.s < 0 || tk.e > len(s) || tk.s >= tk.e || tk.s < prevEnd {
				t.Fatalf("token %d [%d,%d) bad (prev end %d, len %d)", i, tk.s, tk.e, prevEnd, len(s))
			}
			if tk.rs < 0 || tk.re > n || tk.rs >= tk.re {
				t.Fatalf("token %d code points [%d,%d) bad (n %d)", i, tk.rs, tk.re, n)
			}
			prevEnd = tk.e
		}
		sents := splitSentences(toks)
		next := 0
		for _, se := range sents {
			if se.first != next || se.end <= se.first || se.end > len(toks) {
				t.Fatalf("sentence [%d,%d) does not follow %d (of %d tokens)", se.first, se.end, next, len(toks))
			}
			next = se.end
		}
		if next != len(toks) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
		}
	})
}

func FuzzQuotes(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := ReadText(s, nil)
		rs := []rune(s)
		if !utf8.ValidString(s) {
			rs = []rune(strings.ToValidUTF8(s, "\uFFFD"))
			// invalid bytes count as one code point each in offsets;
			// only check bounds then
			for _, q := range r.Quotes {
				if q.Span.Start < 0 || q.Span.Start > q.Span.End {
					t.Fatalf("quote span %v bad", q.Span)
				}
			}
			return
		}
		for _, q := range r.Quotes {
			if q.Span.Start < 0 || q.Span.End > len(rs) || q.Span.Start >= q.Span.End {
				t.Fatalf("quote span %v out of %d", q.Span, len(rs))
			}
			if got := string(rs[q.Span.Start:q.Span.End]); got != q.Text {
				t.Fatalf("quote %q: span covers %q", q.Text, got)
			}
		}
		for _, e := range r.Entities {
			if got := string(rs[e.Span.Start:e.Span.End]); got != e.Text {
				t.Fatalf("entity %q: span covers %q", e.Text, got)
			}
		}
		for _, q := range r.Quantities {
			if got := string(rs[q.Span.Start:q.Span.End]); got != q.Text {
				t.Fatalf("quantity %q: span covers %q", q.Text, got)
			}
		}
		for _, d := range r.Dates {
			if got := string(rs[d.Span.Start:d.Span.End]); got != d.Text {
				t.Fatalf("date %q: span covers %q", d.Text, got)
			}
		}
	})
}
