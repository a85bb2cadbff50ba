package queries

import (
	"context"
	"sort"
	"strings"

	"lexgraph"
	"lexgraph/graph"
)

// Completion is a name a user may type for a node: an id that resolves to
// it alone (its IRI without the type prefix, "jacques-cresta",
// "traite/coe-185", or with it, "ministry/justice"), and what it is called.
type Completion struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

// Complete returns the nodes of a type (graph.TypeDeputy,
// TypeInstrument…; "" for every type the queries name, each id then with
// its type prefix) whose id begins with prefix, case and accents aside:
// for shell completion, and for a search box.
func Complete(ctx context.Context, st *graph.Store, typ, prefix string) ([]Completion, error) {
	m, err := LoadModel(ctx, st)
	if err != nil {
		return nil, err
	}
	return m.complete(typ, prefix), nil
}

func (m *Model) complete(typ, prefix string) []Completion {
	want := lexgraph.Fold(prefix)
	var out []Completion
	add := func(t, node, label string) {
		if typ != "" && t != typ {
			return
		}
		id := withoutPrefix(node)
		if typ == "" {
			id = node
		}
		if strings.HasPrefix(lexgraph.Fold(id), want) {
			out = append(out, Completion{ID: id, Label: label})
		}
	}
	for _, d := range m.Deputies {
		add(graph.TypeDeputy, d.Node, deputyLabel(d))
	}
	for _, g := range m.Groups {
		add(graph.TypeGroup, g.Node, g.Name)
	}
	for _, n := range m.Ministries {
		add(graph.TypeMinistry, n.Node, n.Name)
	}
	for _, n := range m.Rubriques {
		add(graph.TypeRubrique, n.Node, n.Name)
	}
	for _, c := range m.Circos {
		add(graph.TypeCirconscription, c.Node, c.Name)
	}
	for _, in := range m.Instruments {
		add(graph.TypeInstrument, in.Node, instrumentLabel(in))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
