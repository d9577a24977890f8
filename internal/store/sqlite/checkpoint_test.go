package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// TestBackgroundCheckpoint: the frames committed by the writer are copied
// into the database by the checkpointer's own connection, while the
// writer's automatic checkpoint is only a distant backstop.
func TestBackgroundCheckpoint(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var auto int
	if err := db.write.QueryRowContext(ctx, `PRAGMA wal_autocheckpoint`).Scan(&auto); err != nil {
		t.Fatal(err)
	}
	if auto != writerAutoCheckpoint {
		t.Errorf("writer's wal_autocheckpoint = %d, want %d", auto, writerAutoCheckpoint)
	}
	for i := range 20 {
		text := fmt.Sprintf("document %d", i)
		d := &store.Document{Document: model.Document{Title: text, Text: text, ContentHash: store.DocumentID("", text)}}
		if _, _, err := db.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	// Wait for the loop (every checkpointInterval) to copy the frames.
	deadline := time.Now().Add(20 * time.Second)
	for {
		db.ckpt.mu.Lock()
		runs, cerr := db.ckpt.runs, db.ckpt.err
		db.ckpt.mu.Unlock()
		if cerr != nil {
			t.Fatal(cerr)
		}
		if runs > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no background checkpoint copied the committed frames")
		}
		time.Sleep(20 * time.Millisecond)
	}
	// Everything committed is now in the database file: a checkpoint has
	// nothing left to copy.
	var busy, logFrames, done int
	if err := db.write.QueryRowContext(ctx, `PRAGMA wal_checkpoint(PASSIVE)`).Scan(&busy, &logFrames, &done); err != nil {
		t.Fatal(err)
	}
	if logFrames != done {
		t.Errorf("after the background checkpoint: %d frames in the WAL, %d copied", logFrames, done)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}
