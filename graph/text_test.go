package graph_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"lexgraph"
	"lexgraph/extract"
	"lexgraph/extract/refs"
	"lexgraph/graph"
)

// TestPartText checks, on the real pages, that the stored text of each
// part holds every mention of that part at its span: the page's bytes are
// the text, so each span's bytes are the mention's own.
func TestPartText(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	docs, errs := extract.ReadPaths(files)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	x, err := refs.New(refs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x.Annotate(docs)
	checked := 0
	for _, d := range docs {
		src, err := os.ReadFile(d.Source)
		if err != nil {
			t.Fatal(err)
		}
		for _, part := range []lexgraph.Part{lexgraph.PartQuestion, lexgraph.PartAnswer} {
			text, spans := graph.PartText(d, part)
			want := 0
			for _, m := range d.Mentions {
				if m.Part == part {
					want++
					if string(src[m.Start:m.End]) != m.Text {
						t.Fatalf("%s: mention %q at %d–%d is not the file's bytes", d.Source, m.Text, m.Start, m.End)
					}
				}
			}
			if len(spans) != want {
				t.Errorf("%s %s: %d spans for %d mentions", d.Source, part, len(spans), want)
			}
			for i, s := range spans {
				if i > 0 && s.Start < spans[i-1].Start {
					t.Errorf("%s %s: spans out of order", d.Source, part)
				}
				found := false
				for _, m := range d.Mentions {
					found = found || m.Part == part && m.Text == text[s.Start:s.End] && m.ID == s.ID && m.Article == s.Article
				}
				if !found {
					t.Errorf("%s %s: span %d–%d %q is no mention's", d.Source, part, s.Start, s.End, text[s.Start:s.End])
				}
				checked++
			}
			if _, err := graph.ParseTextSpans(encode(t, spans), len(text)); err != nil {
				t.Errorf("%s %s: %v", d.Source, part, err)
			}
		}
	}
	if checked < 50 {
		t.Fatalf("only %d spans checked: the corpus should give more", checked)
	}
}

func TestParseTextSpansRejectsOutOfBounds(t *testing.T) {
	for _, data := range []string{`[{"start":5,"end":50}]`, `[{"start":5,"end":3}]`, `[{"start":5,"end":6},{"start":2,"end":3}]`, `{`} {
		if _, err := graph.ParseTextSpans(data, 10); err == nil {
			t.Errorf("%s: no error", data)
		}
	}
	if s, err := graph.ParseTextSpans(`[{"start":1,"end":3,"kind":"loi","id":"loi/x"}]`, 10); err != nil || len(s) != 1 || s[0].ID != "loi/x" {
		t.Errorf("good spans: %v %v", s, err)
	}
}

func encode(t *testing.T, spans []graph.TextSpan) string {
	t.Helper()
	data, err := json.Marshal(spans)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
