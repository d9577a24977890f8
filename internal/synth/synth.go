package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Article is one generated article.
type Article struct {
	Name  string // file name without extension
	Title string
	// Body is the article as plain text (HTML false) or a full page.
	Body []byte
	HTML bool
}

type place struct{ town, region, country, adj string }

var places = []place{
	{"Kharkiv", "Kharkiv Oblast", "Ukraine", "Ukrainian"}, {"Kherson", "Kherson Oblast", "Ukraine", "Ukrainian"},
	{"Pokrovsk", "Donetsk Oblast", "Ukraine", "Ukrainian"}, {"Belgorod", "Belgorod Oblast", "Russia", "Russian"},
	{"Kursk", "Kursk Oblast", "Russia", "Russian"}, {"Mosul", "Nineveh", "Iraq", "Iraqi"},
	{"Idlib", "Idlib Governorate", "Syria", "Syrian"}, {"Aleppo", "Aleppo Governorate", "Syria", "Syrian"},
	{"Goma", "North Kivu", "Democratic Republic of the Congo", "Congolese"}, {"Gao", "Gao Region", "Mali", "Malian"},
	{"Maiduguri", "Borno", "Nigeria", "Nigerian"}, {"El Fasher", "North Darfur", "Sudan", "Sudanese"},
	{"Rafah", "Gaza Strip", "Palestine", "Palestinian"}, {"Hodeidah", "Al Hudaydah", "Yemen", "Yemeni"},
	{"Mogadishu", "Banaadir", "Somalia", "Somali"}, {"Quetta", "Balochistan", "Pakistan", "Pakistani"},
	{"Sittwe", "Rakhine", "Myanmar", "Myanmar"}, {"Mekelle", "Tigray", "Ethiopia", "Ethiopian"},
}

var (
	actors  = []string{"government forces", "the army", "rebel fighters", "an armed group", "militants", "police", "drones", "artillery units", "security forces", "unidentified gunmen"}
	verbs   = []string{"shelled", "attacked", "struck", "raided", "ambushed", "bombed", "fired on", "stormed"}
	targets = []string{"a fuel depot", "a military checkpoint", "a market", "a power station", "a village", "a convoy", "an airfield", "a police station", "a bridge", "residential buildings"}
	sources = []string{"the regional governor", "a military spokesman", "local officials", "witnesses", "the health ministry", "a United Nations agency", "the interior ministry"}
	speech  = []string{"said", "told reporters", "said in a statement", "wrote on Telegram", "confirmed"}
	days    = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	junk    = []string{"Wait 5 sec.", "Advertisement", "Please enable JavaScript to view this content.", "Subscribe to continue reading."}
	sites   = []string{"Frontline Wire", "Conflict Monitor", "Regional Herald", "Daily Dispatch", "Security Review", "The Borderland Post", "Evening Courier", "Metro Ledger"}
	numbers = []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen", "dozens of"}
)

// Generate returns n articles for seed; htmlShare (0..1) of them are HTML
// pages, the rest scraped-text dumps.
func Generate(seed uint64, n int, htmlShare float64) []Article {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]Article, 0, n)
	for i := range n {
		out = append(out, article(rng, i, base.Add(time.Duration(rng.IntN(300*24))*time.Hour), rng.Float64() < htmlShare))
	}
	return out
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

func article(rng *rand.Rand, i int, pub time.Time, html bool) Article {
	p := pick(rng, places)
	actor, verb, target := pick(rng, actors), pick(rng, verbs), pick(rng, targets)
	killed, injured := rng.IntN(15), rng.IntN(40)
	src, say := pick(rng, sources), pick(rng, speech)
	// The event happened on the day of publication or up to three days
	// before, named by weekday as wire copy does.
	day := pub.AddDate(0, 0, -rng.IntN(4)).Weekday().String()
	site := pick(rng, sites)
	official := pick(rng, firstNames) + " " + pick(rng, lastNames)
	title := fmt.Sprintf(pick(rng, titles), upper(actor), verb, target, p.town)
	w := words{rng: rng, p: p, actor: actor, verb: verb, target: target, day: day, src: src, say: say, site: site,
		official: official, killed: killed, injured: injured}
	paras := []string{w.fill(pick(rng, leads))}
	// The body: a shuffled selection of the other paragraph kinds, each
	// in one of several wordings, so that two reports of different
	// events share no more phrasing than real wire copy does.
	kinds := [][]string{responses, quotes, backgrounds, reactions, details, aid, claims}
	rng.Shuffle(len(kinds), func(a, b int) { kinds[a], kinds[b] = kinds[b], kinds[a] })
	for _, k := range kinds[:3+rng.IntN(len(kinds)-2)] {
		paras = append(paras, w.fill(pick(rng, k)))
	}
	if html {
		return Article{Name: fmt.Sprintf("a%06d", i), Title: title, Body: []byte(page(rng, title, site, pub, paras)), HTML: true}
	}
	var b strings.Builder
	b.WriteString(title + "\n")
	// A dateline, as scraped text dumps usually carry one.
	fmt.Fprintf(&b, "%s\n\n", pub.Format(pick(rng, []string{"Published January 2, 2006 15:04", "2 January 2006", "Posted: Jan 2, 2006"})))
	for k, para := range paras {
		if k == 1 && rng.IntN(3) == 0 {
			b.WriteString(pick(rng, junk) + "\n\n")
		}
		b.WriteString(para)
		if rng.IntN(4) == 0 && k < len(paras)-1 {
			continue // glued to the next paragraph, as scrapers do
		}
		b.WriteString("\n\n")
	}
	fmt.Fprintf(&b, "\n\nThe post %s appeared first on %s.\n", title, site)
	return Article{Name: fmt.Sprintf("a%06d", i), Title: title, Body: []byte(b.String())}
}

func page(rng *rand.Rand, title, site string, pub time.Time, paras []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | %s</title>
<meta property="og:site_name" content="%s"><meta property="article:published_time" content="%s">
<script type="application/ld+json">{"@type":"NewsArticle","headline":%q,"datePublished":%q}</script></head><body>
<div class="cookie-banner">We use cookies. <a href="/privacy">Accept</a></div>
<header><nav class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/africa">Africa</a> <a href="/europe">Europe</a> <a href="/mideast">Middle East</a></nav></header>
<main><article><h1>%s</h1><div class="byline">By Staff Reporter · <time datetime="%s">%s</time></div>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div><div class="entry-content">`,
		title, site, site, pub.Format(time.RFC3339), title, pub.Format(time.RFC3339), title, pub.Format(time.RFC3339), pub.Format("2 January 2006"))
	for k, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
		if k == 1 {
			b.WriteString(`<div class="ad advertisement">Advertisement</div>`)
		}
	}
	b.WriteString(`</div></article><aside class="related"><h3>Related</h3><ul>`)
	for range 5 {
		fmt.Fprintf(&b, `<li><a href="/story/%d">%s near %s</a></li>`, rng.IntN(1e6), pick(rng, verbs), pick(rng, places).town)
	}
	b.WriteString(`</ul></aside><section id="comments"><div class="comment">First!</div></section></main><footer><p>© ` + site + `</p></footer></body></html>`)
	return b.String()
}
