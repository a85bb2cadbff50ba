package queries

import (
	"context"
	"fmt"

	"lexgraph"
	"lexgraph/graph"
)

// PathOptions name the two ends of a path and bound the search.
type PathOptions struct {
	From string `json:"from" arg:"A"`
	To   string `json:"to" arg:"B"`
	// MaxDepth bounds the links in the path (0: DefaultPathDepth).
	MaxDepth int `json:"max_depth,omitempty" help:"at most this many links (default 8)"`
	// MaxDegree: the search does not walk through a node with more links
	// than this (a ministry, a large group, a code cited everywhere),
	// though a path may start or end there (0: DefaultPathDegree; -1: no
	// bound).
	MaxDegree int `json:"max_degree,omitempty" help:"do not walk through nodes with more links than this (default 1000; -1: no bound)"`
}

// Path search bounds.
const (
	DefaultPathDepth  = 8
	DefaultPathDegree = 1000
)

// PathStep is one link of a path.
type PathStep struct {
	Step int    `json:"step"`
	From string `json:"from"`
	// Link is the predicate, with the direction of the stored quad:
	// "asked_by →" when From is its subject, "← asked_by" when From is its
	// object.
	Link     string `json:"link"`
	To       string `json:"to"`
	FromNode string `json:"from_node"`
	ToNode   string `json:"to_node"`
}

// Path returns the shortest chain of links between two nodes (a deputy and
// a law, say), found by breadth-first search over the links between
// questions, deputies, groups, circonscriptions, ministries, rubriques and
// instruments, in both directions. The type predicate and the Citation
// nodes (the details of each citation) are not walked: the cites_* links
// carry the same connection. Hubs (nodes with more than MaxDegree links)
// are not walked through, for through them everything is two steps from
// everything; the path may still start or end at one.
func Path(ctx context.Context, st *graph.Store, opts PathOptions) ([]PathStep, error) {
	if opts.MaxDepth < 0 {
		return nil, lexgraph.Errorf(lexgraph.EINVALID, "max depth %d: want 1 or more", opts.MaxDepth)
	}
	m, err := LoadModel(ctx, st)
	if err != nil {
		return nil, err
	}
	if opts.MaxDepth == 0 {
		opts.MaxDepth = DefaultPathDepth
	}
	if opts.MaxDegree == 0 {
		opts.MaxDegree = DefaultPathDegree
	}
	a, err := m.resolve(opts.From, allTypes...)
	if err != nil {
		return nil, err
	}
	b, err := m.resolve(opts.To, allTypes...)
	if err != nil {
		return nil, err
	}
	g := m.pathGraph()
	from, to := g.id(a.typ, a.index), g.id(b.typ, b.index)
	if from == to {
		return []PathStep{}, nil
	}
	parent, link, err := g.search(ctx, from, to, opts.MaxDepth, opts.MaxDegree)
	if err != nil {
		return nil, err
	}
	if parent == nil {
		hubs := fmt.Sprintf("nodes with more than %d links were not walked through; raise --max-degree", opts.MaxDegree)
		if opts.MaxDegree < 0 {
			hubs = "every node was walked through"
		}
		return nil, lexgraph.Errorf(lexgraph.ENOTFOUND, "no chain of at most %d links between %s and %s (%s)", opts.MaxDepth, a.node, b.node, hubs)
	}
	var chain []int32
	for n := to; n != from; n = parent[n] {
		chain = append(chain, n)
	}
	steps := make([]PathStep, len(chain))
	prev := from
	for i := len(chain) - 1; i >= 0; i-- {
		n := chain[i]
		e := link[n]
		arrow := e.predicate + " →"
		if e.reverse {
			arrow = "← " + e.predicate
		}
		k := len(chain) - 1 - i
		steps[k] = PathStep{Step: k + 1, From: g.label(prev), Link: arrow, To: g.label(n), FromNode: g.node(prev), ToNode: g.node(n)}
		prev = n
	}
	return steps, nil
}

