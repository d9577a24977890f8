package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/geowire/geowire/internal/natsq"
	"github.com/geowire/geowire/internal/natsq/natstest"
	"github.com/geowire/geowire/internal/store/postgres/pgtest"
	"github.com/geowire/geowire/internal/synth"
)

// TestNATSPostgresScaling is the scaling benchmark of docs/scaling.md,
// run on demand: GEOWIRE_SCALING=1 (articles per run in
// GEOWIRE_SCALING_N, default 4000; worker counts in
// GEOWIRE_SCALING_WORKERS, default "1,2,4"; analysis slots per worker in
// GEOWIRE_SCALING_CONCURRENCY, default 2). For each worker count it
// starts the workers, publishes the synthetic articles as analysis jobs,
// and times them into a fresh PostgreSQL schema, reporting articles/s and
// the CPU seconds spent by the workers, PostgreSQL and nats-server.
func TestNATSPostgresScaling(t *testing.T) {
	if os.Getenv("GEOWIRE_SCALING") == "" {
		t.Skip("GEOWIRE_SCALING is not set: the scaling benchmark runs on demand (GEOWIRE_SCALING=1)")
	}
	natsURL := natstest.URL(t)
	pgtest.Require(t)
	n := envInt("GEOWIRE_SCALING_N", 4000)
	conc := envInt("GEOWIRE_SCALING_CONCURRENCY", 2)
	counts := os.Getenv("GEOWIRE_SCALING_WORKERS")
	if counts == "" {
		counts = "1,2,4"
	}
	corpus := synth.Generate(3, n, 0.5)
	for _, c := range strings.Split(counts, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || k < 1 {
			t.Fatalf("GEOWIRE_SCALING_WORKERS: %q", c)
		}
		t.Run(fmt.Sprintf("workers=%d", k), func(t *testing.T) {
			dsn := pgtest.DSN(t)
			q := natstest.MustConnect(t, natsq.Config{URL: natsURL})
			var ws []*proc
			for range k {
				ws = append(ws, startGeowire(t, "worker", "--nats", natsURL, "--postgres", dsn, "--queue-prefix", q.Config().Prefix,
					"--concurrency", strconv.Itoa(conc), "--fetch-concurrency", "0"))
			}
			for _, w := range ws { // ready: gazetteer loaded, pulling
				for !strings.Contains(w.stderr.String(), "pulling from") {
					time.Sleep(20 * time.Millisecond)
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
			defer cancel()
			svc0 := serviceCPU()
			start := time.Now()
			for i, a := range corpus {
				if _, err := q.PublishAnalyze(ctx, synthRaw(a, i)); err != nil {
					t.Fatal(err)
				}
			}
			published := time.Since(start)
			waitDrained(t, q, 10*time.Minute, func() string { return "" })
			el := time.Since(start)
			svc := serviceCPU()
			var workerCPU time.Duration
			for _, w := range ws {
				w.stop(t)
				workerCPU += w.cmd.ProcessState.UserTime() + w.cmd.ProcessState.SystemTime()
			}
			if docs, _, _, analysed := pgCounts(t, dsn); docs != n || analysed != n {
				t.Fatalf("%d documents, %d analysed; want %d", docs, analysed, n)
			}
			t.Logf("database: %.1f KB per article (tables, indexes, TOAST)", float64(schemaBytes(t, dsn))/1024/float64(n))
			t.Logf("workers=%d concurrency=%d: %d articles in %s (published in %s): %.0f articles/s; CPU s: workers %.1f (%.2f ms/article), postgres %.1f, nats-server %.1f",
				k, conc, n, el.Round(time.Millisecond), published.Round(time.Millisecond), float64(n)/el.Seconds(),
				workerCPU.Seconds(), workerCPU.Seconds()*1000/float64(n), (svc["postgres"] - svc0["postgres"]).Seconds(), (svc["nats-server"] - svc0["nats-server"]).Seconds())
		})
	}
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// serviceCPU sums the CPU time of the postgres and nats-server processes
// on this machine, from /proc (empty where /proc is missing).
func serviceCPU() map[string]time.Duration {
	out := map[string]time.Duration{}
	dirs, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, p := range dirs {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		s := string(b)
		open, end := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || end < open {
			continue
		}
		comm := s[open+1 : end]
		if comm != "postgres" && comm != "nats-server" {
			continue
		}
		f := strings.Fields(s[end+1:])
		if len(f) < 13 {
			continue
		}
		ut, _ := strconv.ParseInt(f[11], 10, 64)              // utime, field 14
		st, _ := strconv.ParseInt(f[12], 10, 64)              // stime, field 15
		out[comm] += time.Duration(ut+st) * time.Second / 100 // USER_HZ
	}
	return out
}

// schemaBytes is the size of the tables of the DSN's schema, with their
// indexes and TOAST.
func schemaBytes(t *testing.T, dsn string) int64 {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	var n int64
	if err := c.QueryRow(ctx, `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c
		JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = current_schema() AND c.relkind IN ('r', 'm')`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
