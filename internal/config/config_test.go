package config

import (
	"path/filepath"
	"testing"
	"time"
)

func env(m map[string]string) Getenv { return func(k string) string { return m[k] } }

func TestLoad(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		wantDir string
		wantErr bool
		check   func(t *testing.T, c Config)
	}{
		{name: "explicit", env: map[string]string{"GEOWIRE_DATA_DIR": "/tmp/gw", "HOME": "/h"}, wantDir: "/tmp/gw"},
		{name: "xdg", env: map[string]string{"XDG_DATA_HOME": "/x", "HOME": "/h"}, wantDir: "/x/geowire"},
		{name: "home", env: map[string]string{"HOME": "/h"}, wantDir: filepath.Join("/h", ".local", "share", "geowire")},
		{name: "limits", env: map[string]string{"HOME": "/h", "GEOWIRE_MAX_INPUT_BYTES": "1024", "GEOWIRE_EXTRACT_TIMEOUT": "2s"},
			wantDir: "/h/.local/share/geowire",
			check: func(t *testing.T, c Config) {
				if c.MaxInputBytes != 1024 || c.ExtractTimeout != 2*time.Second {
					t.Fatalf("limits not applied: %+v", c)
				}
			}},
		{name: "services", env: map[string]string{"HOME": "/h", "GEOWIRE_POSTGRES": " postgres://u@db/geo ", "GEOWIRE_NATS": "nats://q:4222"},
			wantDir: "/h/.local/share/geowire",
			check: func(t *testing.T, c Config) {
				if c.PostgresDSN != "postgres://u@db/geo" || c.NATSURL != "nats://q:4222" {
					t.Fatalf("service addresses: %q, %q", c.PostgresDSN, c.NATSURL)
				}
			}},
		{name: "bad size", env: map[string]string{"HOME": "/h", "GEOWIRE_MAX_INPUT_BYTES": "-5"}, wantErr: true},
		{name: "bad timeout", env: map[string]string{"HOME": "/h", "GEOWIRE_EXTRACT_TIMEOUT": "soon"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(env(tt.env))
			if tt.wantErr {
				if err == nil {
					t.Fatalf("Load: want error, got %+v", c)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if c.DataDir != tt.wantDir {
				t.Fatalf("DataDir = %q, want %q", c.DataDir, tt.wantDir)
			}
			if tt.check != nil {
				tt.check(t, c)
			}
		})
	}
}
