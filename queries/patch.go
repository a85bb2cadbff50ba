package queries

import (
	"context"
	"fmt"

	"lexgraph/graph"
)

// records returns the model's records, the inverse of assemble: links
// back to node IRIs, the citations' sentences from sentence (by citation
// index).
func (m *Model) records(sentence func(i int) string) *records {
	r := newRecords()
	untyped := make(map[string]bool, len(m.untyped))
	for _, iri := range m.untyped {
		untyped[iri] = true
	}
	node := func(list int, i int32) string {
		if i == none {
			return ""
		}
		switch list {
		case 0:
			return m.Deputies[i].Node
		case 1:
			return m.Groups[i].Node
		case 2:
			return m.Ministries[i].Node
		case 3:
			return m.Rubriques[i].Node
		case 4:
			return m.Circos[i].Node
		}
		return m.Instruments[i].Node
	}
	for i := range m.Questions {
		q := &m.Questions[i]
		rec := &qrec{q: *q, deputy: node(0, q.Deputy), group: node(1, q.Group), asked: node(2, q.Asked),
			answerer: node(2, q.Answerer), rubrique: node(3, q.Rubrique)}
		if q.GroupFromPage {
			rec.group, rec.pageGroup = "", rec.group
		}
		rec.q.GroupFromPage = false
		rec.q.Assigned, rec.q.Deputy, rec.q.Group, rec.q.Asked, rec.q.Answerer, rec.q.Rubrique, rec.q.Cites = nil, 0, 0, 0, 0, 0, [2]int32{}
		for _, a := range q.Assigned {
			rec.assigned = append(rec.assigned, node(2, a))
		}
		for ci := q.Cites[0]; ci < q.Cites[1]; ci++ {
			c := &m.Citations[ci]
			rec.cites = append(rec.cites, crec{part: c.Part, in: node(5, c.Instrument), articles: c.Articles,
				wordings: c.Wordings, mentions: c.Mentions, sentence: sentence(int(ci))})
		}
		r.questions[q.Node] = rec
	}
	for _, d := range m.Deputies {
		e := &erec{typed: !untyped[d.Node], dep: d, circo: node(4, d.Circo)}
		e.dep.Groups, e.dep.Circo = nil, 0
		for _, g := range d.Groups {
			e.groups = append(e.groups, node(1, g))
		}
		r.entities[graph.TypeDeputy][d.Node] = e
	}
	for _, g := range m.Groups {
		r.entities[graph.TypeGroup][g.Node] = &erec{typed: !untyped[g.Node], grp: g}
	}
	for _, n := range m.Ministries {
		r.entities[graph.TypeMinistry][n.Node] = &erec{typed: !untyped[n.Node], named: n}
	}
	for _, n := range m.Rubriques {
		r.entities[graph.TypeRubrique][n.Node] = &erec{typed: !untyped[n.Node], named: n}
	}
	for _, c := range m.Circos {
		r.entities[graph.TypeCirconscription][c.Node] = &erec{typed: !untyped[c.Node], circ: c}
	}
	for _, in := range m.Instruments {
		in.Wordings = nil // derived from the citations again
		r.entities[graph.TypeInstrument][in.Node] = &erec{typed: !untyped[in.Node], inst: in}
	}
	return r
}

