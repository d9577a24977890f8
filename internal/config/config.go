package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Config is geowire's explicit configuration.
type Config struct {
	// DataDir holds downloaded data packages and the built gazetteer.
	DataDir string
	// MaxInputBytes is the largest document geowire reads.
	MaxInputBytes int64
	// ExtractTimeout bounds the time spent extracting one document.
	ExtractTimeout time.Duration
	// PostgresDSN, when set (GEOWIRE_POSTGRES), is the PostgreSQL/PostGIS
	// database the store commands use when given neither --db nor
	// --postgres.
	PostgresDSN string
	// NATSURL, when set (GEOWIRE_NATS), is the NATS server of `geowire
	// run` and `geowire worker` when --nats is not given.
	NATSURL string
}

// Environment variables read by Load besides those of DataDir.
const (
	EnvPostgres = "GEOWIRE_POSTGRES"
	EnvNATS     = "GEOWIRE_NATS"
)

// Defaults.
const (
	DefaultMaxInputBytes  = 64 << 20
	DefaultExtractTimeout = 10 * time.Second
)

// Getenv is the environment lookup used by Load; tests replace it by
// passing their own function.
type Getenv func(string) string

// Load returns the configuration from the environment, with defaults for
// what is unset. Flags override the fields afterwards.
func Load(getenv Getenv) (Config, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	c := Config{
		MaxInputBytes:  DefaultMaxInputBytes,
		ExtractTimeout: DefaultExtractTimeout,
	}
	dir, err := DataDir(getenv)
	if err != nil {
		return c, err
	}
	c.DataDir = dir
	if v := getenv("GEOWIRE_MAX_INPUT_BYTES"); v != "" {
		var n int64
		if _, err := fmt.Sscan(v, &n); err != nil || n <= 0 {
			return c, fmt.Errorf("config: GEOWIRE_MAX_INPUT_BYTES=%q: want a positive number of bytes", v)
		}
		c.MaxInputBytes = n
	}
	if v := getenv("GEOWIRE_EXTRACT_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return c, fmt.Errorf("config: GEOWIRE_EXTRACT_TIMEOUT=%q: want a positive duration such as 10s", v)
		}
		c.ExtractTimeout = d
	}
	c.PostgresDSN = strings.TrimSpace(getenv(EnvPostgres))
	c.NATSURL = strings.TrimSpace(getenv(EnvNATS))
	return c, c.Validate()
}

// Validate reports the first invalid field.
func (c Config) Validate() error {
	if c.DataDir == "" {
		return errors.New("config: empty data directory")
	}
	if c.MaxInputBytes <= 0 {
		return errors.New("config: max input bytes must be positive")
	}
	if c.ExtractTimeout <= 0 {
		return errors.New("config: extract timeout must be positive")
	}
	return nil
}

// DataDir resolves geowire's data directory: GEOWIRE_DATA_DIR, else
// $XDG_DATA_HOME/geowire, else ~/.local/share/geowire.
func DataDir(getenv Getenv) (string, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	if d := getenv("GEOWIRE_DATA_DIR"); d != "" {
		return filepath.Abs(d)
	}
	if x := getenv("XDG_DATA_HOME"); x != "" {
		return filepath.Join(x, "geowire"), nil
	}
	home := getenv("HOME")
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("config: no data directory: set GEOWIRE_DATA_DIR: %w", err)
		}
		home = h
	}
	return filepath.Join(home, ".local", "share", "geowire"), nil
}
