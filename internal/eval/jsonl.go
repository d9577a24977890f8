package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// loadJSONL opens path and reads it with readJSONL.
func loadJSONL[T any](path string, add func(T)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	return readJSONL(f, path, add)
}

// readJSONL decodes each non-blank line of r into a T and hands it to add;
// errors name the file and line, as score.py's do.
func readJSONL[T any](r io.Reader, name string, add func(T)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(trimSpace(line)) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(line, &v); err != nil {
			return fmt.Errorf("eval: %s:%d: not JSON: %w", name, n, err)
		}
		add(v)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("eval: %s: %w", name, err)
	}
	return nil
}
