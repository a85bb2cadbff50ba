// Package queries holds the named queries users run over the graph: each
// takes options and returns rows that the command prints as a table, JSON or
// CSV. They read the graph through graph.Store's primitives only.
package queries

import (
	"context"

	"lexgraph/graph"
)

// Stats counts what the store holds.
type Stats struct {
	Questions   int   `json:"questions"`   // distinct questions
	Answers     int   `json:"answers"`     // questions with a published answer
	Deputies    int   `json:"deputies"`    // distinct deputies
	Ministries  int   `json:"ministries"`  // distinct ministries (stable names)
	Instruments int   `json:"instruments"` // distinct instruments cited
	Citations   int   `json:"citations"`   // distinct (document, part, instrument) citations
	Quads       int64 `json:"quads"`
}

// GetStats counts the store's contents.
func GetStats(ctx context.Context, st *graph.Store) (Stats, error) {
	var s Stats
	count := func(typ string) (int, error) {
		subs, err := st.Subjects(ctx, graph.Type, graph.IRI(typ))
		return len(subs), err
	}
	var err error
	for _, c := range []struct {
		n   *int
		typ string
	}{
		{&s.Questions, graph.TypeQuestion}, {&s.Deputies, graph.TypeDeputy},
		{&s.Ministries, graph.TypeMinistry}, {&s.Citations, graph.TypeCitation},
	} {
		if *c.n, err = count(c.typ); err != nil {
			return s, err
		}
	}
	// an instrument's description is shared and outlives the documents that
	// cited it: count those some citation still points to
	insts, err := st.Subjects(ctx, graph.Type, graph.IRI(graph.TypeInstrument))
	if err != nil {
		return s, err
	}
	for _, in := range insts {
		cited, err := st.HasIn(ctx, graph.CitationTo, in)
		if err != nil {
			return s, err
		}
		if cited {
			s.Instruments++
		}
	}
	answered, err := st.Subjects(ctx, graph.HasAnswer, graph.String("true"))
	if err != nil {
		return s, err
	}
	s.Answers = len(answered)
	s.Quads, err = st.CountQuads(ctx)
	return s, err
}

// first returns the longest text among values (labels written by several
// documents may differ in detail; the longest says most), or "".
func first(vals []graph.Value) string {
	best := ""
	for _, v := range vals {
		t := v.Text()
		if len(t) > len(best) || len(t) == len(best) && t < best {
			best = t
		}
	}
	return best
}