// patchModel brings old, a model of the store as it was, up to the
// store's generation gen: the records of the nodes that changed since
// (nodes) are read again from the store, with the questions whose
// citations changed; the others are the old model's.
func patchModel(ctx context.Context, st *graph.Store, old *Model, sentences func(i int) string, nodes []string, gen string, seq uint64) (*Model, error) {
	r := old.records(sentences)
	questions := make(map[string]bool, len(r.questions))
	for iri := range r.questions {
		questions[iri] = true
	}
	fresh, err := outProps(ctx, st, nodes)
	if err != nil {
		return nil, err
	}
	// the questions to read again: those changed, and those whose
	// citations changed
	redo := map[string]bool{}
	for _, n := range nodes {
		p := fresh[n]
		switch {
		case p != nil && p.typ == graph.TypeCitation:
			if q := p.one(graph.CitationOf); q != "" {
				redo[q] = true
			}
			if q := citationQuestion(n, questions); q != "" {
				redo[q] = true
			}
		case p == nil || p.typ == "":
			if q := citationQuestion(n, questions); q != "" {
				redo[q] = true
			}
		}
		redo[n] = true
	}
	var ask []string
	for q := range redo {
		if _, ok := fresh[q]; !ok {
			ask = append(ask, q)
		}
	}
	more, err := outProps(ctx, st, ask)
	if err != nil {
		return nil, err
	}
	for k, v := range more {
		fresh[k] = v
	}
	// the citations of the questions read again
	var cites []string
	for q := range redo {
		delete(r.questions, q)
		p := fresh[q]
		if p == nil || p.typ != graph.TypeQuestion && p.typ != graph.TypeDocument {
			continue
		}
		for _, x := range p.pairs {
			if part, ok := citesParts[x.p]; ok && x.v.IsIRI() {
				c := graph.CitationNode(q, part, graph.InstrumentID(x.v.IRI()))
				if _, ok := fresh[c]; !ok {
					cites = append(cites, c)
				}
			}
		}
	}
	more, err = outProps(ctx, st, cites)
	if err != nil {
		return nil, err
	}
	for k, v := range more {
		fresh[k] = v
	}
	details := map[citeKey]*props{}
	for _, p := range fresh {
		if p.typ == graph.TypeCitation {
			details[citeKey{p.one(graph.CitationOf), p.one(graph.Part), p.one(graph.CitationTo)}] = p
		}
	}
	find := func(k citeKey) *props { return details[k] }
	for q := range redo {
		if p := fresh[q]; p != nil && (p.typ == graph.TypeQuestion || p.typ == graph.TypeDocument) {
			r.questions[q] = questionRec(q, p, find)
		}
	}
	// the entities changed, read again (or dropped); an entity pointed to
	// from now on, read when assembling
	for _, n := range nodes {
		p := fresh[n]
		for _, kind := range entityKinds {
			delete(r.entities[kind], n)
			if p != nil && p.typ == kind {
				r.entities[kind][n] = entityRec(kind, n, p)
			}
		}
	}
	m, err := assemble(r, gen, func(kind, iri string) (*erec, error) {
		p, ok := fresh[iri]
		if !ok {
			got, err := outProps(ctx, st, []string{iri})
			if err != nil {
				return nil, err
			}
			p = got[iri]
		}
		return entityRec(kind, iri, p), nil
	})
	if err != nil {
		return nil, err
	}
	m.Seq = seq
	return m, nil
}

// outProps reads the statements of nodes the model reads.
func outProps(ctx context.Context, st *graph.Store, nodes []string) (map[string]*props, error) {
	out := make(map[string]*props, len(nodes))
	stmts, err := st.OutMany(ctx, nodes)
	if err != nil {
		return nil, fmt.Errorf("reading the nodes changed: %w", err)
	}
	for n, m := range stmts {
		for p, vals := range m {
			if !modelPredicates[p] {
				continue
			}
			for _, v := range vals {
				addProp(out, n, p, v)
			}
		}
		if _, ok := out[n]; !ok {
			out[n] = &props{}
		}
	}
	return out, nil
}

// An update reads the nodes changed one by one, unless they are more than
// patchNodes and a patchLimit-th of the model's questions and citations:
// then one scan of the store is faster.
const (
	patchNodes = 5000
	patchLimit = 4
)

// updateModel returns the model of the store at generation gen, from
// old (a model of an earlier generation, nil for none) when the change log
// tells what changed since, else from a scan.
func updateModel(ctx context.Context, st *graph.Store, old *Model, sentences func(int) string, gen string) (*Model, bool, error) {
	if old != nil && sentences != nil {
		ch, err := st.Changes(ctx, old.Seq)
		if err != nil {
			return nil, false, err
		}
		if ch.Complete && ch.Generation == gen && (len(ch.Nodes) <= patchNodes || len(ch.Nodes)*patchLimit < len(old.Questions)+len(old.Citations)) {
			m, err := patchModel(ctx, st, old, sentences, ch.Nodes, gen, ch.Last)
			return m, true, err
		}
	}
	m, err := buildModel(ctx, st, gen)
	return m, false, err
}
