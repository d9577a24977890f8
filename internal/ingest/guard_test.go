package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"sync"
	"testing"
)

func TestCheckAddr(t *testing.T) {
	tests := []struct {
		ip      string
		blocked bool
	}{
		{"127.0.0.1", true}, {"127.8.9.10", true}, {"::1", true},
		{"10.1.2.3", true}, {"172.16.0.1", true}, {"172.31.255.255", true}, {"192.168.1.1", true},
		{"169.254.169.254", true}, {"169.254.1.1", true}, {"fe80::1", true},
		{"fc00::1", true}, {"fd00:ec2::254", true},
		{"0.0.0.0", true}, {"::", true}, {"224.0.0.1", true}, {"ff02::1", true}, {"255.255.255.255", true},
		{"100.64.0.1", true}, {"100.127.255.255", true},
		{"::ffff:127.0.0.1", true}, {"::ffff:10.0.0.1", true}, {"::ffff:169.254.169.254", true},
		{"2002:7f00:1::", true},      // 6to4 of 127.0.0.1
		{"64:ff9b::a9fe:a9fe", true}, // NAT64 of 169.254.169.254
		{"fe80::1%eth0", true},       // zoned
		{"8.8.8.8", false}, {"93.184.216.34", false}, {"100.128.0.1", false}, {"172.32.0.1", false},
		{"2606:4700::1111", false}, {"::ffff:8.8.8.8", false}, {"2002:0808:0808::", false},
	}
	for _, tt := range tests {
		t.Run(tt.ip, func(t *testing.T) {
			err := CheckAddr(netip.MustParseAddr(tt.ip))
			if got := errors.Is(err, ErrBlockedAddress); got != tt.blocked {
				t.Fatalf("CheckAddr(%s) = %v, want blocked=%v", tt.ip, err, tt.blocked)
			}
		})
	}
	if err := guardControl("tcp4", "127.0.0.1:80", nil); !errors.Is(err, ErrBlockedAddress) {
		t.Fatalf("guardControl(127.0.0.1) = %v", err)
	}
	if err := guardControl("tcp4", "8.8.8.8:80", nil); err != nil {
		t.Fatalf("guardControl(8.8.8.8) = %v", err)
	}
}

// fakeNet answers DNS from a table (one answer per lookup, the last one
// repeating, to simulate rebinding) and routes the fake public address
// 203.0.113.7 (TEST-NET-3) to a local test server. It never dials anything
// but that server.
type fakeNet struct {
	mu      sync.Mutex
	answers map[string][]string
	local   string // host:port of the httptest server
	dialed  []string
}

const fakePublicIP = "203.0.113.7"

func (n *fakeNet) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	a := n.answers[host]
	if len(a) == 0 {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	ip := a[0]
	if len(a) > 1 {
		n.answers[host] = a[1:]
	}
	return []netip.Addr{netip.MustParseAddr(ip)}, nil
}

func (n *fakeNet) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	n.mu.Lock()
	n.dialed = append(n.dialed, address)
	n.mu.Unlock()
	host, _, _ := net.SplitHostPort(address)
	if host == fakePublicIP {
		var d net.Dialer
		return d.DialContext(ctx, network, n.local)
	}
	if host == "127.0.0.1" { // reached only when the guard failed, or with AllowPrivate
		var d net.Dialer
		return d.DialContext(ctx, network, address)
	}
	return nil, fmt.Errorf("fakeNet: refusing to dial %s", address)
}

func TestSSRFGuard(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-loopback":
			u, _ := url.Parse(r.URL.Query().Get("to"))
			http.Redirect(w, r, u.String(), http.StatusFound)
		case "/secret":
			io.WriteString(w, "secret")
		default:
			io.WriteString(w, "public")
		}
	})
	su, _ := url.Parse(srv.URL)
	port := su.Port()
	newNet := func() *fakeNet {
		return &fakeNet{local: su.Host, answers: map[string][]string{
			"public.test":   {fakePublicIP},
			"localhost":     {"127.0.0.1"},
			"evil.test":     {"127.0.0.1"},
			"rebind.test":   {fakePublicIP, "127.0.0.1"},
			"metadata.test": {"169.254.169.254"},
			"mapped.test":   {"::ffff:127.0.0.1"},
		}}
	}
	guarded := func(n *fakeNet) *Fetcher {
		return newTestFetcher(t, func(c *FetcherConfig) {
			c.AllowPrivate = false
			c.Resolver, c.Dialer = n, n
			c.MaxAttempts = 1
		})
	}
	secret := func(host string) string { return "http://" + net.JoinHostPort(host, port) + "/secret" }

	t.Run("loopback refused by default", func(t *testing.T) {
		f := newTestFetcher(t, func(c *FetcherConfig) { c.AllowPrivate = false; c.MaxAttempts = 1 })
		_, err := f.Fetch(context.Background(), srv.URL+"/secret", Conditional{})
		if !errors.Is(err, ErrBlockedAddress) {
			t.Fatalf("err = %v, want ErrBlockedAddress", err)
		}
	})
	t.Run("allowed with AllowPrivate", func(t *testing.T) {
		f := newTestFetcher(t, nil)
		if _, err := f.Fetch(context.Background(), srv.URL+"/secret", Conditional{}); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("public host allowed", func(t *testing.T) {
		n := newNet()
		resp, err := guarded(n).Fetch(context.Background(), "http://public.test:"+port+"/", Conditional{})
		if err != nil || string(resp.Body) != "public" {
			t.Fatalf("Fetch: %v", err)
		}
	})
	for _, target := range []string{secret("127.0.0.1"), secret("localhost"), secret("evil.test"), secret("::ffff:127.0.0.1"), secret("mapped.test"), secret("169.254.169.254"), secret("metadata.test")} {
		t.Run("redirect to "+target, func(t *testing.T) {
			n := newNet()
			start := "http://public.test:" + port + "/to-loopback?to=" + url.QueryEscape(target)
			_, err := guarded(n).Fetch(context.Background(), start, Conditional{})
			if !errors.Is(err, ErrBlockedAddress) {
				t.Fatalf("err = %v, want ErrBlockedAddress", err)
			}
			for _, d := range n.dialed {
				if h, _, _ := net.SplitHostPort(d); h != fakePublicIP {
					t.Fatalf("dialled %s", d)
				}
			}
		})
	}
	t.Run("dns rebinding", func(t *testing.T) {
		n := newNet()
		f := guarded(n)
		u := "http://rebind.test:" + port + "/secret"
		if _, err := f.Fetch(context.Background(), u, Conditional{}); err != nil {
			t.Fatalf("first fetch (public answer): %v", err)
		}
		f.Close() // drop the kept-alive connection so the next fetch dials again
		if _, err := f.Fetch(context.Background(), u, Conditional{}); !errors.Is(err, ErrBlockedAddress) {
			t.Fatalf("second fetch (loopback answer): err = %v, want ErrBlockedAddress", err)
		}
	})
}
