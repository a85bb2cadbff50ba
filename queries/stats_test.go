package queries_test

import (
	"context"
	"path/filepath"
	"testing"

	"lexgraph"
	"lexgraph/extract/refs"
	"lexgraph/graph"
	"lexgraph/ingest"
	"lexgraph/queries"
)

// statsByScan counts what GetStats counts by asking the store node by
// node, as it once did: the oracle of TestStatsAgree.
func statsByScan(t *testing.T, st *graph.Store) queries.Stats {
	ctx := context.Background()
	var s queries.Stats
	count := func(p string, o graph.Value) int {
		subs, err := st.Subjects(ctx, p, o)
		if err != nil {
			t.Fatal(err)
		}
		return len(subs)
	}
	s.Questions = count(graph.Type, graph.IRI(graph.TypeQuestion))
	s.Deputies = count(graph.Type, graph.IRI(graph.TypeDeputy))
	s.Ministries = count(graph.Type, graph.IRI(graph.TypeMinistry))
	s.Citations = count(graph.Type, graph.IRI(graph.TypeCitation))
	s.Answers = count(graph.HasAnswer, graph.String("true"))
	insts, err := st.Subjects(ctx, graph.Type, graph.IRI(graph.TypeInstrument))
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range insts {
		if cited, _ := st.HasIn(ctx, graph.CitationTo, in); cited {
			s.Instruments++
		}
	}
	s.Quads, _ = st.CountQuads(ctx)
	return s
}

// TestStatsAgree checks the counts made from the query model against the
// store's own, on the sample corpus (pages and records merged), then after
// the seeds are read again.
func TestStatsAgree(t *testing.T) {
	cfg := lexgraph.DefaultConfig()
	cfg.DB = filepath.Join(t.TempDir(), "stats.db")
	cfg.Store.NoSync = true
	st, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	x, err := refs.New(refs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, paths := range [][]string{{"../testdata/corpus"}, {"../testdata/corpus/seeds"}} {
		if _, errs, err := ingest.Run(context.Background(), st, x, paths, ingest.Options{Workers: 1, BatchDocs: 4}); err != nil || len(errs) > 0 {
			t.Fatal(err, errs)
		}
		got, err := queries.GetStats(context.Background(), st)
		if err != nil {
			t.Fatal(err)
		}
		if want := statsByScan(t, st); got != want {
			t.Errorf("after %v: from the model %+v, from the store %+v", paths, got, want)
		}
		if got.Questions != 15 {
			t.Errorf("%d questions", got.Questions)
		}
	}
}
