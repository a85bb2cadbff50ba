package queries

import (
	"context"
	"sort"

	"lexgraph/graph"
)

// RedirectedOptions filter the redirected query.
type RedirectedOptions struct {
	// Pairs counts the redirections by pair of ministries instead of
	// listing the questions.
	Pairs bool `json:"pairs,omitempty" help:"count questions by (ministry asked, ministry answering) instead of listing them"`
	Filter
	Limit int `json:"limit,omitempty" help:"at most this many rows (0: all)"`
}

// RedirectedRow is a question whose ministère attributaire differs from
// the ministère interrogé.
type RedirectedRow struct {
	Question string `json:"question"` // its reference: "14-81473", else the uid
	UID      string `json:"uid"`
	URL      string `json:"url"`  // its page on the Assemblée's site, where known
	Date     string `json:"date"` // published
	Deputy   string `json:"deputy"`
	Asked    string `json:"ministry_asked"`
	Answerer string `json:"ministry_answering"`
	// Assigned lists every attributaire in order, when there were several.
	Assigned []string `json:"assigned"`
	Answered string   `json:"answered"` // the answer's date
	Title    string   `json:"title"`
	// DeputyNode is the deputy's node, for links.
	DeputyNode string `json:"deputy_node"`
}

// RedirectPairRow counts the questions redirected from one ministry to
// another.
type RedirectPairRow struct {
	Asked     string `json:"ministry_asked"`
	Answerer  string `json:"ministry_answering"`
	Questions int    `json:"questions"`
}

// redirected reports whether a question was answered by (assigned last
// to) another ministry than the one asked; unknown when either is unknown.
func (q *Question) redirected() bool {
	return q.Asked != none && q.Answerer != none && q.Asked != q.Answerer
}

// Redirected lists the questions whose last attributaire (answered_by)
// differs from the ministry asked (addressed_to), by ministry node: the
// newest first.
func Redirected(ctx context.Context, st *graph.Store, opts RedirectedOptions) ([]RedirectedRow, error) {
	m, f, err := prepareFiltered(ctx, st, opts.Limit, opts.Filter)
	if err != nil {
		return nil, err
	}
	var qs []int32
	m.eachQuestion(f, func(qi int32, q *Question) {
		if q.redirected() {
			qs = append(qs, qi)
		}
	})
	sort.Slice(qs, func(i, j int) bool { return m.newer(qs[i], qs[j]) })
	qs = limitRows(qs, opts.Limit)
	rows := make([]RedirectedRow, 0, len(qs))
	for _, qi := range qs {
		q := &m.Questions[qi]
		row := RedirectedRow{Question: q.ref(), UID: q.UID, URL: q.url(), Date: q.Published.String(), Deputy: m.deputyName(q.Deputy),
			Asked: m.ministryName(q.Asked), Answerer: m.ministryName(q.Answerer), Answered: q.Answered.String(), Title: q.Title,
			Assigned: []string{}, DeputyNode: m.deputyNode(q.Deputy)}
		if len(q.Assigned) > 1 {
			for _, a := range q.Assigned {
				row.Assigned = append(row.Assigned, m.ministryName(a))
			}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// RedirectPairs counts the redirected questions by pair of ministries,
// most first.
func RedirectPairs(ctx context.Context, st *graph.Store, opts RedirectedOptions) ([]RedirectPairRow, error) {
	m, f, err := prepareFiltered(ctx, st, opts.Limit, opts.Filter)
	if err != nil {
		return nil, err
	}
	counts := map[[2]int32]int{}
	m.eachQuestion(f, func(_ int32, q *Question) {
		if q.redirected() {
			counts[[2]int32{q.Asked, q.Answerer}]++
		}
	})
	rows := make([]RedirectPairRow, 0, len(counts))
	for k, n := range counts {
		rows = append(rows, RedirectPairRow{Asked: m.ministryName(k[0]), Answerer: m.ministryName(k[1]), Questions: n})
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.Questions != b.Questions {
			return a.Questions > b.Questions
		}
		if a.Asked != b.Asked {
			return a.Asked < b.Asked
		}
		return a.Answerer < b.Answerer
	})
	return limitRows(rows, opts.Limit), nil
}

// newer orders questions newest first: by publication date, then by
// legislature and number, unknown dates last.
func (m *Model) newer(a, b int32) bool {
	x, y := &m.Questions[a], &m.Questions[b]
	if x.Published != y.Published {
		if x.Published == NoDay || y.Published == NoDay {
			return y.Published == NoDay
		}
		return x.Published > y.Published
	}
	if x.Legislature != y.Legislature {
		return x.Legislature > y.Legislature
	}
	if x.Number != y.Number {
		return x.Number > y.Number
	}
	return x.Node < y.Node
}
