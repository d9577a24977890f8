package ingest

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// Resolver looks up a host's addresses. *net.Resolver satisfies it; tests
// inject their own to simulate DNS answers (and DNS rebinding).
type Resolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// Dialer opens a connection to an address the guard has already checked
// ("ip:port", never a name). *net.Dialer satisfies it; tests inject their
// own to route a fake public address to a local test server.
type Dialer interface {
	DialContext(ctx context.Context, network, address string) (net.Conn, error)
}

// blockedPrefixes are ranges no fetch may reach unless AllowPrivate:
// everything that is not the public internet.
var blockedPrefixes = func() []netip.Prefix {
	var ps []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8",       // "this network"
		"10.0.0.0/8",      // RFC 1918
		"100.64.0.0/10",   // CGNAT, RFC 6598
		"127.0.0.0/8",     // loopback
		"169.254.0.0/16",  // link-local, cloud metadata 169.254.169.254
		"172.16.0.0/12",   // RFC 1918
		"192.0.0.0/24",    // IETF protocol assignments
		"192.168.0.0/16",  // RFC 1918
		"198.18.0.0/15",   // benchmarking
		"224.0.0.0/4",     // multicast
		"240.0.0.0/4",     // reserved, broadcast
		"::/96",           // unspecified, loopback, IPv4-compatible
		"64:ff9b:1::/48",  // local-use NAT64
		"100::/64",        // discard
		"fc00::/7",        // unique local
		"fe80::/10",       // link-local
		"fec0::/10",       // site-local (deprecated)
		"ff00::/8",        // multicast
		"2001:db8::/32",   // documentation
		"2001::/32",       // Teredo (embeds an arbitrary IPv4)
		"::ffff:0:0:0/96", // IPv4-translated
		"2002::/16",       // 6to4: checked through its embedded IPv4 below
		"64:ff9b::/96",    // NAT64: checked through its embedded IPv4 below
	} {
		ps = append(ps, netip.MustParsePrefix(s))
	}
	return ps
}()

var (
	prefix6to4  = netip.MustParsePrefix("2002::/16")
	prefixNAT64 = netip.MustParsePrefix("64:ff9b::/96")
)

// CheckAddr reports whether a connection to ip is allowed for a fetcher
// that does not allow private addresses: it returns an error wrapping
// ErrBlockedAddress for loopback, private (RFC 1918, fc00::/7), link-local
// (169.254/16, fe80::/10, with the metadata address 169.254.169.254),
// unspecified, multicast, CGNAT (100.64/10) and reserved ranges, in IPv4
// and IPv4-mapped IPv6 form. 6to4 and NAT64 addresses are judged by the
// IPv4 address they embed.
func CheckAddr(ip netip.Addr) error {
	if !ip.IsValid() {
		return fmt.Errorf("%w: invalid address", ErrBlockedAddress)
	}
	ip = ip.Unmap().WithZone("")
	if ip.Is6() {
		b := ip.As16()
		switch {
		case prefix6to4.Contains(ip):
			return CheckAddr(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
		case prefixNAT64.Contains(ip):
			return CheckAddr(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		}
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return fmt.Errorf("%w: %s", ErrBlockedAddress, ip)
	}
	for _, p := range blockedPrefixes {
		if p == prefix6to4 || p == prefixNAT64 {
			continue
		}
		if p.Contains(ip) {
			return fmt.Errorf("%w: %s", ErrBlockedAddress, ip)
		}
	}
	return nil
}

// guardControl is a net.Dialer.Control that re-checks the address the
// socket is about to connect to: the last line of defence, whatever name
// resolution happened before.
func guardControl(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot parse %q", ErrBlockedAddress, address)
	}
	return CheckAddr(ap.Addr())
}

// guardedDial resolves host names itself and dials only addresses that
// pass CheckAddr (unless allowPrivate), so the check holds for every hop of
// a redirect chain and for every DNS answer, including a rebinding one.
type guardedDial struct {
	resolver     Resolver
	dialer       Dialer
	allowPrivate bool
}

func (g *guardedDial) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	var ips []netip.Addr
	if ip, err := netip.ParseAddr(host); err == nil {
		ips = []netip.Addr{ip}
	} else {
		ips, err = g.resolver.LookupNetIP(ctx, "ip", host)
		if err != nil {
			return nil, err
		}
	}
	var firstErr error
	for _, ip := range ips {
		if !g.allowPrivate {
			if err := CheckAddr(ip); err != nil {
				if firstErr == nil {
					firstErr = fmt.Errorf("dial %s: %w", host, err)
				}
				continue
			}
		}
		c, err := g.dialer.DialContext(ctx, network, net.JoinHostPort(ip.Unmap().String(), port))
		if err == nil {
			return c, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	if firstErr == nil {
		firstErr = fmt.Errorf("dial %s: no addresses", host)
	}
	return nil, firstErr
}
