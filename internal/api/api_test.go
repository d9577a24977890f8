package api_test

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/geowire/geowire/internal/api"
	"github.com/geowire/geowire/internal/api/apitest"
)

const token = "test-token-0123456789abcdef"

type client struct {
	t   *testing.T
	srv *httptest.Server
}

func newClient(t *testing.T, o api.Options) *client {
	t.Helper()
	_, db := apitest.MustFixture(t, t.TempDir(), 20)
	o.Store = db
	if o.Token == "" {
		o.Token = token
	}
	s, err := api.New(o)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return &client{t: t, srv: srv}
}

type response struct {
	*http.Response
	body []byte
}

func (c *client) do(method, path string, body string, hdr ...string) response {
	c.t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, c.srv.URL+path, rd)
	if err != nil {
		c.t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := http.DefaultTransport.RoundTrip(req) // no transparent gzip
	if err != nil {
		c.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return response{res, b}
}

// get fetches path, checks the status and validates a JSON body against
// the OpenAPI document; it returns the decoded body.
func (c *client) get(path string, status int) map[string]any {
	c.t.Helper()
	r := c.do("GET", path, "")
	return c.check(r, "GET", path, status)
}

func (c *client) check(r response, method, path string, status int) map[string]any {
	c.t.Helper()
	if r.StatusCode != status {
		c.t.Fatalf("%s %s: status %d, want %d: %s", method, path, r.StatusCode, status, r.body)
	}
	if len(r.body) == 0 {
		return nil
	}
	var v map[string]any
	if err := json.Unmarshal(r.body, &v); err != nil {
		c.t.Fatalf("%s %s: not JSON: %v: %s", method, path, err, r.body)
	}
	u, _ := url.Parse(path)
	if err := api.ValidateResponse(method, u.Path, status, v); err != nil {
		c.t.Fatalf("%s %s: response does not match the OpenAPI document: %v\n%s", method, path, err, r.body)
	}
	return v
}

func ids(v map[string]any) []string {
	var out []string
	for _, e := range v["events"].([]any) {
		out = append(out, e.(map[string]any)["id"].(string))
	}
	return out
}

func TestEventsFilters(t *testing.T) {
	c := newClient(t, api.Options{})
	all := c.get("/api/v1/events?limit=1000", 200)
	if n := len(all["events"].([]any)); n != 24 || all["next"] != nil {
		t.Fatalf("all events: %d, next %v", n, all["next"])
	}
	tests := []struct {
		query string
		want  []string // exactly these ids, in order; nil: check count only
		count int
	}{
		{"type=PROTEST", []string{apitest.EventProtest}, 1},
		{"type=protest,CONSULT&country=TR", []string{apitest.EventProtest}, 1},
		{"cluster=" + apitest.ClusterBelaya, []string{apitest.EventBelaya2, apitest.EventBelaya}, 2},
		{"bbox=100,50,110,55", []string{apitest.EventBelaya2, apitest.EventBelaya}, 2},
		{"near=41.0,29.0&radius_km=10", []string{apitest.EventProtest}, 1},
		{"q=tear+gas", []string{apitest.EventProtest}, 1},
		{"actor=russian", []string{apitest.EventXSS}, 1},
		{"source=Other+Wire", []string{apitest.EventBelaya2}, 1},
		{"admin1=RU.20&mode=aerial", []string{apitest.EventBelaya2, apitest.EventBelaya}, 2},
		{"from=2025-05-31&to=2025-05-31", []string{apitest.EventProtest}, 1},
		{"sort=date&limit=1", []string{apitest.EventProtest}, 1},
		{"type=COERCE", nil, 5},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := ids(c.get("/api/v1/events?"+tt.query, 200))
			if len(got) != tt.count || (tt.want != nil && fmt.Sprint(got) != fmt.Sprint(tt.want)) {
				t.Fatalf("got %v, want %v (%d)", got, tt.want, tt.count)
			}
		})
	}
	bad := []string{"bbox=1,2,3", "bbox=10,10,0,0", "type=EXPLODE", "limit=0", "limit=5000", "from=yesterday", "near=1,2",
		"radius_km=3", "sort=up", "format=xml", "country=Ukraine", "frobnicate=1", "cursor=%21%21", "near=91,0&radius_km=1"}
	for _, q := range bad {
		v := c.get("/api/v1/events?"+q, 400)
		if e := v["error"].(map[string]any); e["code"] == "" || e["message"] == "" {
			t.Fatalf("%s: error body %v", q, v)
		}
	}
}

func TestEventsPagination(t *testing.T) {
	c := newClient(t, api.Options{})
	seen := map[string]bool{}
	path := "/api/v1/events?limit=5"
	pages := 0
	for {
		v := c.get(path, 200)
		for _, id := range ids(v) {
			if seen[id] {
				t.Fatalf("%s twice", id)
			}
			seen[id] = true
		}
		pages++
		next, _ := v["next"].(string)
		if next == "" {
			break
		}
		path = "/api/v1/events?limit=5&cursor=" + url.QueryEscape(next)
	}
	if len(seen) != 24 || pages != 5 {
		t.Fatalf("%d events in %d pages", len(seen), pages)
	}
}

