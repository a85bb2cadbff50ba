package refs_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"lexgraph"
	"lexgraph/extract"
)

// FuzzAnnotate checks that no input makes the extractor panic, and that
// every mention's span lies inside the input, on UTF-8 boundaries, and
// equals its text.
func FuzzAnnotate(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.text)
	}
	files, _ := filepath.Glob(filepath.Join(testdata, "corpus", "*", "*.txt"))
	for _, file := range files[:4] {
		data, _ := os.ReadFile(file)
		f.Add(string(data))
	}
	f.Add("loi n° loi du loi du 31 février 2020 article L. articles , et à du même code cette loi")
	f.Add("<p>loi n&deg;&nbsp;2008-582</p> <b>article</b>&nbsp;L.&nbsp;411-1")
	x := newExtractor(f)
	f.Fuzz(func(t *testing.T, src string) {
		docs, err := extract.Read("fuzz.txt", []byte(src))
		if err != nil {
			return // binary or not UTF-8: rejected, not searched
		}
		x.Annotate(docs)
		for _, d := range docs {
			for _, m := range d.Mentions {
				if m.Start < 0 || m.End > len(src) || m.Start > m.End {
					t.Fatalf("mention %q at %d-%d outside the input of %d bytes", m.Text, m.Start, m.End, len(src))
				}
				if !utf8.RuneStart(src[m.Start]) || m.End < len(src) && !utf8.RuneStart(src[m.End]) {
					t.Fatalf("mention %q at %d-%d not on UTF-8 boundaries", m.Text, m.Start, m.End)
				}
				if src[m.Start:m.End] != m.Text {
					t.Fatalf("mention text %q differs from the input's bytes %q", m.Text, src[m.Start:m.End])
				}
				if !m.Kind.Valid() {
					t.Fatalf("mention %q has kind %q", m.Text, m.Kind)
				}
			}
		}
	})
}

// variantTests are one reference written the ways real pages write it:
// curly or straight apostrophes, guillemets, non-breaking spaces, n°/no/nº,
// missing accents, État/Etat. Each must resolve to the same instrument.
var variantTests = []struct {
	id       string
	variants []string
}{
	{"loi/2008-582", []string{
		"la loi n° 2008-582 du 20 juin 2008",
		"la loi no 2008-582 du 20 juin 2008",
		"la loi nº 2008-582 du 20 juin 2008",
		"la loi n°2008-582 du 20 juin 2008",
		"la loi n\u00a0°\u00a02008-582 du 20\u00a0juin\u00a02008",
		"la loi n° 2008‑582 du 20 juin 2008",
		"la LOI N° 2008-582 DU 20 JUIN 2008",
	}},
	{"code/environnement", []string{
		"l'article L. 411-1 du code de l'environnement",
		"l’article L. 411-1 du code de l’environnement",
		"l'article L.411-1 du Code de l'Environnement",
		"l'article L 411-1 du code de l'environnement",
		"l'article L. 411-1 du code de l\u00a0'environnement",
	}},
	{"traite/coe-210", []string{
		"la Convention d'Istanbul",
		"la Convention d’Istanbul",
		"la convention dite « d'Istanbul »",
	}},
	{"celex/31992L0043", []string{
		"la directive « Habitats »",
		"la directive \"Habitats\"",
		"la directive «\u00a0Habitats\u00a0»",
		"la directive 92/43/CEE",
	}},
	{"code/debits-de-boissons", []string{
		"l'article L. 18 du code des débits de boissons",
		"l'article L. 18 du code des debits de boissons",
	}},
	{"jurisprudence/ce/du-1968-06-24", []string{
		"un arrêt du Conseil d'État du 24 juin 1968",
		"un arrêt du Conseil d'Etat du 24 juin 1968",
		"un arrêt du Conseil d’Etat du 24 juin 1968",
	}},
}

func TestVariants(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range variantTests {
		for _, v := range tt.variants {
			ms := annotate(x, v)
			if len(ms) != 1 || ms[0].ID != tt.id {
				t.Errorf("%q: got %v, want one mention of %s", v, texts(ms), tt.id)
			}
		}
	}
}

var _ = lexgraph.KindLoi
