package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"path"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/text/unicode/norm"
)

// trackingParams are query parameters that say how a reader arrived, not
// what they read. Keys compare case-insensitively; utm_* is a prefix.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "msclkid": true,
	"yclid": true, "twclid": true, "ttclid": true, "igshid": true, "igsh": true,
	"mc_cid": true, "mc_eid": true, "mkt_tok": true,
	"ref": true, "ref_src": true, "ref_url": true, "referrer": true,
	"cmpid": true, "cmp": true, "ocid": true, "ncid": true, "s_cid": true,
	"_ga": true, "_gl": true, "_hsenc": true, "_hsmi": true,
	"wt.mc_id": true, "at_medium": true, "at_campaign": true, "at_custom1": true,
	"sr_share": true, "share": true, "smid": true, "spm": true, "ito": true,
	"xtor": true, "guccounter": true, "guce_referrer": true, "guce_referrer_sig": true,
	"amp": true, "outputtype": false, // handled by value below
}

func isTrackingParam(key, value string) bool {
	k := strings.ToLower(key)
	if strings.HasPrefix(k, "utm_") || strings.HasPrefix(k, "pk_") {
		return true
	}
	if k == "outputtype" {
		return strings.EqualFold(value, "amp")
	}
	return trackingParams[k]
}

// CanonicalURL returns the form of an http(s) URL that geowire uses to
// recognise the same article reached by different links:
//   - scheme and host lower-cased, the host in IDNA ASCII (punycode), a
//     trailing dot and the default port dropped, user info dropped;
//   - the fragment dropped;
//   - tracking parameters (utm_*, fbclid, gclid, mc_cid, mc_eid, igshid,
//     ref, cmpid, …) dropped, the rest sorted by key then value;
//   - AMP variants folded into the plain page: an "amp." host prefix, a
//     leading or trailing "/amp" path segment, "?amp", "outputType=amp" and
//     ".amp.html";
//   - dot segments resolved, duplicate slashes merged, percent-escapes of
//     unreserved characters decoded and the others upper-cased, and a
//     trailing slash dropped except for the root "/".
//
// CanonicalURL is idempotent: CanonicalURL(CanonicalURL(u)) == CanonicalURL(u).
func CanonicalURL(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("canonical url: %w: %v", ErrInvalidURL, err)
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return "", fmt.Errorf("canonical url %q: %w", raw, ErrBlockedScheme)
	}
	if u.Opaque != "" {
		return "", fmt.Errorf("canonical url %q: %w: opaque", raw, ErrInvalidURL)
	}
	host, err := canonicalHost(u, scheme)
	if err != nil {
		return "", fmt.Errorf("canonical url %q: %w", raw, err)
	}
	p := canonicalPath(u.EscapedPath())
	q := canonicalQuery(u.RawQuery)
	var b strings.Builder
	b.WriteString(scheme)
	b.WriteString("://")
	b.WriteString(host)
	b.WriteString(p)
	if q != "" {
		b.WriteByte('?')
		b.WriteString(q)
	}
	return b.String(), nil
}

func canonicalHost(u *url.URL, scheme string) (string, error) {
	hostname, port := u.Hostname(), u.Port()
	if hostname == "" {
		return "", fmt.Errorf("%w: no host", ErrInvalidURL)
	}
	if (scheme == "http" && port == "80") || (scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" {
		for _, c := range port {
			if c < '0' || c > '9' {
				return "", fmt.Errorf("%w: port %q", ErrInvalidURL, port)
			}
		}
		port = strings.TrimLeft(port, "0")
		if port == "" || len(port) > 5 {
			return "", fmt.Errorf("%w: port %q", ErrInvalidURL, u.Port())
		}
	}
	var h string
	if ip := net.ParseIP(strings.Trim(hostname, "[]")); ip != nil {
		h = ip.String()
		if ip.To4() == nil {
			h = "[" + h + "]"
		}
	} else {
		hn := strings.TrimSuffix(strings.ToLower(hostname), ".")
		ascii, err := idna.Lookup.ToASCII(hn)
		if err != nil {
			return "", fmt.Errorf("%w: host %q: %v", ErrInvalidURL, hostname, err)
		}
		ascii = strings.ToLower(ascii)
		if strings.HasPrefix(ascii, "amp.") && strings.Count(ascii, ".") >= 2 {
			ascii = strings.TrimPrefix(ascii, "amp.")
		}
		if !validHostname(ascii) {
			return "", fmt.Errorf("%w: host %q", ErrInvalidURL, hostname)
		}
		h = ascii
	}
	if port != "" {
		h += ":" + port
	}
	return h, nil
}

