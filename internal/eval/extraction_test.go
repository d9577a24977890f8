package eval

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Kyiv's 41 drones—hit", []string{"Kyiv", "s", "41", "drones", "hit"}},
		{"snake_case ok", []string{"snake_case", "ok"}},
		{"Šakalienė Белая 北京", []string{"Šakalienė", "Белая", "北京"}},
		{"", nil},
		{"½ ²", []string{"½", "²"}},
	}
	for _, tt := range tests {
		got := Words(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScoreExtractionKnown(t *testing.T) {
	gold := []string{"one two three four five", "a b", "", "same text here exactly"}
	pred := []string{"one two three four six", "", "", "same text here exactly"}
	s := ScoreExtraction(gold, pred)
	// Page 1: gold grams {1234, 2345}, pred {1234, 2346}: tp 1, fp 1, fn 1 → p = r = 0.5.
	// Page 2: nothing predicted: recall 0 counted, precision not counted.
	// Page 3: empty both: counted nowhere. Page 4: perfect.
	if s.Pages != 4 || s.Precision != 0.75 || s.Recall != 0.5 || s.F1 != 0.6 || s.Accuracy != 0.5 {
		t.Fatalf("ScoreExtraction = %+v", s)
	}
}

func TestRound4AndPyFloat(t *testing.T) {
	tests := map[float64]string{0: "0.0", 1: "1.0", 0.98765: "0.9877", 0.5: "0.5", 0.96504999: "0.965"}
	for in, want := range tests {
		if got := PyFloat(Round4(in)); got != want {
			t.Errorf("PyFloat(Round4(%v)) = %q, want %q", in, got, want)
		}
	}
}

// TestMatchesScorePy runs the set's own score.py on a small gold/prediction
// pair made here and checks that ScoreExtraction prints the same figures.
func TestMatchesScorePy(t *testing.T) {
	script := filepath.Join("..", "..", "..", "shared", "eval", "extraction", "score.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("no %s: shared eval folder absent", script)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	gold := []string{
		"The strike hit Belaya Air Base, more than 4,000 kilometres away. Officials said 41 aircraft were damaged.",
		"Short text",
		"Dovilė Šakalienė warned that ignoring borders will send a signal — to smaller states.",
		"Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv repeated words count as multisets",
		"",
	}
	pred := []string{
		"Menu Home The strike hit Belaya Air Base, more than 4,000 kilometres away. Share this",
		"Short text",
		"Dovil\u00ade Šakalienė warned that ignoring borders will send a signal",
		"Kyiv Kyiv Kyiv repeated words count as multisets",
		"Cookie banner text only",
	}
	gdir, pdir := t.TempDir(), t.TempDir()
	for i := range gold {
		id := string(rune('a' + i))
		b, _ := json.Marshal(map[string]string{"url": "http://x/" + id, "articleBody": gold[i]})
		if err := os.WriteFile(filepath.Join(gdir, id+".json"), b, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(pdir, id+".txt"), []byte(pred[i]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command(py, script, gdir, pdir, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var want map[string]float64
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatalf("score.py output %q: %v", out, err)
	}
	got := ScoreExtraction(gold, pred)
	if float64(got.Pages) != want["pages"] || got.Precision != want["precision"] || got.Recall != want["recall"] || got.F1 != want["f1"] || got.Accuracy != want["accuracy"] {
		t.Fatalf("ScoreExtraction = %+v, score.py = %v", got, want)
	}
}