func TestEventDetail(t *testing.T) {
	c := newClient(t, api.Options{})
	v := c.get("/api/v1/events/"+apitest.EventBelaya, 200)
	ev := map[string]string{}
	for _, e := range v["evidence"].([]any) {
		m := e.(map[string]any)
		ev[m["field"].(string)] = m["text"].(string)
	}
	if ev["trigger"] != "struck" || ev["actor"] != "Ukrainian drones" || ev["fatalities"] != "two people were killed" {
		t.Fatalf("evidence: %v", ev)
	}
	if first := v["evidence"].([]any)[0].(map[string]any)["field"]; first != "trigger" {
		t.Fatalf("trigger first, got %v", first)
	}
	claims := v["claims"].([]any)
	if len(claims) != 1 || claims[0].(map[string]any)["verdict"] != "supported" {
		t.Fatalf("claims: %v", claims)
	}
	cl := v["cluster"].(map[string]any)
	if cl["id"] != apitest.ClusterBelaya || len(cl["sources"].([]any)) != 2 || len(cl["events"].([]any)) != 2 {
		t.Fatalf("cluster: %v", cl)
	}
	if !strings.Contains(v["document"].(map[string]any)["text"].(string), "Usol’ye-Sibirskoye") {
		t.Fatalf("document text missing")
	}
	c.get("/api/v1/events/ev_nope", 404)
}

func TestDocumentsPlacesStatsHealth(t *testing.T) {
	c := newClient(t, api.Options{})
	hits := c.get("/api/v1/documents?q=Istanbul", 200)["documents"].([]any)
	if len(hits) != 1 {
		t.Fatalf("search: %v", hits)
	}
	id := hits[0].(map[string]any)["id"].(string)
	d := c.get("/api/v1/documents/"+id, 200)
	a := d["analysis"].(map[string]any)
	if len(a["events"].([]any)) != 1 || len(a["places"].([]any)) != 1 || len(a["claims"].([]any)) != 1 {
		t.Fatalf("analysis: %v", a)
	}
	c.get("/api/v1/documents/doc_nope", 404)
	c.get("/api/v1/documents", 400)
	places := c.get("/api/v1/places?country=RU", 200)["places"].([]any)
	if len(places) != 2 {
		t.Fatalf("places: %v", places)
	}
	c.get("/api/v1/places?bogus=1", 400)
	if st := c.get("/api/v1/stats", 200); st["events"].(float64) != 24 {
		t.Fatalf("stats: %v", st)
	}
	if h := c.get("/api/v1/health", 200); h["status"] != "ok" {
		t.Fatalf("health: %v", h)
	}
	if r := c.do("GET", "/api/v1/nothing", ""); r.StatusCode != 404 || !strings.Contains(string(r.body), `"not_found"`) {
		t.Fatalf("unknown endpoint: %d %s", r.StatusCode, r.body)
	}
	r := c.do("GET", "/api/v1/openapi.json", "")
	if r.StatusCode != 200 || !bytes.Equal(r.body, api.OpenAPI) {
		t.Fatalf("openapi.json: %d", r.StatusCode)
	}
}

func TestSourcesNeedToken(t *testing.T) {
	c := newClient(t, api.Options{})
	body := `{"kind":"feed","location":"https://example.org/rss.xml","title":"Example"}`
	c.check(c.do("POST", "/api/v1/sources", body), "POST", "/api/v1/sources", 401)
	r := c.do("POST", "/api/v1/sources", body, "Authorization", "Bearer wrong")
	c.check(r, "POST", "/api/v1/sources", 401)
	if r.Header.Get("WWW-Authenticate") == "" {
		t.Fatalf("401 without WWW-Authenticate")
	}
	src := c.check(c.do("POST", "/api/v1/sources", body, "Authorization", "Bearer "+token), "POST", "/api/v1/sources", 201)
	id := fmt.Sprint(src["id"])
	if list := c.get("/api/v1/sources", 200)["sources"].([]any); len(list) != 1 {
		t.Fatalf("sources: %v", list)
	}
	c.check(c.do("POST", "/api/v1/sources", `{"kind":"ftp","location":"x"}`, "Authorization", "Bearer "+token), "POST", "/api/v1/sources", 400)
	c.check(c.do("POST", "/api/v1/sources", `{"kind":"feed","location":"x","admin":true}`, "Authorization", "Bearer "+token), "POST", "/api/v1/sources", 400)
	huge := `{"kind":"feed","location":"` + strings.Repeat("a", 2<<20) + `"}`
	c.check(c.do("POST", "/api/v1/sources", huge, "Authorization", "Bearer "+token), "POST", "/api/v1/sources", 413)
	c.check(c.do("DELETE", "/api/v1/sources/"+id, ""), "DELETE", "/api/v1/sources/"+id, 401)
	c.check(c.do("DELETE", "/api/v1/sources/"+id, "", "Authorization", "Bearer "+token), "DELETE", "/api/v1/sources/"+id, 204)
	c.check(c.do("DELETE", "/api/v1/sources/"+id, "", "Authorization", "Bearer "+token), "DELETE", "/api/v1/sources/"+id, 404)
}

