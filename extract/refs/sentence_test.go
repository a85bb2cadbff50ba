package refs

import (
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestSentenceFinder checks that searching on from the last answer finds
// the sentence a naive search from scratch finds, for spans in order and
// not.
func TestSentenceFinder(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", "*", "*"))
	texts := []string{"", "a", "Un. Deux.\nTrois ? Quatre!", "x.y. z"}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	r := rand.New(rand.NewSource(1))
	checked := 0
	for i, text := range texts {
		var f sentenceFinder
		start := 0
		for k := 0; k < 400; k++ {
			if r.Intn(10) == 0 {
				start = r.Intn(len(text) + 1) // out of order now and then
			} else {
				start = min(len(text), start+r.Intn(60))
			}
			end := min(len(text), start+r.Intn(40))
			want := naiveSentence(text, start, end)
			if got := f.find(text, start, end); got != want {
				t.Fatalf("text %d, span [%d, %d): %q, want %q", i, start, end, got, want)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("nothing checked")
	}
}

// naiveSentence finds the sentence around [start, end) from scratch, a
// sentence ending at . ? or ! before a space or a new line, or at a new
// line.
func naiveSentence(text string, start, end int) string {
	s := start
	for s > 0 {
		if c := text[s-1]; (c == '.' || c == '?' || c == '!' || c == '\n') && (s == len(text) || text[s] == ' ' || text[s] == '\n') {
			break
		}
		s--
	}
	e := end
	for e < len(text) {
		c := text[e]
		e++
		if c == '\n' || (c == '.' || c == '?' || c == '!') && (e == len(text) || text[e] == ' ' || text[e] == '\n') {
			break
		}
	}
	return strings.TrimSpace(text[s:e])
}

// TestRuneTextEmpty checks that an empty passage, met by a buffer fresh
// from the pool, still has the offset of its end.
func TestRuneTextEmpty(t *testing.T) {
	runtime.GC()
	runtime.GC() // empties the pool
	rt := newRuneText("")
	defer rt.release()
	if len(rt.runes) != 0 || rt.offset(0) != 0 || rt.index(0) != 0 {
		t.Fatalf("empty passage: %d runes, end at %d", len(rt.runes), rt.offset(0))
	}
}
