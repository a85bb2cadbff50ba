package queries

import (
	"context"
	"sort"

	"lexgraph/graph"
)

// LinksOptions tune the links query.
type LinksOptions struct {
	Limit int
}

// LinkRow is a deputy–ministry edge: how many questions a deputy addressed
// to a ministry (interrogé), and which ministry was assigned to answer them
// (attributaire).
type LinkRow struct {
	Deputy           string `json:"deputy"`
	Group            string `json:"group"`
	MinistryAsked    string `json:"ministry_asked"`
	MinistryAssigned string `json:"ministry_assigned"`
	Questions        int    `json:"questions"`
}

// Links returns the deputy → ministry rows, most questions first.
func Links(ctx context.Context, st *graph.Store, opts LinksOptions) ([]LinkRow, error) {
	qs, err := st.Subjects(ctx, graph.Type, graph.IRI(graph.TypeQuestion))
	if err != nil {
		return nil, err
	}
	cache := newNodeCache(st)
	counts := map[LinkRow]int{}
	for _, q := range qs {
		n, err := cache.get(ctx, q)
		if err != nil {
			return nil, err
		}
		var row LinkRow
		if row.Deputy, err = cache.deputyLabel(ctx, n.iri(graph.AskedBy)); err != nil {
			return nil, err
		}
		if row.Group, err = cache.name(ctx, n.iri(graph.AuthorGroup)); err != nil {
			return nil, err
		}
		if row.MinistryAsked, err = cache.name(ctx, n.iri(graph.AddressedTo)); err != nil {
			return nil, err
		}
		if row.MinistryAssigned, err = cache.name(ctx, n.iri(graph.AnsweredBy)); err != nil {
			return nil, err
		}
		if row.Deputy == "" && row.MinistryAsked == "" && row.MinistryAssigned == "" {
			continue // nothing known of who asked whom
		}
		counts[row]++
	}
	rows := make([]LinkRow, 0, len(counts))
	for r, c := range counts {
		r.Questions = c
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.Questions != b.Questions {
			return a.Questions > b.Questions
		}
		if a.Deputy != b.Deputy {
			return a.Deputy < b.Deputy
		}
		if a.MinistryAsked != b.MinistryAsked {
			return a.MinistryAsked < b.MinistryAsked
		}
		return a.MinistryAssigned < b.MinistryAssigned
	})
	if opts.Limit > 0 && len(rows) > opts.Limit {
		rows = rows[:opts.Limit]
	}
	return rows, nil
}
