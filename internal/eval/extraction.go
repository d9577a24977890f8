package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// ExtractionGold is one page of a main-content extraction set: <id>.html
// with <id>.json holding {"url", "articleBody"}.
type ExtractionGold struct {
	ID       string
	HTMLPath string
	URL      string
	Body     string
}

// LoadExtractionSet reads every <id>.json of dir (sorted by id, as
// score.py does) with its <id>.html beside it.
func LoadExtractionSet(dir string) ([]ExtractionGold, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("eval: read set: %w", err)
	}
	var out []ExtractionGold
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".json") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		var g struct {
			URL         string `json:"url"`
			ArticleBody string `json:"articleBody"`
		}
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("eval: %s: %w", filepath.Join(dir, name), err)
		}
		id := strings.TrimSuffix(name, ".json")
		out = append(out, ExtractionGold{ID: id, HTMLPath: filepath.Join(dir, id+".html"), URL: g.URL, Body: g.ArticleBody})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// ExtractionScore holds the Zyte article-extraction-benchmark figures.
type ExtractionScore struct {
	Pages     int     `json:"pages"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Accuracy  float64 `json:"accuracy"`
}

// PageCounts is one page's normalised true/false positives and negatives.
type PageCounts struct {
	TP, FP, FN float64
	Same       bool
}

// ScoreExtraction computes the benchmark's corpus figures from gold and
// predicted bodies, page by page in the same order. It is score.py's score
// function: word 4-gram multisets per page, counts normalised per page,
// macro-averaged precision and recall, F1 of the means.
func ScoreExtraction(gold, pred []string) ExtractionScore {
	var ps, rs []float64
	exact := 0
	for i := range gold {
		p := ""
		if i < len(pred) {
			p = strings.ReplaceAll(pred[i], "\u00ad", "")
		}
		c := ComparePage(gold[i], p)
		if c.Same {
			exact++
		}
		perfect := c.FP == 0 && c.FN == 0
		if c.TP+c.FP > 0 {
			if perfect {
				ps = append(ps, 1)
			} else {
				ps = append(ps, c.TP/(c.TP+c.FP))
			}
		}
		if c.TP+c.FN > 0 {
			if perfect {
				rs = append(rs, 1)
			} else {
				rs = append(rs, c.TP/(c.TP+c.FN))
			}
		}
	}
	s := ExtractionScore{Pages: len(gold)}
	p, r := mean(ps), mean(rs)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	s.Precision, s.Recall, s.F1 = Round4(p), Round4(r), Round4(f)
	if len(gold) > 0 {
		s.Accuracy = Round4(float64(exact) / float64(len(gold)))
	}
	return s
}

// ComparePage returns the normalised counts of one page.
func ComparePage(gold, pred string) PageCounts {
	gt, gg := shingles(gold)
	pt, pg := shingles(pred)
	var tp, fp, fn float64
	for k, t := range gg {
		p := pg[k]
		tp += float64(min(t, p))
		fn += float64(max(0, t-p))
		fp += float64(max(0, p-t))
	}
	for k, p := range pg {
		if _, ok := gg[k]; !ok {
			fp += float64(p)
		}
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return PageCounts{TP: tp, FP: fp, FN: fn, Same: equalTokens(gt, pt)}
}

// Words splits text into runs of word characters as Python's re \w does on
// str: letters, numbers and the underscore (combining marks are not word
// characters there either).
func Words(text string) []string {
	var out []string
	start := -1
	for i, r := range text {
		w := r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			out = append(out, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, text[start:])
	}
	return out
}

func shingles(text string) ([]string, map[string]int) {
	const n = 4
	tokens := Words(text)
	grams := make(map[string]int, len(tokens))
	if len(tokens) == 0 {
		return tokens, grams
	}
	for i := 0; i < max(1, len(tokens)-n+1); i++ {
		end := min(i+n, len(tokens))
		grams[strings.Join(tokens[i:end], "\x00")]++
	}
	return tokens, grams
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}
