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

// GetStats counts the store's contents, from the query model (loaded or
// built once per state of the store) and cayley's count of quads: asking
// the store node by node took minutes on a legislature.
func GetStats(ctx context.Context, st *graph.Store) (Stats, error) {
	m, err := LoadModel(ctx, st)
	if err != nil {
		return Stats{}, err
	}
	s := Stats{Deputies: len(m.Deputies), Ministries: len(m.Ministries), Citations: len(m.Citations)}
	for i := range m.Questions {
		if q := &m.Questions[i]; !q.Document {
			s.Questions++
			if q.HasAnswer {
				s.Answers++
			}
		}
	}
	// an instrument's description is shared and outlives the documents that
	// cited it: count those some citation still points to
	cited := make([]bool, len(m.Instruments))
	for _, c := range m.Citations {
		if !cited[c.Instrument] {
			cited[c.Instrument] = true
			s.Instruments++
		}
	}
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
