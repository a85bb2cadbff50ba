package refs

import (
	"math/rand"
	"regexp/syntax"
	"strings"
	"testing"

	"lexgraph"
)

// TestOneArticle checks that the lists oneArticle takes for one number are
// those reArtItem reads as one item spanning the whole list.
func TestOneArticle(t *testing.T) {
	for _, tt := range []struct {
		list string
		one  bool
	}{
		{"241", true}, {"211-1", true}, {"L. 18", true}, {"R. 214-90", true}, {"L.18", true},
		{"D 12", true}, {"A. 5-2-1", true}, {"LO 12", false}, {"L. O. 12", false}, {"12-", false},
		{"211-1 à 211-5", false}, {"L. 411-1, L. 411-2", false}, {"1er", false}, {"2 paragraphe 1", false},
		{"31 bis", false}, {"L. 12‑3", false}, {"", false}, {"L. ", false}, {"X. 12", false},
	} {
		if got := oneArticle(tt.list); got != tt.one {
			t.Errorf("oneArticle(%q) = %v, want %v", tt.list, got, tt.one)
		}
		if !tt.one {
			continue
		}
		locs := reArtItem.FindAllStringSubmatchIndex(tt.list, -1)
		if len(locs) != 1 || locs[0][0] != 0 || locs[0][1] != len(tt.list) || locs[0][5] != len(tt.list) || locs[0][6] != locs[0][7] {
			t.Errorf("%q: reArtItem reads %v, not one item", tt.list, locs)
		}
	}
}

// TestShortGap checks that the gaps shortGap turns away are gaps the
// composing expressions could not match anyway.
func TestShortGap(t *testing.T) {
	gaps := []string{"", " ", ", ", " de la ", " du ", ", anciennes , issus de la ", " à l’ ", " (", "\t de\n ladite ",
		" de son ", " aux ", ", nouveaux, issus du ", strings.Repeat(" ", 200) + "de" + strings.Repeat(" ", 200)}
	r := rand.New(rand.NewSource(1))
	words := []string{"de", "la", "du", "des", "l’", "l'", ",", "(", "à", "aux", "son", "issus", "anciennes", "nouvel", "ladite", "et", "prévoit", "x", " ", "\u00a0"}
	for k := 0; k < 3000; k++ {
		var b strings.Builder
		for n := r.Intn(12); n >= 0; n-- {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteString(" ")
		}
		gaps = append(gaps, b.String())
	}
	matched := 0
	for _, g := range gaps {
		if reOfGap.MatchString(g) || reAtGap.MatchString(g) {
			matched++
			if !shortGap(g) {
				t.Errorf("%q matches, but shortGap turns it away", g)
			}
		}
	}
	if matched < 10 {
		t.Errorf("only %d gaps match: the test checks little", matched)
	}
}

// TestLatinOrdinals checks every Latin ordinal, bis to novonagies, after an
// article number, alone and before a capital, in a list and in a range.
func TestLatinOrdinals(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(latinOrdinals) < 98 {
		t.Fatalf("%d ordinals", len(latinOrdinals))
	}
	for _, o := range latinOrdinals {
		text := "l'article 12 " + o + ", l'article 13 " + o + " A et les articles 14 " + o + " à 15 " + o + " B du code civil."
		d := &lexgraph.Document{Source: "t", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: text}}}
		x.Annotate([]*lexgraph.Document{d})
		var got []string
		for _, m := range d.Mentions {
			got = append(got, m.ID+" "+m.Article)
		}
		want := []string{"code/civil 12 " + o, "code/civil 13 " + o + " A", "code/civil 14 " + o + " à 15 " + o + " B"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// TestArticleItemFitsTheBacktracker keeps reArtItem small enough for Go's
// bit-state backtracker (at most 500 instructions): past that, regexp runs
// its slower NFA on every list of articles, which cost a tenth of the
// extractor's time when the limit was crossed unnoticed.
func TestArticleItemFitsTheBacktracker(t *testing.T) {
	r, err := syntax.Parse(reArtItem.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	p, err := syntax.Compile(r.Simplify())
	if err != nil {
		t.Fatal(err)
	}
	if n := len(p.Inst); n > 500 {
		t.Errorf("reArtItem compiles to %d instructions, more than the backtracker's 500", n)
	}
}
