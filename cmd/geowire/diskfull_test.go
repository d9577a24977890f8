package main

import (
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// TestIngestDiskFull ingests into a database on a 1 MiB tmpfs until the
// disk is full: the error is clear, names the database, and everything
// stored before it is still there and intact. Needs root and mount(8).
func TestIngestDiskFull(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root")
	}
	mnt := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mnt).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", mnt).Run() })
	in := t.TempDir()
	for i := range 400 {
		body := fmt.Sprintf("Report %d\n\nShelling hit the outskirts of Kherson on Monday, report %d says, damaging %d homes. %s", i, i, i%9+1, strings.Repeat("Officials gave further details of the damage in the region. ", 30))
		os.WriteFile(filepath.Join(in, fmt.Sprintf("r%03d.txt", i)), []byte(body), 0o644)
	}
	db := filepath.Join(mnt, "g.db")
	code, _, errOut := geowire(t, "", "ingest", "--db", db, "--no-analysis", in)
	if code != 1 || !strings.Contains(errOut, "full") {
		t.Fatalf("exit %d, stderr %q: want a disk-full error", code, errOut)
	}
	c, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var ok string
	var n int
	if err := c.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check = %q, %v", ok, err)
	}
	if err := c.QueryRow("SELECT count(*) FROM documents").Scan(&n); err != nil || n == 0 || n >= 400 {
		t.Fatalf("%d documents survived (%v): want some, not all", n, err)
	}
	t.Logf("%d documents stored before the disk filled; stderr: %s", n, errOut)
}
