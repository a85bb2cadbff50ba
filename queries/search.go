package queries

import (
	"context"
	"sort"
	"strings"

	"lexgraph"
	"lexgraph/graph"
)

// SearchOptions hold a name to look for.
type SearchOptions struct {
	Name string `json:"name" arg:"NAME"`
	// Type keeps one type of node.
	Type  string `json:"type,omitempty" enum:"deputy,group,ministry,rubrique,circonscription,instrument,question" help:"keep one type of node: deputy, group, ministry, rubrique, circonscription, instrument, question"`
	Limit int    `json:"limit,omitempty" help:"at most this many rows (default 20)"`
}

// DefaultSearchRows is how many rows a search gives by default.
const DefaultSearchRows = 20

// SearchRow is a node a name matches, and how well.
type SearchRow struct {
	Node  string `json:"node"`
	Type  string `json:"type"`
	Label string `json:"label"`
	// Match is the tier that matched: "id", "name", "date" or "words"
	// (see Resolve); the first row's tier decides what Resolve does.
	Match string `json:"match"`
	// Questions counts the questions linked to the node (its weight
	// among matches of one tier).
	Questions int `json:"questions"`
}

var tierNames = [...]string{tierID: "id", tierName: "name", tierDate: "date", tierWords: "words"}

// Check reports a bad type or limit.
func (o *SearchOptions) Check() error {
	if o.Type != "" && typeOfName(o.Type) == "" {
		return lexgraph.Errorf(lexgraph.EINVALID, "type %q: want deputy, group, ministry, rubrique, circonscription, instrument or question", o.Type)
	}
	return checkLimit(o.Limit)
}

func typeOfName(name string) string {
	for typ, n := range typeNames {
		if n[0] == name {
			return typ
		}
	}
	return ""
}

// Search lists the nodes a name matches, by the tiers of Resolve, best
// first: by tier, then by the questions linked to them, then by label.
// Where Resolve fails on an ambiguous name, Search shows the candidates;
// as a name is typed, it suggests what the name may become.
func Search(ctx context.Context, st *graph.Store, opts SearchOptions) ([]SearchRow, error) {
	if err := opts.Check(); err != nil {
		return nil, err
	}
	m, err := LoadModel(ctx, st)
	if err != nil {
		return nil, err
	}
	limit := opts.Limit
	if limit == 0 {
		limit = DefaultSearchRows
	}
	p := parseName(opts.Name)
	if p.folded == "" {
		return []SearchRow{}, nil
	}
	types := allTypes
	if opts.Type != "" {
		types = []string{typeOfName(opts.Type)}
	}
	type hit struct {
		t     target
		tier  int
		n     int
		lower string // the label in lower case, to order by
	}
	var hits []hit
	for _, typ := range types {
		if typ == graph.TypeQuestion {
			for _, t := range m.matchQuestions(p) {
				hits = append(hits, hit{t, tierID, 0, strings.ToLower(t.label)})
			}
			continue
		}
		for _, t := range m.targetsOf(typ) {
			if tier := t.match(p); tier != noTier {
				hits = append(hits, hit{t, tier, m.weight(t), strings.ToLower(t.label)})
			}
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.tier != b.tier {
			return a.tier < b.tier
		}
		if a.n != b.n {
			return a.n > b.n
		}
		if a.lower != b.lower {
			return a.lower < b.lower
		}
		return a.t.node < b.t.node
	})
	hits = limitRows(hits, limit)
	rows := make([]SearchRow, len(hits))
	for i, h := range hits {
		rows[i] = SearchRow{Node: h.t.node, Type: typeNames[h.t.typ][0], Label: h.t.label, Match: tierNames[h.tier], Questions: h.n}
	}
	return rows, nil
}

// weight counts the questions linked to a target's node.
func (m *Model) weight(t target) int {
	d := m.index()
	switch t.typ {
	case graph.TypeDeputy:
		return len(d.byDeputy[t.index])
	case graph.TypeGroup:
		return len(d.byGroup[t.index])
	case graph.TypeMinistry:
		return len(d.byMinistry[t.index])
	case graph.TypeRubrique:
		return len(d.byRubrique[t.index])
	case graph.TypeCirconscription:
		n := 0
		for _, di := range d.byCirco[t.index] {
			n += len(d.byDeputy[di])
		}
		return n
	case graph.TypeInstrument:
		n, last := 0, int32(-1)
		for _, ci := range d.byInstrument[t.index] {
			if q := m.Citations[ci].Question; q != last {
				n, last = n+1, q
			}
		}
		return n
	}
	return 0
}