// pathGraph numbers every node of the model in one range, type after type.
type pathGraph struct {
	m    *Model
	base map[string]int32
	// bounds are the first ids of each type, in order.
	types  []string
	firsts []int32
	// groupDeputies lists the deputies of each group (member_of, reversed).
	groupDeputies [][]int32
}

func (m *Model) pathGraph() *pathGraph {
	g := &pathGraph{m: m, base: map[string]int32{}}
	n := int32(0)
	for _, t := range []struct {
		typ string
		len int
	}{
		{graph.TypeDeputy, len(m.Deputies)}, {graph.TypeGroup, len(m.Groups)}, {graph.TypeMinistry, len(m.Ministries)},
		{graph.TypeRubrique, len(m.Rubriques)}, {graph.TypeCirconscription, len(m.Circos)},
		{graph.TypeInstrument, len(m.Instruments)}, {graph.TypeQuestion, len(m.Questions)},
	} {
		g.base[t.typ] = n
		g.types = append(g.types, t.typ)
		g.firsts = append(g.firsts, n)
		n += int32(t.len)
	}
	g.groupDeputies = make([][]int32, len(m.Groups))
	for i, d := range m.Deputies {
		for _, gr := range d.Groups {
			g.groupDeputies[gr] = append(g.groupDeputies[gr], int32(i))
		}
	}
	return g
}

func (g *pathGraph) id(typ string, index int32) int32 { return g.base[typ] + index }

// split returns the type and index of an id.
func (g *pathGraph) split(id int32) (string, int32) {
	for i := len(g.firsts) - 1; i >= 0; i-- {
		if id >= g.firsts[i] {
			return g.types[i], id - g.firsts[i]
		}
	}
	return "", none
}

func (g *pathGraph) node(id int32) string {
	typ, i := g.split(id)
	m := g.m
	switch typ {
	case graph.TypeDeputy:
		return m.Deputies[i].Node
	case graph.TypeGroup:
		return m.Groups[i].Node
	case graph.TypeMinistry:
		return m.Ministries[i].Node
	case graph.TypeRubrique:
		return m.Rubriques[i].Node
	case graph.TypeCirconscription:
		return m.Circos[i].Node
	case graph.TypeInstrument:
		return m.Instruments[i].Node
	}
	return m.Questions[i].Node
}

func (g *pathGraph) label(id int32) string {
	typ, i := g.split(id)
	m := g.m
	switch typ {
	case graph.TypeDeputy:
		return deputyLabel(m.Deputies[i])
	case graph.TypeGroup:
		return m.Groups[i].Name
	case graph.TypeMinistry:
		return "ministry " + m.Ministries[i].Name
	case graph.TypeRubrique:
		return "rubrique " + m.Rubriques[i].Name
	case graph.TypeCirconscription:
		return m.Circos[i].Name
	case graph.TypeInstrument:
		return instrumentLabel(m.Instruments[i])
	}
	q := &m.Questions[i]
	if q.Document {
		return "document " + withoutPrefix(q.Node)
	}
	return "question " + q.ref()
}

// edge is a link seen from one end: the predicate, and whether the stored
// quad points the other way.
type edge struct {
	predicate string
	reverse   bool
}

// degree counts a node's links without listing them; 0 for questions.
func (g *pathGraph) degree(id int32) int {
	typ, i := g.split(id)
	d := g.m.index()
	switch typ {
	case graph.TypeDeputy:
		dep := g.m.Deputies[i]
		n := len(d.byDeputy[i]) + len(dep.Groups)
		if dep.Circo != none {
			n++
		}
		return n
	case graph.TypeGroup:
		return len(d.byGroup[i]) + len(g.groupDeputies[i])
	case graph.TypeMinistry:
		return len(d.byMinistry[i])
	case graph.TypeRubrique:
		return len(d.byRubrique[i])
	case graph.TypeCirconscription:
		return len(d.byCirco[i])
	case graph.TypeInstrument:
		return len(d.byInstrument[i])
	}
	return 0 // questions have a handful of links: never hubs
}

