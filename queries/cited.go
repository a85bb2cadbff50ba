package queries

import (
	"context"
	"sort"
	"strings"

	"lexgraph"
	"lexgraph/graph"
)

// CitedOptions filter the cited query.
type CitedOptions struct {
	// Part keeps the citations of one part ("question", "answer"…); empty
	// keeps them all.
	Part lexgraph.Part
	// Kind keeps one kind of instrument; empty keeps them all.
	Kind  lexgraph.Kind
	Limit int
}

// CitedRow is an instrument and the questions citing it.
type CitedRow struct {
	ID        string   `json:"id"`
	Label     string   `json:"label"`
	Kind      string   `json:"kind"`
	Count     int      `json:"count"`     // questions citing it
	Questions []string `json:"questions"` // their numbers
	Documents int      `json:"documents,omitempty"`
}

// Cited ranks instruments by the number of questions citing them, most
// cited first.
func Cited(ctx context.Context, st *graph.Store, opts CitedOptions) ([]CitedRow, error) {
	if opts.Part != "" && !opts.Part.Valid() {
		return nil, lexgraph.Errorf(lexgraph.EINVALID, "unknown part %q (want question, answer, title, index or text)", opts.Part)
	}
	if opts.Kind != "" && !opts.Kind.Valid() {
		return nil, lexgraph.Errorf(lexgraph.EINVALID, "unknown kind %q", opts.Kind)
	}
	preds := graph.CitesPredicates
	if opts.Part != "" {
		preds = []string{graph.CitesPredicate(opts.Part)}
	}
	insts, err := st.Subjects(ctx, graph.Type, graph.IRI(graph.TypeInstrument))
	if err != nil {
		return nil, err
	}
	cache := newNodeCache(st)
	var rows []CitedRow
	for _, in := range insts {
		n, err := cache.get(ctx, in)
		if err != nil {
			return nil, err
		}
		if opts.Kind != "" && n.str(graph.Kind) != string(opts.Kind) {
			continue
		}
		citing, err := st.In(ctx, in)
		if err != nil {
			return nil, err
		}
		qs := map[string]bool{}
		docs := map[string]bool{}
		for _, p := range preds {
			for _, s := range citing[p] {
				if strings.HasPrefix(s, "question/") {
					qs[s] = true
				} else {
					docs[s] = true
				}
			}
		}
		if len(qs)+len(docs) == 0 {
			continue
		}
		row := CitedRow{ID: graph.InstrumentID(in), Label: n.str(graph.Label), Kind: n.str(graph.Kind), Count: len(qs), Documents: len(docs), Questions: []string{}}
		for q := range qs {
			qn, err := cache.get(ctx, q)
			if err != nil {
				return nil, err
			}
			row.Questions = append(row.Questions, questionNumber(qn, q))
		}
		sortNumbers(row.Questions)
		if row.Label == "" {
			row.Label = row.ID
		}
		rows = append(rows, row)
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Documents != b.Documents {
			return a.Documents > b.Documents
		}
		return a.ID < b.ID
	})
	if opts.Limit > 0 && len(rows) > opts.Limit {
		rows = rows[:opts.Limit]
	}
	return rows, nil
}
