//go:build !unix

package main

import "time"

// cpuTime is not measured here (no getrusage): bench prints 0.
func cpuTime() time.Duration { return 0 }
