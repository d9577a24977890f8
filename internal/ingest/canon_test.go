package ingest

import (
	"errors"
	"testing"
)

func TestCanonicalURL(t *testing.T) {
	tests := []struct {
		name, in, want string
		wantErr        error
	}{
		{"lowercase scheme and host", "HTTPS://Example.COM/Path", "https://example.com/Path", nil},
		{"default port https", "https://example.com:443/a", "https://example.com/a", nil},
		{"default port http", "http://example.com:80/a", "http://example.com/a", nil},
		{"other port kept", "http://example.com:8080/a", "http://example.com:8080/a", nil},
		{"fragment", "https://example.com/a#section", "https://example.com/a", nil},
		{"utm", "https://example.com/a?utm_source=x&utm_medium=y&id=3", "https://example.com/a?id=3", nil},
		{"click ids", "https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&igshid=5&ref=6&cmpid=7", "https://example.com/a", nil},
		{"tracking keys case-insensitive", "https://example.com/a?UTM_Source=x&FBCLID=y&b=1", "https://example.com/a?b=1", nil},
		{"sorted params", "https://example.com/a?z=1&a=2&m=3", "https://example.com/a?a=2&m=3&z=1", nil},
		{"same key sorted by value", "https://example.com/a?k=b&k=a", "https://example.com/a?k=a&k=b", nil},
		{"query escapes normalised", "https://example.com/a?q=caf%c3%a9+au+lait", "https://example.com/a?q=caf%C3%A9+au+lait", nil},
		{"amp path suffix", "https://example.com/news/story-1/amp", "https://example.com/news/story-1", nil},
		{"amp path suffix slash", "https://example.com/news/story-1/amp/", "https://example.com/news/story-1", nil},
		{"amp path prefix", "https://example.com/amp/news/story-1", "https://example.com/news/story-1", nil},
		{"amp query", "https://example.com/news/story-1?amp", "https://example.com/news/story-1", nil},
		{"amp query value", "https://example.com/news/story-1?amp=1", "https://example.com/news/story-1", nil},
		{"outputType amp", "https://example.com/story?outputType=amp&id=2", "https://example.com/story?id=2", nil},
		{"outputType other kept", "https://example.com/story?outputType=json", "https://example.com/story?outputType=json", nil},
		{"amp html", "https://example.com/2024/story.amp.html", "https://example.com/2024/story.html", nil},
		{"amp host", "https://amp.example.com/story", "https://example.com/story", nil},
		{"amp host alone not stripped", "https://amp.dev/story", "https://amp.dev/story", nil},
		{"trailing slash", "https://example.com/news/", "https://example.com/news", nil},
		{"root slash kept", "https://example.com", "https://example.com/", nil},
		{"dot segments", "https://example.com/a/./b/../c", "https://example.com/a/c", nil},
		{"double slashes", "https://example.com//a//b", "https://example.com/a/b", nil},
		{"unreserved escapes decoded", "https://example.com/%7Euser/%61", "https://example.com/~user/a", nil},
		{"reserved escapes upper", "https://example.com/a%2fb", "https://example.com/a%2Fb", nil},
		{"non-ascii path escaped", "https://example.com/café", "https://example.com/caf%C3%A9", nil},
		{"idna", "https://Bücher.example/x", "https://xn--bcher-kva.example/x", nil},
		{"idna already", "https://xn--bcher-kva.example/x", "https://xn--bcher-kva.example/x", nil},
		{"trailing dot host", "https://example.com./a", "https://example.com/a", nil},
		{"userinfo dropped", "https://user:pw@example.com/a", "https://example.com/a", nil},
		{"ipv6", "http://[2001:DB8::1]:80/a", "http://[2001:db8::1]/a", nil},
		{"spaces trimmed", "  https://example.com/a  ", "https://example.com/a", nil},
		{"semicolon separators", "https://example.com/a?x=1;utm_source=t", "https://example.com/a?x=1", nil},
		{"ftp refused", "ftp://example.com/a", "", ErrBlockedScheme},
		{"javascript refused", "javascript:alert(1)", "", ErrBlockedScheme},
		{"relative refused", "/news/a", "", ErrBlockedScheme},
		{"no host", "https:///a", "", ErrInvalidURL},
		{"bad port", "https://example.com:99999999/a", "", ErrInvalidURL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := CanonicalURL(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("CanonicalURL(%q) = %q, %v; want error %v", tt.in, got, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("CanonicalURL(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Fatalf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
			again, err := CanonicalURL(got)
			if err != nil || again != got {
				t.Fatalf("not idempotent: %q → %q (%v)", got, again, err)
			}
		})
	}
}

func TestContentHash(t *testing.T) {
	a := ContentHash("Hello,  world\n\n")
	tests := []struct {
		name string
		in   string
		same bool
	}{
		{"whitespace runs", "Hello, world", true},
		{"leading space", "  \tHello,\u00a0world", true},
		{"nfc", "Hello, world", true},
		{"case differs", "hello, world", false},
		{"punctuation differs", "Hello world", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ContentHash(tt.in) == a; got != tt.same {
				t.Fatalf("ContentHash(%q) same=%v, want %v", tt.in, got, tt.same)
			}
		})
	}
	if ContentHash("cafe\u0301") != ContentHash("caf\u00e9") {
		t.Fatal("NFC forms hash differently")
	}
	if len(a) != 64 {
		t.Fatalf("hash %q is not hex SHA-256", a)
	}
	if ContentHash("a\xffb") != ContentHash("a\uFFFDb") {
		t.Fatal("invalid UTF-8 not replaced")
	}
}

func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{
		"https://example.com/a?utm_source=x&b=2#f", "http://amp.Example.com:80/amp/x/amp/?amp",
		"https://xn--bcher-kva.example/%7e/%2f", "https://[::1]:443/", "http://a/b/../../c", "https://e.com/a?%zz=1&b=%",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := CanonicalURL(s)
		if err != nil {
			return
		}
		c2, err := CanonicalURL(c)
		if err != nil {
			t.Fatalf("canonical form %q of %q does not parse: %v", c, s, err)
		}
		if c2 != c {
			t.Fatalf("not idempotent: %q → %q → %q", s, c, c2)
		}
	})
}
