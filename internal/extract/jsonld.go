package extract

import (
	"encoding/json"
	"strings"
)

// ldArticle is what geowire reads from a page's JSON-LD (schema.org)
// Article-like object.
type ldArticle struct {
	Headline  string
	Author    string
	Published string
	Publisher string
	Body      string
	URL       string
	Lang      string
}

// articleTypes are the schema.org types of an article page.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "blogposting": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "backgroundnewsarticle": true,
	"reviewnewsarticle": true, "livebloggosting": true, "liveblogposting": true,
	"scholarlyarticle": true, "techarticle": true, "socialmediaposting": true,
	"webpage": false, "report": true, "posting": true, "review": true, "howto": true,
	"recipe": true, "medicalwebpage": false,
}

// parseJSONLD reads one <script type="application/ld+json"> body into a,
// filling only fields still empty. Malformed JSON is ignored.
func parseJSONLD(src string, a *ldArticle) {
	src = strings.TrimSpace(src)
	// Some sites wrap the JSON in an HTML comment or CDATA.
	src = strings.TrimPrefix(strings.TrimSuffix(src, "-->"), "<!--")
	src = strings.TrimPrefix(strings.TrimSuffix(src, "]]>"), "//<![CDATA[")
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return
	}
	walkLD(v, a, 0)
}

func walkLD(v any, a *ldArticle, depth int) {
	if depth > 8 {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, x := range t {
			walkLD(x, a, depth+1)
		}
	case map[string]any:
		if g, ok := t["@graph"]; ok {
			walkLD(g, a, depth+1)
		}
		if !isArticleType(t["@type"]) {
			// mainEntity of a WebPage may hold the article.
			if m, ok := t["mainEntity"]; ok {
				walkLD(m, a, depth+1)
			}
			if a.Publisher == "" && isType(t["@type"], "website") {
				if s := ldString(t["name"]); s != "" && len(s) < 80 {
					a.Publisher = s
				}
			}
			return
		}
		set := func(dst *string, s string) {
			if *dst == "" {
				*dst = strings.TrimSpace(s)
			}
		}
		set(&a.Headline, ldString(t["headline"]))
		set(&a.Headline, ldString(t["name"]))
		set(&a.Published, ldString(t["datePublished"]))
		set(&a.Published, ldString(t["dateCreated"]))
		set(&a.Author, ldName(t["author"]))
		set(&a.Author, ldName(t["creator"]))
		if p := ldName(t["publisher"]); p != "" {
			a.Publisher = strings.TrimSpace(p)
		}
		set(&a.URL, ldString(t["url"]))
		set(&a.Lang, ldString(t["inLanguage"]))
		if body := ldString(t["articleBody"]); len(body) > len(a.Body) {
			a.Body = body
		}
	}
}

func isArticleType(v any) bool {
	switch t := v.(type) {
	case string:
		return articleTypes[strings.ToLower(strings.TrimPrefix(t, "schema:"))]
	case []any:
		for _, x := range t {
			if isArticleType(x) {
				return true
			}
		}
	}
	return false
}

func isType(v any, name string) bool {
	switch t := v.(type) {
	case string:
		return strings.EqualFold(t, name)
	case []any:
		for _, x := range t {
			if isType(x, name) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case []any:
		if len(t) > 0 {
			return ldString(t[0])
		}
	case map[string]any:
		if s, ok := t["@value"].(string); ok {
			return s
		}
	}
	return ""
}

// ldName reads a person or organisation: a string, an object with name,
// or a list of them (joined with ", ").
func ldName(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case map[string]any:
		return ldString(t["name"])
	case []any:
		var names []string
		for _, x := range t {
			if s := strings.TrimSpace(ldName(x)); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}
