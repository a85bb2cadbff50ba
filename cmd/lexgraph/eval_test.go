package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalCommand scores the extractor on the seeds' gold as README says
// eval does: per kind and overall, linking, articles, exact spans and the
// misses; JSON for scripts; and a failing status below a bound.
func TestEvalCommand(t *testing.T) {
	gold := filepath.Join("..", "..", "testdata", "gold", "seeds.json")
	root := filepath.Join("..", "..", "testdata", "corpus")
	out := mustRun(t, "eval", "--root", root, gold)
	for _, want := range []string{"KIND", "ALL", "linking (B-cubed over", "articles: ", "exact spans: "} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
	var sc struct {
		Mentions struct {
			F1     float64 `json:"f1"`
			Gold   int     `json:"gold"`
			System int     `json:"system"`
		} `json:"mentions"`
		ExactSpans int `json:"exact_spans"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "eval", "--root", root, "--format", "json", gold)), &sc); err != nil {
		t.Fatal(err)
	}
	if sc.Mentions.Gold == 0 || sc.Mentions.F1 <= 0 || sc.ExactSpans == 0 || sc.ExactSpans > sc.Mentions.Gold {
		t.Errorf("eval --format json: %+v", sc)
	}
	if _, _, code := cli(t, "eval", "--root", root, "--min-mention-f1", "1.01", gold); code == 0 {
		t.Error("eval below --min-mention-f1 exited 0")
	}
	if _, errs, code := cli(t, "eval", "--root", root, filepath.Join(t.TempDir(), "missing.json")); code == 0 || !strings.Contains(errs, "missing.json") {
		t.Errorf("eval of a missing gold file: exit %d, %q", code, errs)
	}
}
