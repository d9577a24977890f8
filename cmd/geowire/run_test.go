package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestRunService starts the real service on a free port with a sources
// file, waits until the sample articles are analysed, and checks the API,
// the metrics and a graceful stop.
func TestRunService(t *testing.T) {
	dir := t.TempDir()
	examples, _ := filepath.Abs(filepath.Join("..", "..", "examples", "articles"))
	srcFile := filepath.Join(dir, "sources.txt")
	os.WriteFile(srcFile, []byte("# the samples\n\n"+examples+"\n"), 0o644)
	db := filepath.Join(dir, "g.db")
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"run", "--db", db, "--addr", "127.0.0.1:0", "--sources", srcFile,
			"--interval", "1h", "--token-file", filepath.Join(dir, "token")}, strings.NewReader(""), io.Discard, &stderr, os.Getenv)
	}()
	defer func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("run exited %d: %s", code, stderr.String())
			}
		case <-time.After(30 * time.Second):
			t.Error("run did not stop within 30 s of cancellation")
		}
	}()
	addrRe := regexp.MustCompile(`listening on (http://127\.0\.0\.1:\d+)`)
	var base string
	for deadline := time.Now().Add(60 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if m := addrRe.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
		}
	}
	if base == "" {
		t.Fatalf("service did not start: %s", stderr.String())
	}
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	var stats struct{ Documents, Events int }
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		code, body := get("/api/v1/stats")
		if code == 200 && json.Unmarshal([]byte(body), &stats) == nil && stats.Documents == 6 && stats.Events > 0 {
			break
		}
	}
	if stats.Documents != 6 || stats.Events == 0 {
		t.Fatalf("after the first cycle: %+v\n%s", stats, stderr.String())
	}
	if code, body := get("/api/v1/events?limit=5"); code != 200 || !strings.Contains(body, `"events"`) {
		t.Fatalf("events: %d %s", code, body)
	}
	code, body := get("/metrics")
	if code != 200 {
		t.Fatalf("metrics: %d", code)
	}
	for _, want := range []string{`geowire_documents_total{result="stored"} 6`, `geowire_stage_seconds_count{stage="geoparse"} 6`, "geowire_queue_depth 0"} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if !strings.Contains(stderr.String(), "new API token") {
		t.Errorf("first start did not print the token")
	}
}

func TestRunBadSourcesFile(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "s.txt")
	os.WriteFile(f, []byte("examples/articles\ngopher://nowhere\n"), 0o644)
	code, _, errOut := geowire(t, "", "run", "--db", filepath.Join(dir, "g.db"), "--sources", f)
	if code != 1 || !strings.Contains(errOut, "s.txt:2") {
		t.Fatalf("exit %d, stderr %q: want an error naming the line", code, errOut)
	}
}
