package refs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
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
			g := newGates()
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

// TestGateEnds checks that the first byte of the next words and the last
// of the previous word, found without folding them, are those of the
// folded words, at every word of the real pages and of tricky texts.
func TestGateEnds(t *testing.T) {
	texts := []string{"", " ", "a", "É", "l’ État", "x `y` z", "\u00a0\u2009Loi", "œuvre Œuvre", "droit-\u2011 –", "ß ñ 1 * .",
		"mot" + strings.Repeat(" ", 50) + "loin", "\f\vMot", "a\u0301b", "\xff\xfe mot"}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", "*", "*"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	checked := 0
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			if i < len(text) && !utf8.RuneStart(text[i]) {
				continue
			}
			next := foldNext(nil, text, i)
			want := none
			if len(next) > 0 {
				want = int(next[0])
			}
			if got := firstFolded(text[i:clampRune(text, i+nextWindow)]); got != want {
				t.Fatalf("%q at %d: first byte %d, folded %q", text[max(0, i-20):min(len(text), i+20)], i, got, next)
			}
			prev := foldPrev(nil, text, i)
			want = none
			if len(prev) > 0 {
				want = int(prev[len(prev)-1])
			}
			if got := lastFolded(text, i); got != want {
				t.Fatalf("%q at %d: last byte %d, folded %q", text[max(0, i-20):min(len(text), i+20)], i, got, prev)
			}
			checked++
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d positions checked", checked)
	}
}
