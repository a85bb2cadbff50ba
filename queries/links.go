package queries

import (
	"context"

	"lexgraph"
	"lexgraph/graph"
)

// LinksOptions tune the links query.
type LinksOptions struct {
	// By is "deputy" (the default) or "group": whose links to ministries
	// are counted.
	By string `json:"by,omitempty" enum:"deputy,group" help:"count links of each deputy (deputy) or of each group (group)"`
	Filter
	Limit int `json:"limit,omitempty" help:"at most this many rows (0: all)"`
}

// LinkRow is a deputy–ministry edge: how many questions a deputy addressed
// to a ministry (interrogé), and which ministry was assigned to answer them
// (attributaire).
type LinkRow struct {
	Deputy string `json:"deputy"`
	Group  string `json:"group"`
	// GroupAsOf says when the group held: "asking" (the open data's
	// groupe), or "page" (the group a question page printed: the deputy's
	// group when the page was read, for questions no record describes).
	GroupAsOf        string `json:"group_as_of"`
	MinistryAsked    string `json:"ministry_asked"`
	MinistryAssigned string `json:"ministry_assigned"`
	Questions        int    `json:"questions"`
	// the nodes of the deputy and the ministries, for links
	DeputyNode           string `json:"deputy_node"`
	MinistryAskedNode    string `json:"ministry_asked_node"`
	MinistryAssignedNode string `json:"ministry_assigned_node"`
}

// GroupLinkRow is a group–ministry edge.
type GroupLinkRow struct {
	Group            string `json:"group"`
	GroupAsOf        string `json:"group_as_of"` // "asking" or "page": see LinkRow
	MinistryAsked    string `json:"ministry_asked"`
	MinistryAssigned string `json:"ministry_assigned"`
	Questions        int    `json:"questions"`
}

// Links returns the deputy → ministry rows, most questions first.
func Links(ctx context.Context, st *graph.Store, opts LinksOptions) ([]LinkRow, error) {
	m, err := prepare(ctx, st, checkLimit(opts.Limit), checkBy(opts.By))
	if err != nil {
		return nil, err
	}
	counts, err := m.links(opts.Filter, false)
	if err != nil {
		return nil, err
	}
	rows := make([]LinkRow, 0, len(counts))
	for k, n := range counts {
		rows = append(rows, LinkRow{Deputy: m.deputyName(k.who), Group: m.groupName(k.group), GroupAsOf: k.asOf,
			MinistryAsked: m.ministryName(k.asked), MinistryAssigned: m.ministryName(k.assigned), Questions: n,
			DeputyNode: m.deputyNode(k.who), MinistryAskedNode: m.ministryNode(k.asked), MinistryAssignedNode: m.ministryNode(k.assigned)})
	}
	return top(rows, opts.Limit, func(a, b *LinkRow) bool {
		if a.Questions != b.Questions {
			return a.Questions > b.Questions
		}
		if a.Deputy != b.Deputy {
			return a.Deputy < b.Deputy
		}
		if a.Group != b.Group {
			return a.Group < b.Group
		}
		if a.GroupAsOf != b.GroupAsOf {
			return a.GroupAsOf < b.GroupAsOf
		}
		if a.MinistryAsked != b.MinistryAsked {
			return a.MinistryAsked < b.MinistryAsked
		}
		return a.MinistryAssigned < b.MinistryAssigned
	}), nil
}

// GroupLinks returns the group → ministry rows, most questions first.
func GroupLinks(ctx context.Context, st *graph.Store, opts LinksOptions) ([]GroupLinkRow, error) {
	m, err := prepare(ctx, st, checkLimit(opts.Limit))
	if err != nil {
		return nil, err
	}
	counts, err := m.links(opts.Filter, true)
	if err != nil {
		return nil, err
	}
	rows := make([]GroupLinkRow, 0, len(counts))
	for k, n := range counts {
		rows = append(rows, GroupLinkRow{Group: m.groupName(k.group), GroupAsOf: k.asOf,
			MinistryAsked: m.ministryName(k.asked), MinistryAssigned: m.ministryName(k.assigned), Questions: n})
	}
	return top(rows, opts.Limit, func(a, b *GroupLinkRow) bool {
		if a.Questions != b.Questions {
			return a.Questions > b.Questions
		}
		if a.Group != b.Group {
			return a.Group < b.Group
		}
		if a.GroupAsOf != b.GroupAsOf {
			return a.GroupAsOf < b.GroupAsOf
		}
		if a.MinistryAsked != b.MinistryAsked {
			return a.MinistryAsked < b.MinistryAsked
		}
		return a.MinistryAssigned < b.MinistryAssigned
	}), nil
}

type linkKey struct {
	who, group, asked, assigned int32
	asOf                        string
}

// links counts questions by (deputy, group, asked, answering); by group,
// the deputy is left out. Questions that name no ministry, or no author
// (no deputy; by group, no group), are no edge and are not counted.
func (m *Model) links(filter Filter, byGroup bool) (map[linkKey]int, error) {
	f, err := m.compile(filter)
	if err != nil {
		return nil, err
	}
	counts := map[linkKey]int{}
	m.eachQuestion(f, func(_ int32, q *Question) {
		if q.Document {
			return
		}
		k := linkKey{who: q.Deputy, group: q.Group, asked: q.Asked, assigned: q.Answerer, asOf: q.groupAsOf()}
		if byGroup {
			k.who = none
		}
		if k.asked == none && k.assigned == none || byGroup && k.group == none || !byGroup && k.who == none {
			return
		}
		counts[k]++
	})
	return counts, nil
}

func checkBy(by string) error {
	if by != "" && by != "deputy" && by != "group" {
		return lexgraph.Errorf(lexgraph.EINVALID, "by %q: want deputy or group", by)
	}
	return nil
}

// prepare checks options, then loads the model.
// prepareFiltered prepares the model and compiles the question filter: the
// prologue of the queries that keep some questions and no other argument.
func prepareFiltered(ctx context.Context, st *graph.Store, limit int, filter Filter) (*Model, *questionFilter, error) {
	m, err := prepare(ctx, st, checkLimit(limit))
	if err != nil {
		return nil, nil, err
	}
	f, err := m.compile(filter)
	if err != nil {
		return nil, nil, err
	}
	return m, f, nil
}

func prepare(ctx context.Context, st *graph.Store, errs ...error) (*Model, error) {
	if err := firstError(errs...); err != nil {
		return nil, err
	}
	return LoadModel(ctx, st)
}
