package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lexgraph"
	"lexgraph/extract"
	"lexgraph/extract/refs"
)

func TestReadRecognisesContent(t *testing.T) {
	dir := t.TempDir()
	seed, _ := os.ReadFile(filepath.Join("..", "testdata", "corpus", "seeds", "000_fbaed0f544bcf766.txt"))
	renamed := filepath.Join(dir, "whatever.dat")
	os.WriteFile(renamed, seed, 0o644)
	plain := filepath.Join(dir, "note.txt")
	os.WriteFile(plain, []byte("Une note qui cite la loi n° 2008-582 du 20 juin 2008."), 0o644)
	docs, errs := extract.ReadPaths([]string{dir})
	if len(errs) != 0 || len(docs) != 2 {
		t.Fatalf("read %d documents, errors %v", len(docs), errs)
	}
	for _, d := range docs {
		switch d.Source {
		case renamed:
			if d.Question == nil || d.Question.UID != "QANR5L14QE81473" || d.ID != "page/QANR5L14QE81473" {
				t.Errorf("a page under another name: %+v", d)
			}
		case plain:
			if d.Question != nil || d.Layout != "text" || len(d.Passages) != 1 {
				t.Errorf("a plain text: %+v", d)
			}
		}
	}
}

func TestReadRejects(t *testing.T) {
	for _, tt := range []struct {
		data []byte
		want string
	}{
		{[]byte("ab\ncd\x00ef"), "2:3"},
		{[]byte("caf\xe9 au lait"), "1:4"},
	} {
		_, err := extract.Read("f.txt", tt.data)
		if err == nil || !strings.Contains(err.Error(), "f.txt:"+tt.want) {
			t.Errorf("Read(%q): %v, want an error at %s", tt.data, err, tt.want)
		}
	}
	_, errs := extract.ReadPaths([]string{filepath.Join(t.TempDir(), "missing")})
	if len(errs) != 1 {
		t.Errorf("a missing path gave %v", errs)
	}
}

// TestHTMLMentionsMapBack checks that references inside HTML are found in
// the cleaned text and reported at the original bytes.
func TestHTMLMentionsMapBack(t *testing.T) {
	src := "<p>Vu la <b>loi n&deg;&nbsp;2008-582</b> du 20 juin 2008 et l'article&nbsp;L.&nbsp;411-1 du code de l'environnement.</p>"
	docs, err := extract.Read("a.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	x, err := refs.New(refs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x.Annotate(docs)
	ms := docs[0].Mentions
	if len(ms) != 2 {
		t.Fatalf("mentions %+v", ms)
	}
	for _, m := range ms {
		if src[m.Start:m.End] != m.Text {
			t.Errorf("%q at %d-%d is not the source's bytes", m.Text, m.Start, m.End)
		}
	}
	if ms[0].ID != "loi/2008-582" || ms[1].ID != "code/environnement" || ms[1].Article != "L411-1" {
		t.Errorf("resolved %+v", ms)
	}
	var _ lexgraph.Mention
}

// TestForeignDataSkipped checks that structured data of another kind (a
// JSON record of the reference dumps lexgraph does not read) is neither
// read as text nor rejected, while HTML stays text.
func TestForeignDataSkipped(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "deport.json"), []byte(`{"deport": {"uid": "PD1", "texte": "la loi n° 2008-582 du 20 juin 2008"}}`), 0o644)
	os.WriteFile(filepath.Join(dir, "pays.xml"), []byte(`<?xml version="1.0"?><pays><nom>France</nom></pays>`), 0o644)
	os.WriteFile(filepath.Join(dir, "page.html"), []byte(`<p>Vu la loi n° 2008-582 du 20 juin 2008.</p>`), 0o644)
	var skipped, texts int
	err := extract.Walk(context.Background(), []string{dir}, func(it extract.Item) error {
		docs, e := it.Decode()
		switch {
		case e != nil:
			t.Errorf("%s rejected: %v", it.Source, e)
		case it.Skipped != "":
			skipped++
		case len(docs) == 1 && docs[0].Layout == "text":
			texts++
		}
		return nil
	})
	if err != nil || skipped != 2 || texts != 1 {
		t.Errorf("skipped %d, texts %d, %v; want 2 skipped and the HTML read", skipped, texts, err)
	}
}
