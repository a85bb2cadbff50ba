package refs

import (
	"os"
	"path/filepath"
	"testing"
)

// TestGatesOnlySpareWork checks that the patterns' next, prev and
// reject_prev lists only spare work: over the real pages, wherever a list
// turns a pattern or a look-behind away, running it anyway finds nothing.
func TestGatesOnlySpareWork(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", "*", "*"))
	if len(files) == 0 {
		t.Fatal("no pages in testdata/corpus")
	}
	turned := map[string]int{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		rt := newRuneText(text)
		var sc scratch
		x.eachTrigger(text, nil, func(ws, we int, pats []*pattern) {
			at := rt.index(ws)
			window := rt.runes[max(0, at-windowBefore):at]
			g := gates{nextLen: -1, prevLen: -1}
			for _, p := range pats {
				run, reject, before := g.check(p, text, ws, we)
				if !run {
					turned[p.Name]++
					if c := x.try(p, rt, at, &sc, true, true); c != nil {
						t.Errorf("%s:%d: the gates of %s turn away %q, which it matches", f, c.start, p.Name, text[c.start:c.end])
					}
					continue
				}
				if !reject && p.rejectBefore != nil {
					turned[p.Name+" reject_before"]++
					if _, ok := x.match(p.rejectBefore, window, nil, false); ok {
						t.Errorf("%s:%d: reject_prev of %s spares its reject_before, which matches", f, ws, p.Name)
					}
				}
				if !before && p.before != nil {
					turned[p.Name+" before"]++
					if _, ok := x.match(p.before, window, nil, false); ok {
						t.Errorf("%s:%d: prev of %s spares its before, which matches", f, ws, p.Name)
					}
				}
			}
		})
		rt.release()
	}
	for _, name := range []string{"loi_numero", "loi_date", "texte_numero", "short_before", "article_this",
		"loi_titre", "loi_nickname", "directive_nickname", "article", "article before",
		"traite_nomme reject_before", "loi_titre reject_before", "texte_date reject_before",
		"arret_court", "decision_numero", "directive_numero", "projet_loi", "rapport", "rapport_nomme", "ce_citation"} {
		if turned[name] == 0 {
			t.Errorf("the pages never turn %s away: the test checks nothing of it", name)
		}
	}
}
