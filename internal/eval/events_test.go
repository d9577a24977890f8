package eval

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestEventsMatchScorePy codes each dev set with simple predictions derived
// from the gold (some right, some wrong, some missing) in a temp dir, and
// checks ScoreEvents against score.py.
func TestEventsMatchScorePy(t *testing.T) {
	base := filepath.Join("..", "..", "..", "shared", "eval", "events")
	script := filepath.Join(base, "score.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("no %s: shared eval folder absent", script)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	plover := []string{"AGREE", "ASSAULT", "PROTEST", "CONSULT"}
	subs := []string{"Armed clash", "Air/drone strike", "Peaceful protest", "Attack"}
	for _, set := range []string{"plover_gsr", "case2021_task2", "acled_sample"} {
		t.Run(set, func(t *testing.T) {
			gold, err := LoadEventsJSONL(filepath.Join(base, set, "dev.jsonl"))
			if err != nil {
				t.Fatal(err)
			}
			var pred []EventRecord
			predPath := filepath.Join(t.TempDir(), "pred.jsonl")
			f, _ := os.Create(predPath)
			for i, g := range gold {
				if i%9 == 4 {
					continue
				}
				var evs []map[string]any
				if len(g.Events) > 0 {
					ge := g.Events[0]
					e := map[string]any{}
					if i%3 == 0 {
						e["type"] = ge["type"]
						e["acled_sub_event_type"] = ge["acled_sub_event_type"]
					} else {
						e["type"] = plover[i%len(plover)]
						e["acled_sub_event_type"] = subs[i%len(subs)]
					}
					if i%4 != 1 && ge["latitude"] != nil {
						lat, _ := num(ge["latitude"])
						lon, _ := num(ge["longitude"])
						e["location"] = map[string]any{"name": "x", "lat": lat + float64(i%3)*0.15, "lon": lon}
					}
					if i%2 == 0 {
						e["fatalities"] = ge["fatalities"]
					} else {
						e["fatalities"] = i % 3
					}
					if i%5 != 2 {
						e["date"] = ge["date"]
					}
					evs = append(evs, e)
					if i%6 == 0 {
						evs = append(evs, map[string]any{"type": "ACCUSE", "fatalities": 1})
					}
				}
				pred = append(pred, EventRecord{ID: g.ID, Events: evs})
				line, _ := json.Marshal(map[string]any{"id": g.ID, "events": evs})
				f.Write(append(line, '\n'))
			}
			f.Close()
			// Score what was written, as score.py reads it.
			if pred, err = LoadEventsJSONL(predPath); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(py, script, filepath.Join(base, set, "dev.jsonl"), predPath, "--json").Output()
			if err != nil {
				t.Fatalf("score.py: %v", err)
			}
			got, err := ScoreEvents(gold, pred)
			if err != nil {
				t.Fatal(err)
			}
			gb, _ := json.Marshal(got)
			var w, g map[string]any
			json.Unmarshal(out, &w)
			json.Unmarshal(gb, &g)
			if len(w) != len(g) {
				t.Errorf("fields: ScoreEvents %v, score.py %v", g, w)
			}
			for k, wv := range w {
				if g[k] != wv {
					t.Errorf("%s: ScoreEvents %v, score.py %v", k, g[k], wv)
				}
			}
		})
	}
}
