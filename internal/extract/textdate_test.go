package extract

import (
	"testing"
	"time"
)

func TestParseLeadingDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" for no date
		n    int
	}{
		{"June 4, 2025", "2025-06-04T00:00:00Z", 12},
		{"June 4, 2025Chinese Connection", "2025-06-04T00:00:00Z", 12},
		{"Jun. 4, 2025", "2025-06-04T00:00:00Z", 12},
		{"Sept 21st, 2024", "2024-09-21T00:00:00Z", 15},
		{"4 June 2025", "2025-06-04T00:00:00Z", 11},
		{"4 Jun, 2025 10:30", "2025-06-04T00:00:00Z", 11},
		{"Wednesday, June 4, 2025", "2025-06-04T00:00:00Z", 23},
		{"2025-06-04", "2025-06-04T00:00:00Z", 10},
		{"2025-06-04T10:30:00+03:00 more", "2025-06-04T07:30:00Z", 25},
		{"June 31, 2025", "", 0},
		{"June 4, 20255", "", 0},
		{"2025-13-01", "", 0},
		{"04/06/2025", "", 0},
		{"Junebug 4, 2025", "", 0},
		{"4 Junes 2025", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, n, ok := parseLeadingDate(tt.in)
			if tt.want == "" {
				if ok {
					t.Errorf("parseLeadingDate(%q) = %v, want no date", tt.in, got)
				}
				return
			}
			if !ok || got.Format(time.RFC3339) != tt.want || n != tt.n {
				t.Errorf("parseLeadingDate(%q) = %v, %d, %v; want %s, %d", tt.in, got, n, ok, tt.want, tt.n)
			}
		})
	}
}
