package refs

import (
	"strings"
	"testing"

	"lexgraph"
	"lexgraph/extract/refs/legidata"
)

// TestEveryCode checks the catalogue's codes against the list of the LEGI
// base (legidata.Codes): every code of the list is a catalogue code with
// its LEGITEXT id, every catalogue code has one, and every name a code
// answers to, written after "l'article 12 du code", resolves to it (one
// that several codes answer to, to none).
func TestEveryCode(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	byLegitext := map[string]*entry{}
	n := 0
	for _, e := range x.cat.ordered {
		if e.Kind != string(lexgraph.KindCode) {
			continue
		}
		n++
		if !strings.HasPrefix(e.Legifrance, "LEGITEXT") {
			t.Errorf("%s: no LEGITEXT id", e.ID)
			continue
		}
		if old, ok := byLegitext[e.Legifrance]; ok {
			t.Errorf("%s and %s share %s", old.ID, e.ID, e.Legifrance)
		}
		byLegitext[e.Legifrance] = e
		if want := "https://www.legifrance.gouv.fr/codes/texte_lc/" + e.Legifrance; e.instrument().Legifrance != want {
			t.Errorf("%s: Légifrance address %q, want %q", e.ID, e.instrument().Legifrance, want)
		}
		for _, name := range e.CodeNames {
			text := "Selon l'article 12 du code " + name + ", il"
			d := &lexgraph.Document{Source: "t", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: text}}}
			x.Annotate([]*lexgraph.Document{d})
			want := e.ID
			if len(x.cat.codeShared[normName(name)]) > 0 {
				want = "" // a name several codes answer to, alone: not told
			}
			if len(d.Mentions) != 1 || d.Mentions[0].ID != want || d.Mentions[0].Article != "12" {
				t.Errorf("%q: got %+v, want one mention of %q, article 12", text, d.Mentions, want)
			}
		}
	}
	for _, c := range legidata.Codes() {
		e, ok := byLegitext[c.Legitext]
		if !ok {
			t.Errorf("%s (%s, %s) is not in the catalogue", c.Legitext, c.Title, c.State)
			continue
		}
		if len(e.CodeNames) == 0 && len(e.Aliases) == 0 {
			t.Errorf("%s (%s): no name", e.ID, c.Title)
		}
	}
	// the 107 codes of the list and four newer ones (CGFP, CJPM, code
	// pénitentiaire, CIBS)
	if n < len(legidata.Codes())+4 {
		t.Errorf("%d codes in the catalogue, fewer than the list's %d and the four newer ones", n, len(legidata.Codes()))
	}
}

// TestCatalogueLaws checks the README's count of the laws the bundled
// catalogue knows besides the finance laws ("about 190").
func TestCatalogueLaws(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	laws := 0
	for _, e := range x.cat.ordered {
		if e.Kind == string(lexgraph.KindLoi) && !strings.Contains(e.Label, "finances") && !strings.Contains(e.Label, "financement de la sécurité sociale") {
			laws++
		}
	}
	if laws < 180 || laws > 200 {
		t.Errorf("the catalogue knows %d laws besides the finance laws; the README says about 190", laws)
	}
}
