package export

import "testing"

func TestDefaultNames(t *testing.T) {
	var n countryTable
	tests := []struct{ got, want string }{
		{n.CountryName("UA"), "Ukraine"},
		{n.CountryName("fr"), "France"},
		{n.Admin1Name("RU.20"), "Irkutsk"},
		{n.Admin1Name("UA.07"), "Kharkiv"},
		{n.Admin1Name("XX.99"), ""},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