func TestETagGzipCORSHeaders(t *testing.T) {
	c := newClient(t, api.Options{})
	r := c.do("GET", "/api/v1/events?type=ASSAULT", "")
	etag := r.Header.Get("ETag")
	if r.StatusCode != 200 || !strings.HasPrefix(etag, `W/"`) {
		t.Fatalf("etag %q", etag)
	}
	if r2 := c.do("GET", "/api/v1/events?type=ASSAULT", "", "If-None-Match", etag); r2.StatusCode != 304 || len(r2.body) != 0 {
		t.Fatalf("If-None-Match: %d %q", r2.StatusCode, r2.body)
	}
	if r2 := c.do("GET", "/api/v1/events?type=PROTEST", "", "If-None-Match", etag); r2.StatusCode != 200 {
		t.Fatalf("other query with old etag: %d", r2.StatusCode)
	}
	g := c.do("GET", "/api/v1/events?type=ASSAULT", "", "Accept-Encoding", "gzip")
	if g.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("no gzip: %v", g.Header)
	}
	zr, err := gzip.NewReader(bytes.NewReader(g.body))
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := io.ReadAll(zr)
	if !bytes.Equal(plain, r.body) {
		t.Fatalf("gzip body differs")
	}
	for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy"} {
		if r.Header.Get(h) == "" {
			t.Errorf("%s not set", h)
		}
	}
	if !strings.Contains(r.Header.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Errorf("CSP: %s", r.Header.Get("Content-Security-Policy"))
	}
	if o := c.do("GET", "/api/v1/events", "", "Origin", "https://evil.example"); o.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("CORS on by default")
	}
	cc := newClient(t, api.Options{CORSOrigin: "https://analyst.example"})
	if o := cc.do("GET", "/api/v1/events", "", "Origin", "https://analyst.example"); o.Header.Get("Access-Control-Allow-Origin") != "https://analyst.example" {
		t.Fatalf("CORS origin not allowed: %v", o.Header)
	}
	if o := cc.do("OPTIONS", "/api/v1/sources", "", "Origin", "https://analyst.example"); o.StatusCode != 204 {
		t.Fatalf("preflight: %d", o.StatusCode)
	}
	if o := cc.do("GET", "/api/v1/events", "", "Origin", "https://evil.example"); o.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("CORS allowed another origin")
	}
}

func TestExports(t *testing.T) {
	c := newClient(t, api.Options{})
	g := c.do("GET", "/api/v1/events?format=geojson&type=ASSAULT&limit=1", "")
	if g.StatusCode != 200 || g.Header.Get("Content-Type") != "application/geo+json" {
		t.Fatalf("geojson: %d %v", g.StatusCode, g.Header)
	}
	var fc struct {
		Type     string            `json:"type"`
		Features []json.RawMessage `json:"features"`
	}
	if err := json.Unmarshal(g.body, &fc); err != nil || fc.Type != "FeatureCollection" || len(fc.Features) != 14 {
		t.Fatalf("geojson: %v, %d features (limit must not apply)", err, len(fc.Features))
	}
	cs := c.do("GET", "/api/v1/events?format=csv", "")
	recs, err := csv.NewReader(bytes.NewReader(cs.body)).ReadAll()
	if err != nil || len(recs) != 25 || recs[0][0] != "event_id_cnty" {
		t.Fatalf("csv: %d records, %v", len(recs), err)
	}
	jl := c.do("GET", "/api/v1/events?format=jsonl&cluster="+apitest.ClusterBelaya, "")
	if n := strings.Count(string(jl.body), "\n"); n != 2 {
		t.Fatalf("jsonl: %d lines", n)
	}
	if bad := c.do("GET", "/api/v1/events?format=csv&cursor=%21", ""); bad.StatusCode != 400 {
		t.Fatalf("bad export: %d", bad.StatusCode)
	}
}

// TestHostileTextIsEscaped checks the API side of the injection test:
// JSON escapes < and > so that nothing in a response parses as markup
// even when a client mis-sniffs it.
func TestHostileTextIsEscaped(t *testing.T) {
	c := newClient(t, api.Options{})
	for _, p := range []string{"/api/v1/events/" + apitest.EventXSS, "/api/v1/events?type=ASSAULT&limit=1000"} {
		r := c.do("GET", p, "")
		if bytes.Contains(r.body, []byte("<script")) || bytes.Contains(r.body, []byte("<img")) {
			t.Fatalf("%s: raw markup in JSON", p)
		}
		if r.Header.Get("Content-Type") != "application/json" || r.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Fatalf("%s: headers %v", p, r.Header)
		}
	}
	v := c.get("/api/v1/events/"+apitest.EventXSS, 200)
	if v["document"].(map[string]any)["title"] != apitest.XSSTitle {
		t.Fatalf("title not kept verbatim")
	}
}
