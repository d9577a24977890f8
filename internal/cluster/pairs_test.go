package cluster

import (
	"fmt"
	"math/bits"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The pairs below measure "same story with small edits" (syndicated
// copies) against "different story on the same topic". The stories in
// testdata/stories are written for geowire; the edits are what syndicating
// sites do to a wire story.

// story reads testdata/stories/name.txt.
func story(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "stories", name+".txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func storyNames(tb testing.TB) []string {
	tb.Helper()
	m, err := filepath.Glob(filepath.Join("testdata", "stories", "*.txt"))
	if err != nil || len(m) == 0 {
		tb.Fatalf("no stories: %v", err)
	}
	var names []string
	for _, p := range m {
		names = append(names, strings.TrimSuffix(filepath.Base(p), ".txt"))
	}
	return names
}

// An edit turns a story into what another site printed.
type edit struct {
	name string
	fn   func(string) string
}

func paragraphs(s string) []string { return strings.Split(strings.TrimSpace(s), "\n\n") }

func withHeadline(h string) func(string) string {
	return func(s string) string { return h + "\n\n" + s }
}

func withByline(b string) func(string) string {
	return func(s string) string { return b + "\n\n" + s }
}

func withFooter(f string) func(string) string {
	return func(s string) string { return strings.TrimSpace(s) + "\n\n" + f }
}

// dropLast removes the last n paragraphs (a site trimming the story).
func dropLast(n int) func(string) string {
	return func(s string) string {
		p := paragraphs(s)
		return strings.Join(p[:max(len(p)-n, 1)], "\n\n")
	}
}

// keepFirst keeps the first n paragraphs (a short version of the story).
func keepFirst(n int) func(string) string {
	return func(s string) string {
		p := paragraphs(s)
		return strings.Join(p[:min(n, len(p))], "\n\n")
	}
}

// everyNth replaces every nth word by an edited form (copy-editing).
func everyNth(n int) func(string) string {
	return func(s string) string {
		w := strings.Fields(s)
		for i := n / 2; i < len(w); i += n {
			w[i] = "x" + w[i]
		}
		return strings.Join(w, " ")
	}
}

var usSpelling = strings.NewReplacer("kilometres", "kilometers", "defence", "defense", "centre", "center",
	"organise", "organize", "criticised", "criticized", "storey", "story", "Kyiv", "Kiev", "\"", "”", "'", "’")

func americanise(s string) string { return usSpelling.Replace(s) }

// withUpdate puts a new first paragraph on top and raises the toll.
func withUpdate(s string) string {
	p := paragraphs(s)
	up := "UPDATE: The number of dead has risen, officials said on Monday, and rescuers are still searching the site."
	p[0] = strings.NewReplacer("four", "six", "two", "three", "one person", "two people", "three people", "five people").Replace(p[0])
	return up + "\n\n" + strings.Join(p, "\n\n")
}

func chain(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

const (
	footerWire   = "Copyright 2026 The Example Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."
	footerDaily  = "Read more: the latest news from the war in Ukraine. Sign up for our morning newsletter to get the top stories in your inbox every day. Follow us on social media for live updates."
	footerPortal = "This article was automatically published from a syndicated feed and has not been edited by our staff. Share it with your friends and leave a comment below."
)

// syndications are the edits of one story by several sites.
var syndications = []edit{
	{"headline", withHeadline("Strike kills several, officials say")},
	{"byline+footer", chain(withByline("By Anna Kovalenko, The Example Wire"), withFooter(footerWire))},
	{"other footer", withFooter(footerDaily)},
	{"portal footer+headline", chain(withHeadline("BREAKING: officials report casualties after attack"), withFooter(footerPortal))},
	{"us spelling", americanise},
	{"copy edits 1 in 30", everyNth(30)},
	{"copy edits 1 in 15", everyNth(15)},
	{"trimmed last paragraph", dropLast(1)},
	{"update on top", withUpdate},
	{"wire rewrite", chain(americanise, dropLast(1), withByline("Staff and agencies"), withFooter(footerDaily))},
	{"short version", keepFirst(3)},
}

// pair is two texts and whether they are one story.
type pair struct {
	name string
	a, b string
	same bool
}

// dedupPairs builds the labelled pairs: every syndicated copy against the
// original and against each other copy (same story), every story against
// every other in several dresses (different stories, many on one topic),
// and different stories carrying the same site footer.
func dedupPairs(tb testing.TB) []pair {
	tb.Helper()
	names := storyNames(tb)
	texts := map[string]string{}
	for _, n := range names {
		texts[n] = story(tb, n)
	}
	var ps []pair
	for _, n := range names {
		s := texts[n]
		for i, e := range syndications {
			ps = append(ps, pair{n + "/original~" + e.name, s, e.fn(s), true})
			for _, f := range syndications[i+1:] {
				ps = append(ps, pair{n + "/" + e.name + "~" + f.name, e.fn(s), f.fn(s), true})
			}
		}
	}
	for i, n := range names {
		for _, m := range names[i+1:] {
			a, b := texts[n], texts[m]
			ps = append(ps, pair{n + "~" + m, a, b, false})
			for _, e := range syndications[:4] {
				// The same site's dress on two different stories.
				ps = append(ps, pair{n + "~" + m + "/both " + e.name, e.fn(a), e.fn(b), false})
			}
			ps = append(ps, pair{n + "~" + m + "/short", keepFirst(1)(a), keepFirst(1)(b), false})
		}
	}
	return ps
}

// simhash64 is the SimHash alternative measured against MinHash: each
// shingle votes on 64 bits.
func simhash64(text string) uint64 {
	var v [64]int
	shingles(text, func(x uint64) {
		for i := range v {
			if x>>i&1 == 1 {
				v[i]++
			} else {
				v[i]--
			}
		}
	})
	var h uint64
	for i, c := range v {
		if c > 0 {
			h |= 1 << i
		}
	}
	return h
}

func simhashSimilarity(a, b uint64) float64 { return 1 - float64(bits.OnesCount64(a^b))/64 }

// exactJaccard is the true Jaccard similarity of two texts' shingle sets.
func exactJaccard(a, b string) float64 {
	set := func(s string) map[uint64]bool {
		m := map[uint64]bool{}
		shingles(s, func(x uint64) { m[x] = true })
		return m
	}
	sa, sb := set(a), set(b)
	inter := 0
	for x := range sa {
		if sb[x] {
			inter++
		}
	}
	union := len(sa) + len(sb) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// prf is precision and recall of "score ≥ threshold means same story".
type prf struct{ tp, fp, fn, tn int }

func (c prf) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c prf) recall() float64    { return ratio(c.tp, c.tp+c.fn) }
func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func count(scores []float64, same []bool, t float64) prf {
	var c prf
	for i, s := range scores {
		switch {
		case s >= t && same[i]:
			c.tp++
		case s >= t:
			c.fp++
		case same[i]:
			c.fn++
		default:
			c.tn++
		}
	}
	return c
}

// gap reports the lowest score of a same-story pair and the highest of a
// different-story pair, with their names.
func gap(ps []pair, scores []float64) (lowSame float64, lowName string, highDiff float64, highName string) {
	lowSame, highDiff = 2, -1
	for i, p := range ps {
		if p.same && scores[i] < lowSame {
			lowSame, lowName = scores[i], p.name
		}
		if !p.same && scores[i] > highDiff {
			highDiff, highName = scores[i], p.name
		}
	}
	return
}

// TestDuplicateThreshold measures MinHash and SimHash on the pairs and
// holds MinHash at DuplicateThreshold to full precision and recall.
func TestDuplicateThreshold(t *testing.T) {
	ps := dedupPairs(t)
	var mh, sh, ex []float64
	var same []bool
	for _, p := range ps {
		mh = append(mh, Similarity(Signature(p.a), Signature(p.b)))
		sh = append(sh, simhashSimilarity(simhash64(p.a), simhash64(p.b)))
		ex = append(ex, exactJaccard(p.a, p.b))
		same = append(same, p.same)
	}
	nSame := 0
	for _, s := range same {
		if s {
			nSame++
		}
	}
	t.Logf("%d pairs: %d same story, %d different", len(ps), nSame, len(ps)-nSame)
	for _, m := range []struct {
		name   string
		scores []float64
	}{{"exact Jaccard", ex}, {"MinHash-128", mh}, {"SimHash-64", sh}} {
		lo, loName, hi, hiName := gap(ps, m.scores)
		t.Logf("%-13s lowest same %.3f (%s), highest different %.3f (%s)", m.name, lo, loName, hi, hiName)
		var b strings.Builder
		for _, th := range thresholdsFor(m.name) {
			c := count(m.scores, same, th)
			fmt.Fprintf(&b, " %.2f:P%.3f/R%.3f", th, c.precision(), c.recall())
		}
		t.Logf("%-13s%s", m.name, b.String())
	}
	c := count(mh, same, DuplicateThreshold)
	if c.precision() < 1 || c.recall() < 1 {
		t.Errorf("MinHash at %.2f: precision %.3f, recall %.3f (fp %d, fn %d); want 1/1", DuplicateThreshold, c.precision(), c.recall(), c.fp, c.fn)
		for i, p := range ps {
			if (mh[i] >= DuplicateThreshold) != p.same {
				t.Logf("  %s: %.3f (exact %.3f), same=%v", p.name, mh[i], ex[i], p.same)
			}
		}
	}
}

func thresholdsFor(name string) []float64 {
	if strings.HasPrefix(name, "SimHash") {
		return []float64{0.70, 0.75, 0.80, 0.85, 0.90, 0.95}
	}
	return []float64{0.10, 0.20, 0.25, 0.30, 0.40, 0.50, 0.60}
}

// TestDuplicateCorpus measures the threshold on a directory of real
// articles (JSON files with "articleBody", such as the extraction
// evaluation sets), which are not part of the repository: set
// GEOWIRE_DEDUP_CORPUS to the directory. Each article is syndicated with
// the edits above; the different-story pairs are every pair of articles.
func TestDuplicateCorpus(t *testing.T) {
	dir := os.Getenv("GEOWIRE_DEDUP_CORPUS")
	if dir == "" {
		t.Skip("GEOWIRE_DEDUP_CORPUS not set")
	}
	bodies := readCorpus(t, dir)
	sigs := make([]Sig, len(bodies))
	shs := make([]uint64, len(bodies))
	for i, b := range bodies {
		sigs[i], shs[i] = Signature(b), simhash64(b)
	}
	var mh, sh []float64
	var same []bool
	var names []string
	for i, b := range bodies {
		for _, e := range syndications {
			c := e.fn(b)
			mh = append(mh, Similarity(sigs[i], Signature(c)))
			sh = append(sh, simhashSimilarity(shs[i], simhash64(c)))
			same = append(same, true)
			names = append(names, fmt.Sprintf("%d/%s", i, e.name))
		}
		for j := i + 1; j < len(bodies); j++ {
			mh = append(mh, Similarity(sigs[i], sigs[j]))
			sh = append(sh, simhashSimilarity(shs[i], shs[j]))
			same = append(same, false)
			names = append(names, fmt.Sprintf("%d~%d", i, j))
		}
	}
	t.Logf("%d articles, %d pairs", len(bodies), len(same))
	for _, m := range []struct {
		name   string
		scores []float64
	}{{"MinHash-128", mh}, {"SimHash-64", sh}} {
		var b strings.Builder
		for _, th := range thresholdsFor(m.name) {
			c := count(m.scores, same, th)
			fmt.Fprintf(&b, " %.2f:P%.4f/R%.4f", th, c.precision(), c.recall())
		}
		t.Logf("%-11s%s", m.name, b.String())
		// The worst pairs on each side.
		type sc struct {
			s    float64
			name string
		}
		var lowSame, highDiff []sc
		for i, s := range m.scores {
			if same[i] {
				lowSame = append(lowSame, sc{s, names[i]})
			} else {
				highDiff = append(highDiff, sc{s, names[i]})
			}
		}
		sort.Slice(lowSame, func(i, j int) bool { return lowSame[i].s < lowSame[j].s })
		sort.Slice(highDiff, func(i, j int) bool { return highDiff[i].s > highDiff[j].s })
		t.Logf("%-11s lowest same %v; highest different %v", m.name, lowSame[:min(3, len(lowSame))], highDiff[:min(3, len(highDiff))])
		// Recall by edit at the threshold.
		th := DuplicateThreshold
		if strings.HasPrefix(m.name, "SimHash") {
			th = 0.75
		}
		var b2 strings.Builder
		for _, e := range syndications {
			var c prf
			for i, s := range m.scores {
				if same[i] && strings.HasSuffix(names[i], "/"+e.name) {
					if s >= th {
						c.tp++
					} else {
						c.fn++
					}
				}
			}
			fmt.Fprintf(&b2, " %s %.3f;", e.name, c.recall())
		}
		t.Logf("%-11s recall at %.2f by edit:%s", m.name, th, b2.String())
	}
}
