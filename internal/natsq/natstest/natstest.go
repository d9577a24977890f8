// Package natstest gives tests a NATS JetStream queue of their own: streams
// under a prefix unique to the test on the server named by
// GEOWIRE_TEST_NATS, deleted when the test ends. Without GEOWIRE_TEST_NATS
// the test is skipped.
package natstest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/natsq"
)

// Env names the variable holding the test server's URL, such as
// nats://127.0.0.1:4222.
const Env = "GEOWIRE_TEST_NATS"

// URL returns the test server's URL, or skips tb, saying why, when
// GEOWIRE_TEST_NATS is unset.
func URL(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv(Env)
	if u == "" {
		tb.Skipf("%s is not set: no NATS JetStream server to test against (e.g. %s=nats://127.0.0.1:4222)", Env, Env)
	}
	return u
}

// Prefix returns a stream prefix unique to this test, so that tests
// running at once on one server do not see each other's jobs.
func Prefix(tb testing.TB) string {
	var b [4]byte
	rand.Read(b[:])
	name := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
			return r
		}
		return '_'
	}, tb.Name())
	if len(name) > 24 {
		name = name[:24]
	}
	return "T_" + strings.ToUpper(name) + "_" + hex.EncodeToString(b[:])
}

// MustConnect connects a queue with cfg (URL and Prefix filled in from
// URL and TestPrefix when empty) and deletes its streams when the test
// ends.
func MustConnect(tb testing.TB, cfg natsq.Config) *natsq.Queue {
	tb.Helper()
	if cfg.URL == "" {
		cfg.URL = URL(tb)
	}
	if cfg.Prefix == "" {
		cfg.Prefix = Prefix(tb)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	q, err := natsq.Connect(ctx, cfg)
	if err != nil {
		tb.Fatalf("natsq: %v", err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := q.Delete(ctx); err != nil {
			tb.Errorf("natsq: delete %s: %v", cfg.Prefix, err)
		}
		q.Close()
	})
	return q
}
