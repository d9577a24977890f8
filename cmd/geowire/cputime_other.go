//go:build !unix

package main

import "time"

// cpuTime reports false: there is no getrusage here to measure it with.
func cpuTime() (time.Duration, bool) { return 0, false }
