package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"time"
)

// Checkpoints in the background. In WAL mode every commit appends the
// pages it changed to the -wal file, and a checkpoint copies them back
// into the database (with its fsyncs). SQLite's automatic checkpoint runs
// in the connection whose commit crossed the threshold: the writer, which
// is the one serial part of ingest, so every thousand pages one batch of
// documents waited for a checkpoint. Here the writer's automatic
// checkpoint is pushed far out (writerAutoCheckpoint, a backstop only) and
// a goroutine with its own connection runs a PASSIVE checkpoint every
// checkpointInterval: it copies what no reader still needs while the
// writer goes on appending, and costs next to nothing when the WAL has
// nothing new.

const (
	checkpointInterval   = 250 * time.Millisecond
	writerAutoCheckpoint = 16384 // pages (64 MiB with 4 KiB pages)
)

type checkpointer struct {
	conn *sql.DB
	stop chan struct{}
	done chan struct{}

	mu   sync.Mutex
	runs int   // checkpoints that copied frames
	err  error // the last error, if any
}

// start opens the checkpointer's connection on dsn and starts its loop.
func (c *checkpointer) start(dsn string) error {
	conn, err := sql.Open("sqlite", dsn)
	if err != nil {
		return err
	}
	conn.SetMaxOpenConns(1)
	c.conn, c.stop, c.done = conn, make(chan struct{}), make(chan struct{})
	go c.loop()
	return nil
}

func (c *checkpointer) loop() {
	defer close(c.done)
	t := time.NewTicker(checkpointInterval)
	defer t.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-t.C:
			c.checkpoint(context.Background())
		}
	}
}

// checkpoint runs one PASSIVE checkpoint and counts it in runs if it
// copied frames. A failed one is retried at the next tick (its error is
// kept in err): the writer's own automatic checkpoint still bounds the
// WAL meanwhile.
func (c *checkpointer) checkpoint(ctx context.Context) {
	var busy, logFrames, done int
	err := c.conn.QueryRowContext(ctx, `PRAGMA wal_checkpoint(PASSIVE)`).Scan(&busy, &logFrames, &done)
	c.mu.Lock()
	defer c.mu.Unlock()
	if err != nil {
		c.err = fmt.Errorf("sqlite: checkpoint: %w", err)
		return
	}
	c.err = nil
	if done > 0 && logFrames > 0 {
		c.runs++
	}
}

// close stops the loop and closes the connection.
func (c *checkpointer) close() error {
	if c.conn == nil {
		return nil
	}
	close(c.stop)
	<-c.done
	err := c.conn.Close()
	c.conn = nil
	return err
}
