package ingest

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"time"
)

// Robots is a parsed robots.txt (RFC 9309), reduced to the rules for one
// user agent.
type Robots struct {
	rules []robotsRule
	// CrawlDelay is the group's Crawl-delay, 0 when it has none.
	CrawlDelay time.Duration
	// Sitemaps lists the Sitemap: lines of the whole file.
	Sitemaps []string
}

type robotsRule struct {
	allow   bool
	pattern string
}

// Limits on what a robots.txt may make us hold.
const (
	maxRobotsRules   = 10000
	maxRobotsPattern = 2048
)

// ParseRobots parses a robots.txt for the user agent whose product token is
// agent (for geowire, "geowire"). The groups naming agent apply (merged);
// if none does, the groups for "*"; if none of those either, everything
// is allowed. Unknown lines and junk are ignored, as the RFC asks.
func ParseRobots(body []byte, agent string) *Robots {
	agent = strings.ToLower(agent)
	type group struct {
		agents []string
		rules  []robotsRule
		delay  time.Duration
		hasDel bool
	}
	var (
		groups   []*group
		cur      *group
		inAgents bool // the previous significant line was a user-agent line
		r        = &Robots{}
	)
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	sc.Split(scanRobotsLines)
	nrules := 0
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		switch key {
		case "user-agent", "useragent", "user agent":
			if !inAgents || cur == nil {
				cur = &group{}
				groups = append(groups, cur)
			}
			inAgents = true
			cur.agents = append(cur.agents, strings.ToLower(val))
		case "allow", "disallow":
			inAgents = false
			if cur == nil || val == "" || nrules >= maxRobotsRules || len(val) > maxRobotsPattern {
				continue
			}
			nrules++
			cur.rules = append(cur.rules, robotsRule{allow: key == "allow", pattern: normalizeRobotsPath(val)})
		case "crawl-delay":
			inAgents = false
			if cur == nil {
				continue
			}
			if s, err := strconv.ParseFloat(val, 64); err == nil && s >= 0 && s < 86400 {
				cur.delay = time.Duration(s * float64(time.Second))
				cur.hasDel = true
			}
		case "sitemap":
			if val != "" && len(r.Sitemaps) < 1000 {
				r.Sitemaps = append(r.Sitemaps, val)
			}
		default:
			// Other records end a run of user-agent lines too.
			inAgents = false
		}
	}
	matches := func(g *group, want func(string) bool) bool {
		for _, a := range g.agents {
			if want(a) {
				return true
			}
		}
		return false
	}
	pick := func(want func(string) bool) bool {
		found := false
		for _, g := range groups {
			if matches(g, want) {
				found = true
				r.rules = append(r.rules, g.rules...)
				if g.hasDel && g.delay > r.CrawlDelay {
					r.CrawlDelay = g.delay
				}
			}
		}
		return found
	}
	if !pick(func(a string) bool { return agentMatches(a, agent) }) {
		pick(func(a string) bool { return a == "*" })
	}
	return r
}

// agentMatches compares a user-agent line with our product token: equal,
// case-insensitively, or the line's product token ("geowire/1.0") is ours.
func agentMatches(line, agent string) bool {
	if line == agent {
		return true
	}
	tok, _, _ := strings.Cut(line, "/")
	return strings.TrimSpace(tok) == agent
}

// scanRobotsLines splits on \n, \r\n and lone \r.
func scanRobotsLines(data []byte, atEOF bool) (int, []byte, error) {
	for i, c := range data {
		switch c {
		case '\n':
			return i + 1, data[:i], nil
		case '\r':
			if i+1 < len(data) {
				if data[i+1] == '\n' {
					return i + 2, data[:i], nil
				}
				return i + 1, data[:i], nil
			}
			if atEOF {
				return i + 1, data[:i], nil
			}
			return 0, nil, nil // need one more byte
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// Allowed reports whether path (the URL's escaped path and query, such as
// "/a/b?c=d") may be fetched: the longest matching rule wins, Allow wins a
// tie, and no matching rule means allowed. /robots.txt is always allowed.
func (r *Robots) Allowed(path string) bool {
	if r == nil {
		return true
	}
	if path == "" {
		path = "/"
	}
	if path == "/robots.txt" {
		return true
	}
	path = normalizeRobotsPath(path)
	best, allowed := -1, true
	for _, rule := range r.rules {
		if !robotsMatch(rule.pattern, path) {
			continue
		}
		n := len(rule.pattern)
		if n > best || (n == best && rule.allow) {
			best, allowed = n, rule.allow
		}
	}
	return allowed
}

// robotsMatch matches a pattern with '*' (any run of characters) and a
// final '$' (end of path) against the start of path. Greedy leftmost
// matching of the pieces is exact for such patterns, and linear-ish.
func robotsMatch(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	}
	pieces := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, pieces[0]) {
		return false
	}
	pos := len(pieces[0])
	if len(pieces) == 1 {
		return !anchored || pos == len(path)
	}
	for _, p := range pieces[1 : len(pieces)-1] {
		i := strings.Index(path[pos:], p)
		if i < 0 {
			return false
		}
		pos += i + len(p)
	}
	last := pieces[len(pieces)-1]
	if anchored {
		return len(path)-pos >= len(last) && strings.HasSuffix(path, last)
	}
	return strings.Contains(path[pos:], last)
}

// normalizeRobotsPath puts a path or pattern in one percent-encoding:
// escapes of unreserved characters decoded, the others upper-cased, and
// non-ASCII bytes escaped, so "/caf%C3%A9", "/café" and "/caf%c3%a9" match.
// '*' and '$' are kept as they are.
func normalizeRobotsPath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '%' && i+2 < len(p) && isHex(p[i+1]) && isHex(p[i+2]) {
			v := unhex(p[i+1])<<4 | unhex(p[i+2])
			if isUnreserved(v) {
				b.WriteByte(v)
			} else {
				b.WriteByte('%')
				b.WriteString(strings.ToUpper(p[i+1 : i+3]))
			}
			i += 2
			continue
		}
		if c >= 0x80 || c <= ' ' {
			b.WriteString("%" + strings.ToUpper(strconv.FormatUint(uint64(c)|0x100, 16)[1:]))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
