package refs

import (
	"os"
	"path/filepath"
	"testing"
)

// TestGatesOnlySpareWork checks that the patterns' next and prev lists only
// spare work: over the real pages, wherever a list turns a pattern away,
// the pattern run anyway finds nothing.
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
		x.eachTrigger(text, func(ws, we int, pats []*pattern) {
			at := rt.index(ws)
			g := gates{nextLen: -1, prevLen: -1}
			for _, p := range pats {
				if g.pass(p, text, ws, we) {
					continue
				}
				turned[p.Name]++
				if c := x.try(p, rt, at, &sc); c != nil {
					t.Errorf("%s:%d: the gates of %s turn away %q, which it matches", f, c.start, p.Name, text[c.start:c.end])
				}
			}
		})
		rt.release()
	}
	for _, name := range []string{"loi_numero", "loi_date", "texte_numero", "short_before", "article_this"} {
		if turned[name] == 0 {
			t.Errorf("the pages never turn %s away: the test checks nothing of it", name)
		}
	}
}
