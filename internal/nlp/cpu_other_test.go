//go:build !unix

package nlp

import "time"

// cpuTime is not measured here.
func cpuTime() time.Duration { return 0 }
