package refs

import (
	"os"
	"path/filepath"
	"testing"
)

// TestContextHits checks that the context phrases the prefilter notes are
// exactly those a search of the folded text finds, on the real pages and on
// the spellings that make folding matter.
func TestContextHits(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"la protection des LOUPS et des espèces protégées",
		"Les Œuvres littéraires et artistiques",
		"le droit d' auteur, la propriété  intellectuelle",
		"loup2 °loup loups* lou*ps", "un loup°,", "un *loup",
		"gaz à effet de\u00a0serre ; la COP 21 et la cop21",
		"les États-Unis et la Confédération helvétique",
		"vie", "vie sauvage", "vie sauvages", "aviation.", "suisse",
		"la vie\fsauvage", "la vie\u00a0sauvage", "la vie  Sauvage", "la vie*sauvage", "vie-sauvage",
		"droit d'auteur", "droit d’auteur", "droit d ’ auteur", "droit d`auteur", "droit\td' auteur", "droits d'auteurs",
		"la COP\u00a021", "cop 21", "cop-21", "cop21", "cop2", "gaz à effet de serre*",
		"etats unis", "ÉTATS-UNIS", "etats- unis", "franco-américaine", "franco-américaines",
	}
	pages, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", "*", "*"))
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	var phrases []contextPhrase
	for _, ps := range x.cat.context.byFirst {
		phrases = append(phrases, ps...)
	}
	found := 0
	for i, text := range texts {
		hits := newContextHits(x.cat.context.n)
		x.eachTrigger(text, hits, func(int, int, []*pattern) {})
		folded := normName(text)
		for _, p := range phrases {
			want := containsWords(folded, p.text)
			if got := hits.has(p.id); got != want {
				t.Errorf("text %d: %q noted %v, want %v", i, p.text, got, want)
			}
			if want {
				found++
			}
		}
	}
	if found < 20 {
		t.Errorf("only %d context phrases found: the test checks little", found)
	}
}
