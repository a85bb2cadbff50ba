package queries

import (
	"context"
	"sort"

	"lexgraph"
	"lexgraph/graph"
)

// NeighboursOptions name a node and bound its neighbourhood.
type NeighboursOptions struct {
	Node string `json:"node" arg:"NODE"`
	// Depth is how many links to walk from the node (0: 1).
	Depth int `json:"depth,omitempty" help:"walk this many links from the node (default 1, at most 3)"`
	// MaxLinks bounds the links followed from each node: a ministry has
	// thousands of questions, of which a drawing shows the newest.
	MaxLinks int `json:"max_links,omitempty" help:"follow at most this many links from each node (default 40)"`
	// MaxNodes bounds the neighbourhood.
	MaxNodes int `json:"max_nodes,omitempty" help:"at most this many nodes in all (default 300)"`
}

// Neighbourhood bounds.
const (
	DefaultNeighbourLinks = 40
	DefaultNeighbourNodes = 300
	MaxNeighbourDepth     = 3
)

// GraphNode is a node of a neighbourhood.
type GraphNode struct {
	Node  string `json:"node"`
	Type  string `json:"type"`
	Label string `json:"label"`
	// Depth is the links from the neighbourhood's centre.
	Depth int `json:"depth"`
	// Links counts the node's links in the whole graph; Hidden those the
	// neighbourhood leaves out (past max_links or max_nodes).
	Links  int `json:"links"`
	Hidden int `json:"hidden"`
}

// GraphEdge is a link between two nodes of a neighbourhood, in the
// direction of the stored quad.
type GraphEdge struct {
	From string `json:"from"`
	Link string `json:"link"`
	To   string `json:"to"`
}

// NeighbourhoodReport is a node's neighbourhood, for drawing.
type NeighbourhoodReport struct {
	Nodes []GraphNode `json:"nodes"`
	Edges []GraphEdge `json:"edges"`
}

// Sections lists the report's tables.
func (r *NeighbourhoodReport) Sections() []Section {
	return []Section{{"nodes", r.Nodes, false}, {"edges", r.Edges, false}}
}

// Check reports a bad bound.
func (o *NeighboursOptions) Check() error {
	switch {
	case o.Depth < 0 || o.Depth > MaxNeighbourDepth:
		return lexgraph.Errorf(lexgraph.EINVALID, "depth %d: want 1 to %d", o.Depth, MaxNeighbourDepth)
	case o.MaxLinks < 0:
		return lexgraph.Errorf(lexgraph.EINVALID, "max_links %d: want 1 or more", o.MaxLinks)
	case o.MaxNodes < 0:
		return lexgraph.Errorf(lexgraph.EINVALID, "max_nodes %d: want 1 or more", o.MaxNodes)
	}
	return nil
}

// Neighbours returns the nodes within Depth links of a node, over the same
// links as Path (questions, deputies, groups, circonscriptions,
// ministries, rubriques, instruments), and the links between them. From
// each node it follows at most MaxLinks links (questions newest first, as
// the model orders them last), and it stops at MaxNodes nodes; each node
// says how many of its links were left out.
func Neighbours(ctx context.Context, st *graph.Store, opts NeighboursOptions) (*NeighbourhoodReport, error) {
	if err := opts.Check(); err != nil {
		return nil, err
	}
	m, err := LoadModel(ctx, st)
	if err != nil {
		return nil, err
	}
	if opts.Depth == 0 {
		opts.Depth = 1
	}
	if opts.MaxLinks == 0 {
		opts.MaxLinks = DefaultNeighbourLinks
	}
	if opts.MaxNodes == 0 {
		opts.MaxNodes = DefaultNeighbourNodes
	}
	t, err := m.resolve(opts.Node, allTypes...)
	if err != nil {
		return nil, err
	}
	g := m.pathGraph()
	centre := g.id(t.typ, t.index)
	depth := map[int32]int{centre: 0}
	order := []int32{centre}
	type key struct {
		a, b int32
		p    string
	}
	seen := map[key]bool{}
	var edges []GraphEdge
	shown := map[int32]int{} // links drawn from each node
	frontier := []int32{centre}
	for d := 0; d < opts.Depth && len(frontier) > 0; d++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var next []int32
		for _, u := range frontier {
			var links []struct {
				v int32
				e edge
			}
			g.neighbours(u, func(v int32, e edge) {
				links = append(links, struct {
					v int32
					e edge
				}{v, e})
			})
			sort.SliceStable(links, func(i, j int) bool { return g.before(links[i].v, links[j].v) })
			for _, l := range links {
				if shown[u] >= opts.MaxLinks {
					break
				}
				if _, ok := depth[l.v]; !ok {
					if len(order) >= opts.MaxNodes {
						break
					}
					depth[l.v] = d + 1
					order = append(order, l.v)
					next = append(next, l.v)
				}
				from, to := u, l.v
				if l.e.reverse {
					from, to = l.v, u
				}
				k := key{from, to, l.e.predicate}
				if seen[k] {
					continue
				}
				seen[k] = true
				shown[u]++
				shown[l.v]++
				edges = append(edges, GraphEdge{From: g.node(from), Link: l.e.predicate, To: g.node(to)})
			}
		}
		frontier = next
	}
	r := &NeighbourhoodReport{Nodes: make([]GraphNode, 0, len(order)), Edges: edges}
	if r.Edges == nil {
		r.Edges = []GraphEdge{}
	}
	for _, n := range order {
		typ, _ := g.split(n)
		links := g.links(n)
		hidden := links - shown[n]
		if hidden < 0 {
			hidden = 0
		}
		r.Nodes = append(r.Nodes, GraphNode{Node: g.node(n), Type: typeNames[typ][0], Label: g.label(n),
			Depth: depth[n], Links: links, Hidden: hidden})
	}
	return r, nil
}

// links counts a node's links as neighbours gives them (degree counts
// questions as none, for it only tells hubs apart).
func (g *pathGraph) links(id int32) int {
	n := 0
	g.neighbours(id, func(int32, edge) { n++ })
	return n
}

// before orders the links of a node for a neighbourhood that shows only
// some: the nodes that are no questions first (a deputy's group, a
// question's ministries), then the questions, newest first.
func (g *pathGraph) before(a, b int32) bool {
	ta, ia := g.split(a)
	tb, ib := g.split(b)
	qa, qb := ta == graph.TypeQuestion, tb == graph.TypeQuestion
	if qa != qb {
		return !qa
	}
	if !qa {
		return a < b
	}
	return g.m.newer(ia, ib)
}
