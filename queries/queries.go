// Package queries holds the named queries users run over the graph: each
// takes options and returns rows that the command prints as a table, JSON or
// CSV. They read the graph through graph.Store's primitives only.
package queries

import (
	"context"
	"sort"
	"strings"

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
		{&s.Ministries, graph.TypeMinistry}, {&s.Instruments, graph.TypeInstrument},
		{&s.Citations, graph.TypeCitation},
	} {
		if *c.n, err = count(c.typ); err != nil {
			return s, err
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

// node is a node's outgoing properties, read once.
type node map[string][]graph.Value

func (n node) str(p string) string { return first(n[p]) }

func (n node) iri(p string) string {
	for _, v := range n[p] {
		if v.IsIRI() {
			return v.IRI()
		}
	}
	return ""
}

// nodeCache reads each node's properties once per query.
type nodeCache struct {
	st    *graph.Store
	nodes map[string]node
}

func newNodeCache(st *graph.Store) *nodeCache {
	return &nodeCache{st: st, nodes: map[string]node{}}
}

func (c *nodeCache) get(ctx context.Context, iri string) (node, error) {
	if n, ok := c.nodes[iri]; ok {
		return n, nil
	}
	out, err := c.st.Out(ctx, iri)
	if err != nil {
		return nil, err
	}
	c.nodes[iri] = out
	return out, nil
}

// deputyLabel writes a deputy as pages do: "M. Jacques Cresta".
func (c *nodeCache) deputyLabel(ctx context.Context, iri string) (string, error) {
	if iri == "" {
		return "", nil
	}
	n, err := c.get(ctx, iri)
	if err != nil {
		return "", err
	}
	name := n.str(graph.Name)
	if civ := n.str(graph.Civility); civ != "" && name != "" {
		return civ + " " + name, nil
	}
	return name, nil
}

// name returns a node's name property.
func (c *nodeCache) name(ctx context.Context, iri string) (string, error) {
	if iri == "" {
		return "", nil
	}
	n, err := c.get(ctx, iri)
	if err != nil {
		return "", err
	}
	return n.str(graph.Name), nil
}

// questionNumber returns a question's number (or uid) for display.
func questionNumber(n node, iri string) string {
	if num := n.str(graph.Number); num != "" {
		return num
	}
	return strings.TrimPrefix(iri, "question/")
}

func sortNumbers(nums []string) {
	sort.Slice(nums, func(i, j int) bool {
		if len(nums[i]) != len(nums[j]) {
			return len(nums[i]) < len(nums[j])
		}
		return nums[i] < nums[j]
	})
}
