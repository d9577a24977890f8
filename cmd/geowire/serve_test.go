package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/api/apitest"
)

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// TestServeCommand runs the real `geowire serve` on 127.0.0.1:0: the token
// is made and printed once, the API answers, writes need the token.
func TestServeCommand(t *testing.T) {
	path, db := apitest.MustFixture(t, t.TempDir(), 0)
	db.Close()
	dataDir := t.TempDir()
	getenv := func(k string) string {
		if k == "GEOWIRE_DATA_DIR" {
			return dataDir
		}
		return os.Getenv(k)
	}
	start := func() (string, *syncBuffer, func()) {
		ctx, cancel := context.WithCancel(context.Background())
		var errb syncBuffer
		done := make(chan int)
		go func() {
			done <- run(ctx, []string{"serve", "--db", path, "--addr", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, &errb, getenv)
		}()
		re := regexp.MustCompile(`listening on (http://127\.0\.0\.1:\d+)`)
		for i := 0; i < 200; i++ {
			if m := re.FindStringSubmatch(errb.String()); m != nil {
				return m[1], &errb, func() {
					cancel()
					if code := <-done; code != 0 {
						t.Errorf("serve exit %d: %s", code, errb.String())
					}
				}
			}
			time.Sleep(25 * time.Millisecond)
		}
		cancel()
		t.Fatalf("server did not start: %s", errb.String())
		return "", nil, nil
	}
	base, errb, stop := start()
	tokenFile := filepath.Join(dataDir, "api-token")
	tok, err := os.ReadFile(tokenFile)
	if err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(tokenFile); st.Mode().Perm() != 0o600 {
		t.Fatalf("token file mode %v", st.Mode().Perm())
	}
	token := strings.TrimSpace(string(tok))
	if !strings.Contains(errb.String(), token) {
		t.Fatalf("token not printed at first start")
	}
	res, err := http.Get(base + "/api/v1/health")
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("health: %v %v", res, err)
	}
	res.Body.Close()
	post := func(auth string) int {
		req, _ := http.NewRequest("POST", base+"/api/v1/sources", strings.NewReader(`{"kind":"feed","location":"https://example.org/rss"}`))
		if auth != "" {
			req.Header.Set("Authorization", "Bearer "+auth)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if c := post(""); c != 401 {
		t.Fatalf("write without token: %d", c)
	}
	if c := post(token); c != 201 {
		t.Fatalf("write with token: %d", c)
	}
	stop()
	// Second start: same token, not printed again.
	_, errb, stop = start()
	stop()
	if strings.Contains(errb.String(), token) {
		t.Fatalf("token printed again on second start")
	}
}
