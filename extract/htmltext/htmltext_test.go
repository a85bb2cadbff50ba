package htmltext

import (
	"strings"
	"testing"
)

var cleanTests = []struct {
	src, want string
}{
	{"plain text, unchanged", "plain text, unchanged"},
	{"la loi n&deg; 2008-582 du 20&nbsp;juin 2008", "la loi n° 2008-582 du 20 juin 2008"},
	{"l'<b>article</b> L. 411-1 du <i>code</i>", "l'article L. 411-1 du code"},
	{"<p>Premier.</p><p>Second.</p>", "Premier.\nSecond.\n"},
	{"<table><tr><td>2006/126</td><td>CE</td></tr></table>", "2006/126\nCE\n"},
	{"a <!-- DEBTAB --> b", "a  b"},
	{"x < 5 & y > 2", "x < 5 & y > 2"},
	{"&eacute;t&#233; &#xE9;t&eacute;", "été été"},
	{"x<th rowspan=2\">TYPE</th>", "x\nTYPE\n"},
	{"caf&eacute", "caf&eacute"},
}

func TestClean(t *testing.T) {
	for _, tt := range cleanTests {
		got, _ := Clean(tt.src)
		if got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestMapBack checks that every word of the cleaned text maps back to the
// bytes it came from.
func TestMapBack(t *testing.T) {
	src := "Selon l'<b>article&nbsp;29</b> de la <i>convention</i> du 23&nbsp;novembre 2001, la loi n&deg; 2008-582."
	text, m := Clean(src)
	for _, w := range []struct{ clean, orig string }{
		{"article 29", "article&nbsp;29"},
		{"convention", "convention"},
		{"23 novembre 2001", "23&nbsp;novembre 2001"},
		{"loi n° 2008-582", "loi n&deg; 2008-582"},
		{"Selon", "Selon"},
		{"2008-582.", "2008-582."},
	} {
		i := strings.Index(text, w.clean)
		if i < 0 {
			t.Fatalf("%q not in %q", w.clean, text)
		}
		s, e := m.Start(i), m.End(i+len(w.clean))
		if got := src[s:e]; got != w.orig {
			t.Errorf("%q maps to %q, want %q", w.clean, got, w.orig)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, tt := range cleanTests {
		f.Add(tt.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		text, m := Clean(src)
		prevS, prevE := 0, 0
		for i := 0; i <= len(text); i++ {
			s := m.Start(min(i, max(len(text)-1, 0)))
			e := m.End(i)
			if s < 0 || s > len(src) || e < 0 || e > len(src) {
				t.Fatalf("offset %d maps outside the source: %d, %d", i, s, e)
			}
			if e < prevE || (i < len(text) && s < prevS) {
				t.Fatalf("map not monotonic at %d", i)
			}
			prevS, prevE = s, e
		}
		if !HasMarkup(src) && text != src {
			t.Fatalf("text without markup changed: %q -> %q", src, text)
		}
	})
}

// adversarialHTML are shapes that made the cleaning quadratic, or could:
// comments opened and never closed, many script and style elements, tags
// left open, quotes that never close, entities cut short. Each is n bytes
// or so.
var adversarialHTML = map[string]func(n int) string{
	"unclosed comments": func(n int) string { return strings.Repeat("<!--", n/4) },
	"style elements":    func(n int) string { return strings.Repeat("<style>x</STYLE>", n/16) },
	"unclosed script":   func(n int) string { return strings.Repeat("<script>", n/8) },
	"open tags":         func(n int) string { return strings.Repeat("<a href=", n/8) },
	"open quotes":       func(n int) string { return strings.Repeat(`<a x="`, n/6) },
	"entities":          func(n int) string { return strings.Repeat("&eacute", n/7) },
	"closers":           func(n int) string { return "<style>" + strings.Repeat("</", n/2) },
	"long tag":          func(n int) string { return "<" + strings.Repeat("a", n) },
}

// TestWorkPerByte holds Clean and HasMarkup to a bounded work per input
// byte, counted (the bytes their scans pass over), not timed: on every
// adversarial shape, at 10 and 100 KB, at most 4 bytes scanned per byte.
func TestWorkPerByte(t *testing.T) {
	for name, shape := range adversarialHTML {
		for _, n := range []int{10_000, 100_000} {
			src := shape(n)
			_, _, work := clean(src)
			if work > 4*len(src) {
				t.Errorf("%s, %d bytes: %d bytes scanned, %.1f per byte", name, len(src), work, float64(work)/float64(len(src)))
			}
		}
	}
}

// BenchmarkAdversarial cleans each adversarial shape of 100 KB.
func BenchmarkAdversarial(b *testing.B) {
	for name, shape := range adversarialHTML {
		src := shape(100_000)
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				HasMarkup(src)
				Clean(src)
			}
		})
	}
}
