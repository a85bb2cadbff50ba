package ingest

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"lexgraph"
	"lexgraph/extract/refs"
	"lexgraph/generate"
	"lexgraph/graph"
)

func ingestInto(t *testing.T, db string, x *refs.Extractor, paths []string) Summary {
	t.Helper()
	return ingestWith(t, db, x, paths, Options{BatchDocs: 25})
}

func ingestWith(t *testing.T, db string, x *refs.Extractor, paths []string, opts Options) Summary {
	t.Helper()
	cfg := lexgraph.DefaultConfig()
	cfg.DB = db
	st, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sum, errs, err := Run(context.Background(), st, x, paths, opts)
	if err != nil || len(errs) > 0 {
		t.Fatal(err, errs)
	}
	return sum
}

func storeQuads(t *testing.T, db string) string {
	t.Helper()
	cfg := lexgraph.DefaultConfig()
	cfg.DB = db
	st, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var out []string
	st.EachQuad(context.Background(), func(q graph.Quad) error {
		out = append(out, q.Subject+" "+q.Predicate+" "+q.Object.String()+" "+q.Label)
		return nil
	})
	sort.Strings(out)
	return strings.Join(out, "\n")
}

// TestFingerprints checks what a re-ingest derives again: nothing when
// nothing changed (no record decoded, no quad written), the one record
// that changed, every record with texts when the catalogue or the
// extractor changed (but the acteur and organe records, which do not
// depend on them) — and that the store is each time the one an ingest
// deriving every record again (Rederive) makes of the same steps.
func TestFingerprints(t *testing.T) {
	dir := t.TempDir()
	q, amo := filepath.Join(dir, "q.json"), filepath.Join(dir, "amo.json")
	exp, err := generate.WriteFiles(q, amo, generate.Options{Questions: 80, Seed: 11, Deputies: 12})
	if err != nil {
		t.Fatal(err)
	}
	x, err := refs.New(refs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db, all := filepath.Join(dir, "s.db"), filepath.Join(dir, "all.db")
	step := func(x *refs.Extractor) Summary {
		sum := ingestInto(t, db, x, []string{q, amo})
		ingestWith(t, all, x, []string{q, amo}, Options{BatchDocs: 25, Rederive: true})
		if storeQuads(t, db) != storeQuads(t, all) {
			t.Errorf("the store differs from one whose every record was derived again")
		}
		return sum
	}
	first := step(x)
	if !first.Bulk || first.Extracted != first.Documents || first.SkippedUnchanged != 0 {
		t.Fatalf("first ingest: %+v", first)
	}
	references := first.Documents - exp.Questions

	again := step(x)
	if again.Extracted != 0 || again.SkippedUnchanged != first.Documents || again.QuadsAdded+again.QuadsRemoved != 0 ||
		again.Documents != first.Documents || again.Questions != first.Questions || again.Mentions != first.Mentions {
		t.Errorf("unchanged re-ingest: %+v, first %+v", again, first)
	}

	// one question changed: its record alone is derived again
	data, _ := os.ReadFile(q)
	changed := strings.Replace(string(data), `"type":"QE","uid":"QANR5L14QE7"`, `"type":"QG","uid":"QANR5L14QE7"`, 1)
	if changed == string(data) {
		t.Fatal("the test found no question 7 to change")
	}
	os.WriteFile(q, []byte(changed), 0o644)
	one := step(x)
	if one.Extracted != 1 || one.SkippedUnchanged != first.Documents-1 || one.QuadsAdded == 0 {
		t.Errorf("one record changed: %+v", one)
	}

	// another catalogue: every question derived again, but the reference
	// records
	cat := filepath.Join(dir, "cat.yaml")
	os.WriteFile(cat, []byte("instruments:\n  - {id: loi/2014-1353, kind: loi, label: \"Loi renommée\", number: \"2014-1353\", date: \"2014-11-13\"}\n"), 0o644)
	xc, err := refs.New(refs.Options{Catalogues: []string{cat}})
	if err != nil {
		t.Fatal(err)
	}
	if xc.Version() == x.Version() {
		t.Fatal("another catalogue, the same extractor version")
	}
	re := step(xc)
	if re.Extracted != exp.Questions || re.SkippedUnchanged != references {
		t.Errorf("another catalogue: %+v (%d questions, %d reference records)", re, exp.Questions, references)
	}

	// another extractor (its code's version): the same
	defer func(v func(*refs.Extractor) string) { extractorVersion = v }(extractorVersion)
	extractorVersion = func(*refs.Extractor) string { return "refs/test" }
	re = step(xc)
	if re.Extracted != exp.Questions || re.SkippedUnchanged != references || re.QuadsAdded+re.QuadsRemoved != 0 {
		t.Errorf("another extractor: %+v", re)
	}
	if re = step(xc); re.Extracted != 0 {
		t.Errorf("the same again: %+v", re)
	}
}

// TestFingerprintsTwoVersions checks a record met twice in one ingest, in
// a newer version and then as the store holds it: the second, though
// unchanged since the last ingest, is derived again, for the first
// replaced it meanwhile; the store ends as an ingest deriving every record
// leaves it.
func TestFingerprintsTwoVersions(t *testing.T) {
	dir := t.TempDir()
	x, err := refs.New(refs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	old, amo := filepath.Join(dir, "old.json"), filepath.Join(dir, "amo.json")
	if _, err := generate.WriteFiles(old, amo, generate.Options{Questions: 30, Seed: 12, Deputies: 5}); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(old)
	newer := filepath.Join(dir, "new.json")
	changed := strings.Replace(string(data), `"type":"QE","uid":"QANR5L14QE3"`, `"type":"QG","uid":"QANR5L14QE3"`, 1)
	if changed == string(data) {
		t.Fatal("the test found no question 3 to change")
	}
	os.WriteFile(newer, []byte(changed), 0o644)
	db, all := filepath.Join(dir, "s.db"), filepath.Join(dir, "all.db")
	for _, p := range [][]string{{old, amo}, {newer, old}} {
		for _, batch := range []int{25, 1000} { // across batches, and in one
			ingestWith(t, db, x, p, Options{BatchDocs: batch})
			ingestWith(t, all, x, p, Options{BatchDocs: batch, Rederive: true})
			if storeQuads(t, db) != storeQuads(t, all) {
				t.Errorf("%v, batches of %d: the store differs from one whose every record was derived again", p, batch)
			}
		}
	}
}
