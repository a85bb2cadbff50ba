package queries

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"lexgraph"
	"lexgraph/extract/refs"
	"lexgraph/generate"
	"lexgraph/graph"
	"lexgraph/ingest"
)

// TestModelPatchedEqualsBuilt follows a store through ingests that change
// it in every way a model sees (questions changed, answered, added,
// removed, an acteur renamed, a plain text added) and checks each time that
// the model brought up to date from the saved one and the change log is
// the model a scan of the whole store builds.
func TestModelPatchedEqualsBuilt(t *testing.T) {
	dir := t.TempDir()
	x, err := refs.New(refs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cfg := lexgraph.DefaultConfig()
	cfg.DB = filepath.Join(dir, "s.db")
	q, amo := filepath.Join(dir, "q.json"), filepath.Join(dir, "amo.json")
	gen := func(n int) {
		if _, err := generate.WriteFiles(q, amo, generate.Options{Questions: n, Seed: 21, Deputies: 8}); err != nil {
			t.Fatal(err)
		}
	}
	edit := func(path, from, to string) {
		data, _ := os.ReadFile(path)
		changed := strings.Replace(string(data), from, to, 1)
		if changed == string(data) {
			t.Fatalf("%s: no %q to change", path, from)
		}
		os.WriteFile(path, []byte(changed), 0o644)
	}
	step := func(name string, wantHow string, write func(st *graph.Store)) {
		t.Helper()
		st, err := graph.Open(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		write(st)
		m, how, err := RefreshModel(ctx, st)
		if err != nil {
			t.Fatal(err)
		}
		if how != wantHow {
			t.Errorf("%s: the model was %s, want %s", name, how, wantHow)
		}
		// the model built from a scan of the store as another process
		// opens it (not from what the ingest kept in memory)
		st.Close()
		if st, err = graph.Open(ctx, cfg); err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		g, _ := st.Generation(ctx)
		full, err := buildModel(ctx, st, g)
		if err != nil {
			t.Fatal(err)
		}
		all := make([]int32, len(m.Citations))
		for i := range all {
			all[i] = int32(i)
		}
		sentences, err := m.sentencesOf(ctx, st, all)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(exported(m), exported(full)) || !reflect.DeepEqual(sentences, full.sentences) || !reflect.DeepEqual(m.untyped, full.untyped) {
			t.Errorf("%s: the updated model differs from the one built from a scan", name)
			for i, part := range exported(m) {
				if !reflect.DeepEqual(part, exported(full)[i]) {
					t.Logf("part %d differs:\n%+v\n%+v", i, part, exported(full)[i])
					break
				}
			}
		}
		if len(m.Questions) == 0 || m.Seq != full.Seq {
			t.Errorf("%s: %d questions, change %d (a scan: %d)", name, len(m.Questions), m.Seq, full.Seq)
		}
	}
	ingestAll := func(paths ...string) func(st *graph.Store) {
		return func(st *graph.Store) {
			if _, errs, err := ingest.Run(ctx, st, x, paths, ingest.Options{BatchDocs: 20}); err != nil || len(errs) > 0 {
				t.Fatal(err, errs)
			}
		}
	}

	gen(60)
	step("first ingest", ModelBuilt, ingestAll(q, amo))
	step("nothing changed", ModelKept, ingestAll(q, amo))
	gen(70) // ten more questions
	edit(q, `"type":"QE","uid":"QANR5L14QE7"`, `"type":"QG","uid":"QANR5L14QE7"`)
	edit(q, `"textesReponse":null`, `"textesReponse":{"texteReponse":{"texte":"Vu le code civil.","infoJO":{"dateJO":"2016-01-05"}}}`)
	step("questions changed and added", ModelUpdated, ingestAll(q, amo))
	edit(q, `l'article L. `, `l'article R. `) // a citation's article and wording alone
	step("an article changed", ModelUpdated, ingestAll(q, amo))
	edit(amo, `"prenom":"`, `"prenom":"Jean-`)
	step("an acteur renamed", ModelUpdated, ingestAll(q, amo))
	text := filepath.Join(dir, "note.txt")
	os.WriteFile(text, []byte("Une note sur la loi n° 2014-1353 du 13 novembre 2014 et l'article 1240 du code civil.\n"), 0o644)
	step("a plain text", ModelUpdated, ingestAll(text))
	step("a question removed", ModelUpdated, func(st *graph.Store) {
		if _, err := st.Replace(ctx, []graph.DocQuads{{Label: graph.DocLabel("an/QANR5L14QE3")}}); err != nil {
			t.Fatal(err)
		}
	})
	step("a deputy renamed by hand", ModelUpdated, func(st *graph.Store) {
		subs, _ := st.Subjects(ctx, graph.ActeurID, graph.String("PA330001"))
		if len(subs) != 1 {
			t.Fatalf("acteur PA330001: %v", subs)
		}
		if _, err := st.RenameNodes(ctx, map[string]string{subs[0]: "deputy/quelqu-un"}); err != nil {
			t.Fatal(err)
		}
	})
}