// canonicalPath normalises an escaped path (see CanonicalURL).
func canonicalPath(p string) string {
	p = normalizeEscapes(p)
	if p == "" || p[0] != '/' {
		p = "/" + p
	}
	p = path.Clean(p)
	// AMP variants.
	if strings.HasSuffix(p, ".amp.html") {
		p = strings.TrimSuffix(p, ".amp.html") + ".html"
	}
	for {
		switch {
		case p == "/amp":
			p = "/"
		case strings.HasSuffix(p, "/amp"):
			p = strings.TrimSuffix(p, "/amp")
		case strings.HasPrefix(p, "/amp/"):
			p = strings.TrimPrefix(p, "/amp")
		default:
			return p
		}
	}
}

// normalizeEscapes decodes percent-escapes of unreserved characters,
// upper-cases the others and escapes bytes that may not appear bare.
func normalizeEscapes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			v := unhex(s[i+1])<<4 | unhex(s[i+2])
			if isUnreserved(v) {
				b.WriteByte(v)
			} else {
				fmt.Fprintf(&b, "%%%02X", v)
			}
			i += 2
			continue
		}
		if c == '%' || c <= ' ' || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}' {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

func isUnreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

// canonicalQuery drops tracking parameters and sorts the rest; keys and
// values are re-escaped in one form.
func canonicalQuery(raw string) string {
	if raw == "" {
		return ""
	}
	type kv struct{ k, v string }
	var kept []kv
	for _, part := range strings.FieldsFunc(raw, func(r rune) bool { return r == '&' || r == ';' }) {
		k, v, _ := strings.Cut(part, "=")
		k, v = unescapeQuery(k), unescapeQuery(v)
		if k == "" || isTrackingParam(k, v) {
			continue
		}
		kept = append(kept, kv{k, v})
	}
	sort.SliceStable(kept, func(i, j int) bool {
		if kept[i].k != kept[j].k {
			return kept[i].k < kept[j].k
		}
		return kept[i].v < kept[j].v
	})
	parts := make([]string, len(kept))
	for i, p := range kept {
		if p.v == "" {
			parts[i] = url.QueryEscape(p.k)
			continue
		}
		parts[i] = url.QueryEscape(p.k) + "=" + url.QueryEscape(p.v)
	}
	return strings.Join(parts, "&")
}

func unescapeQuery(s string) string {
	if u, err := url.QueryUnescape(s); err == nil {
		return u
	}
	return s
}

// ContentHash returns the hex SHA-256 of text after normalisation, so that
// the same content fetched twice hashes the same despite incidental
// differences: invalid UTF-8 becomes U+FFFD, the text is put in Unicode NFC,
// every run of white space (including non-breaking spaces) becomes one
// space, and leading and trailing space is trimmed. Case and punctuation are
// kept: they are content.
func ContentHash(text string) string {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = norm.NFC.String(text)
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:])
}

// validHostname reports whether h (ASCII, lower-case) is a sequence of
// non-empty labels of letters, digits, '-' and '_'.
func validHostname(h string) bool {
	if h == "" || len(h) > 253 {
		return false
	}
	for _, label := range strings.Split(h, ".") {
		if label == "" || len(label) > 63 {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
				return false
			}
		}
	}
	return true
}
