package graph_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"lexgraph/graph"
)

var update = flag.Bool("update", false, "rewrite docs/vocabulary.ttl from the vocabulary table")

// vocabularyFile is the committed vocabulary, which readers find without
// running lexgraph.
var vocabularyFile = filepath.Join("..", "docs", "vocabulary.ttl")

// TestVocabularyFile checks that docs/vocabulary.ttl is what export
// --vocabulary prints (go test ./graph -run VocabularyFile -update
// rewrites it after a change of the table).
func TestVocabularyFile(t *testing.T) {
	var b bytes.Buffer
	if err := graph.Vocabulary(&b); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(vocabularyFile, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	committed, err := os.ReadFile(vocabularyFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(committed, b.Bytes()) {
		t.Errorf("%s differs from graph.Vocabulary: run go test ./graph -run VocabularyFile -update", vocabularyFile)
	}
}