// neighbours calls fn for each link of a node, in a fixed order.
func (g *pathGraph) neighbours(id int32, fn func(n int32, e edge)) {
	typ, i := g.split(id)
	m := g.m
	d := m.index()
	q := func(qi int32) int32 { return g.base[graph.TypeQuestion] + qi }
	switch typ {
	case graph.TypeDeputy:
		dep := m.Deputies[i]
		for _, gr := range dep.Groups {
			fn(g.id(graph.TypeGroup, gr), edge{graph.MemberOf, false})
		}
		if dep.Circo != none {
			fn(g.id(graph.TypeCirconscription, dep.Circo), edge{graph.ElectedIn, false})
		}
		for _, qi := range d.byDeputy[i] {
			fn(q(qi), edge{graph.AskedBy, true})
		}
	case graph.TypeGroup:
		for _, di := range g.groupDeputies[i] {
			fn(g.id(graph.TypeDeputy, di), edge{graph.MemberOf, true})
		}
		for _, qi := range d.byGroup[i] {
			fn(q(qi), edge{m.Questions[qi].groupPredicate(), true})
		}
	case graph.TypeMinistry:
		for _, qi := range d.byMinistry[i] {
			x := &m.Questions[qi]
			p := graph.AssignedTo
			switch i {
			case x.Asked:
				p = graph.AddressedTo
			case x.Answerer:
				p = graph.AnsweredBy
			}
			fn(q(qi), edge{p, true})
		}
	case graph.TypeRubrique:
		for _, qi := range d.byRubrique[i] {
			fn(q(qi), edge{graph.InRubrique, true})
		}
	case graph.TypeCirconscription:
		for _, di := range d.byCirco[i] {
			fn(g.id(graph.TypeDeputy, di), edge{graph.ElectedIn, true})
		}
	case graph.TypeInstrument:
		last := int32(-1)
		for _, ci := range d.byInstrument[i] {
			c := &m.Citations[ci]
			if c.Question != last {
				last = c.Question
				fn(q(c.Question), edge{graph.CitesPredicate(c.Part), true})
			}
		}
	case graph.TypeQuestion:
		x := &m.Questions[i]
		if x.Deputy != none {
			fn(g.id(graph.TypeDeputy, x.Deputy), edge{graph.AskedBy, false})
		}
		if x.Group != none {
			fn(g.id(graph.TypeGroup, x.Group), edge{x.groupPredicate(), false})
		}
		if x.Asked != none {
			fn(g.id(graph.TypeMinistry, x.Asked), edge{graph.AddressedTo, false})
		}
		if x.Answerer != none && x.Answerer != x.Asked {
			fn(g.id(graph.TypeMinistry, x.Answerer), edge{graph.AnsweredBy, false})
		}
		for _, a := range x.Assigned {
			if a != x.Asked && a != x.Answerer {
				fn(g.id(graph.TypeMinistry, a), edge{graph.AssignedTo, false})
			}
		}
		if x.Rubrique != none {
			fn(g.id(graph.TypeRubrique, x.Rubrique), edge{graph.InRubrique, false})
		}
		for _, c := range m.citations(x) {
			fn(g.id(graph.TypeInstrument, c.Instrument), edge{graph.CitesPredicate(c.Part), false})
		}
	}
}

// search runs a breadth-first search from from to to; it returns each
// reached node's parent and the link it was reached by, or nil maps when
// to is out of reach within the bounds.
func (g *pathGraph) search(ctx context.Context, from, to int32, maxDepth, maxDegree int) (map[int32]int32, map[int32]edge, error) {
	parent := map[int32]int32{from: from}
	link := map[int32]edge{}
	frontier := []int32{from}
	for depth := 0; depth < maxDepth && len(frontier) > 0; depth++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		var next []int32
		for _, u := range frontier {
			if u != from && maxDegree >= 0 && g.degree(u) > maxDegree {
				continue // a hub: reached, not walked through
			}
			found := false
			g.neighbours(u, func(v int32, e edge) {
				if found {
					return
				}
				if _, ok := parent[v]; ok {
					return
				}
				parent[v], link[v] = u, e
				if v == to {
					found = true
					return
				}
				next = append(next, v)
			})
			if found {
				return parent, link, nil
			}
		}
		frontier = next
	}
	return nil, nil, nil
}
