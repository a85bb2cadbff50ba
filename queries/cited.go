package queries

import (
	"context"
	"sort"

	"lexgraph"
	"lexgraph/graph"
)

// CitedOptions filter the cited query.
type CitedOptions struct {
	// Part keeps the citations of one part ("question", "answer"…); empty
	// keeps them all.
	Part lexgraph.Part `json:"part,omitempty" help:"keep citations from one part: question, answer, title, index, text"`
	// Kind keeps one kind of instrument; empty keeps them all.
	Kind lexgraph.Kind `json:"kind,omitempty" help:"keep one kind of instrument: loi, decret, code, directive, traite…"`
	Filter
	// Numbers bounds the question numbers listed in each row (0:
	// DefaultNumbers; -1: all): an instrument cited everywhere has
	// thousands, which citing lists in full.
	Numbers int `json:"numbers,omitempty" help:"list at most this many questions in each row (default 50; -1: all)"`
	Limit   int `json:"limit,omitempty" help:"at most this many rows (0: all)"`
}

// DefaultNumbers is how many question numbers a cited row lists by
// default.
const DefaultNumbers = 50

// CitedRow is an instrument and the questions citing it.
type CitedRow struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Kind  string `json:"kind"`
	Count int    `json:"count"` // questions citing it
	// Questions are their references ("14-81473", else the uid), by
	// legislature and number (the first ones: see CitedOptions.Numbers).
	Questions []string `json:"questions"`
	// Documents counts the plain texts citing it (never under a filter on
	// questions' fields, which plain texts do not have).
	Documents int `json:"documents,omitempty"`
	// Links are the instrument's official pages: ELI, Légifrance, EUR-Lex,
	// Council of Europe (see lexgraph.Instrument.Links).
	Links []string `json:"links"`
}

// Cited ranks instruments by the number of questions citing them, most
// cited first.
func Cited(ctx context.Context, st *graph.Store, opts CitedOptions) ([]CitedRow, error) {
	if err := opts.Check(); err != nil {
		return nil, err
	}
	m, err := LoadModel(ctx, st)
	if err != nil {
		return nil, err
	}
	return m.cited(opts)
}

func (m *Model) cited(opts CitedOptions) ([]CitedRow, error) {
	f, err := m.compile(opts.Filter)
	if err != nil {
		return nil, err
	}
	keepCite := func(c *Citation) bool {
		return (opts.Part == "" || c.Part == opts.Part) &&
			(opts.Kind == "" || m.Instruments[c.Instrument].Kind == string(opts.Kind))
	}
	// One pass over the questions kept counts, per instrument, the
	// questions and the documents citing it.
	questions := make([]int32, len(m.Instruments))
	documents := make([]int32, len(m.Instruments))
	last := make([]int32, len(m.Instruments)) // the last question counted, so that two parts count once
	for i := range last {
		last[i] = -1
	}
	m.eachQuestion(f, func(qi int32, q *Question) {
		for i := q.Cites[0]; i < q.Cites[1]; i++ {
			c := &m.Citations[i]
			if !keepCite(c) || last[c.Instrument] == qi {
				continue
			}
			last[c.Instrument] = qi
			if q.Document {
				documents[c.Instrument]++
			} else {
				questions[c.Instrument]++
			}
		}
	})
	var order []int32
	for i := range m.Instruments {
		if questions[i]+documents[i] > 0 {
			order = append(order, int32(i))
		}
	}
	sort.Slice(order, func(a, b int) bool {
		x, y := order[a], order[b]
		if questions[x] != questions[y] {
			return questions[x] > questions[y]
		}
		if documents[x] != documents[y] {
			return documents[x] > documents[y]
		}
		return m.Instruments[x].ID < m.Instruments[y].ID
	})
	order = limitRows(order, opts.Limit)
	numbers := opts.Numbers
	if numbers == 0 {
		numbers = DefaultNumbers
	}
	// The rows' references: the instrument's citations come in model
	// order, which is the references' order.
	d := m.index()
	rows := make([]CitedRow, 0, len(order))
	for _, ii := range order {
		in := m.Instruments[ii]
		row := CitedRow{ID: in.ID, Label: instrumentLabel(in), Kind: in.Kind, Count: int(questions[ii]), Documents: int(documents[ii]), Questions: []string{}, Links: links(in)}
		lastQ := int32(-1)
		for _, ci := range d.byInstrument[ii] {
			if numbers > 0 && len(row.Questions) >= numbers {
				break
			}
			c := &m.Citations[ci]
			if c.Question == lastQ || !keepCite(c) {
				continue
			}
			if q := &m.Questions[c.Question]; !q.Document && f.keep(q) {
				lastQ = c.Question
				row.Questions = append(row.Questions, q.ref())
			}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// numbers returns the references of questions given in model order, which
// is the order of their references.
func (m *Model) numbers(qs []int32) []string {
	out := make([]string, len(qs))
	for i, qi := range qs {
		out[i] = m.Questions[qi].ref()
	}
	return out
}

func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
