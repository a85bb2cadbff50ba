package graph

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	cgraph "github.com/cayleygraph/cayley/graph"
)

// Identity: one thing, one node, whatever the order in which its sources
// are read.
//
// A deputy's node is its acteur id when a source gives it (deputy/PA1008),
// else its name (deputy/jacques-cresta, from a page). A group or ministry
// known by its organe id only is group/PO…, ministry/PO…. These
// placeholders (IsPlaceholder) become the real node as soon as a record
// ties them to it: an acteur record holding the same name (one acteur only:
// two deputies sharing a name are not merged on a guess), an organe record
// naming the body, or the official record of a question a page also
// describes (the page's author is the record's author). The ingest renames
// a placeholder in a document's quads before writing them (Resolve, then
// Rename) and in the quads already stored (RenameNodes, at the end of each
// ingest), so that reading the same sources in any order, in one call or
// several, gives the same graph.

// Resolve returns the node a placeholder stands for, "" while no record
// ties it to one. quads are the quads of the document being written, where
// a name node's name key is found.
func (s *Store) Resolve(ctx context.Context, node string, quads []Quad) (string, error) {
	if !IsPlaceholder(node) {
		return "", nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	switch {
	case strings.HasPrefix(node, "deputy/"):
		key := ""
		for _, q := range quads {
			if q.Subject == node && q.Predicate == NameKey {
				key = q.Object.Text()
			}
		}
		if key == "" {
			vs, err := s.objects(ctx, node, NameKey)
			if err != nil || len(vs) == 0 {
				return "", err
			}
			key = vs[0].Text()
		}
		subs, err := s.subjects(ctx, NameKey, String(key))
		if err != nil {
			return "", err
		}
		found := ""
		for _, sub := range subs {
			if IsPlaceholder(sub) || !strings.HasPrefix(sub, "deputy/") {
				continue
			}
			if found != "" && found != sub {
				return "", nil // two acteurs of that name: not merged on a guess
			}
			found = sub
		}
		return found, nil
	case strings.HasPrefix(node, "group/"):
		po := strings.TrimPrefix(node, "group/")
		subs, err := s.subjects(ctx, OrganeID, String(po))
		if err != nil {
			return "", err
		}
		sort.Strings(subs)
		for _, sub := range subs {
			if strings.HasPrefix(sub, "group/") && !IsPlaceholder(sub) {
				return sub, nil
			}
		}
	case strings.HasPrefix(node, "ministry/"):
		vs, err := s.objects(ctx, MinistryBodyNode(strings.TrimPrefix(node, "ministry/")), BodyOf)
		if err != nil {
			return "", err
		}
		for _, v := range vs {
			if v.IsIRI() && !IsPlaceholder(v.IRI()) {
				return v.IRI(), nil
			}
		}
	}
	return "", nil
}

// Placeholders returns the placeholder nodes of quads.
func Placeholders(quads []Quad) []string {
	seen := map[string]bool{}
	var out []string
	add := func(n string) {
		if !seen[n] && IsPlaceholder(n) {
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, q := range quads {
		add(q.Subject)
		if q.Object.IsIRI() {
			add(q.Object.IRI())
		}
	}
	return out
}

// Rename returns quads with the nodes of aliases renamed, as RenameNodes
// renames them in the store: a ministry's renaming also rewrites the
// assigned_order literals that name it.
func Rename(quads []Quad, aliases map[string]string) []Quad {
	if len(aliases) == 0 {
		return quads
	}
	out := make([]Quad, 0, len(quads))
	seen := make(map[Quad]bool, len(quads))
	for _, q := range quads {
		q = renameQuad(q, aliases)
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out
}

func renameQuad(q Quad, aliases map[string]string) Quad {
	if n, ok := aliases[q.Subject]; ok {
		q.Subject = n
	}
	if q.Object.IsIRI() {
		if n, ok := aliases[q.Object.IRI()]; ok {
			q.Object = IRI(n)
		}
	}
	if q.Predicate == AssignedOrder {
		if i := strings.IndexByte(q.Object.Text(), ':'); i > 0 {
			if n, ok := aliases["ministry/"+q.Object.Text()[i+1:]]; ok {
				q.Object = String(q.Object.Text()[:i+1] + strings.TrimPrefix(n, "ministry/"))
			}
		}
	}
	if IsShared(q.Label) {
		if n, ok := aliases[strings.TrimPrefix(q.Label, "node/")]; ok {
			q.Label = SharedLabel(n)
		}
	}
	return q
}

// RenameNodes renames nodes in every quad of the store, whatever its
// label, in one transaction, and returns the number of quads rewritten.
func (s *Store) RenameNodes(ctx context.Context, aliases map[string]string) (int, error) {
	if len(aliases) == 0 {
		return 0, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old := map[Quad]bool{}
	collect := func(d quad.Direction, v quad.Value) error {
		ref, err := s.qs.ValueOf(v)
		if err != nil || ref == nil {
			return err
		}
		return s.eachQuad(ctx, d, ref, func(q quad.Quad) error {
			old[fromCayley(q)] = true
			return nil
		})
	}
	for from := range aliases {
		if err := collect(quad.Subject, quad.IRI(from)); err != nil {
			return 0, err
		}
		if err := collect(quad.Object, quad.IRI(from)); err != nil {
			return 0, err
		}
		if strings.HasPrefix(from, "ministry/") {
			for k := 1; k <= 50; k++ {
				if err := collect(quad.Object, quad.String(strconv.Itoa(k)+":"+strings.TrimPrefix(from, "ministry/"))); err != nil {
					return 0, err
				}
			}
		}
	}
	var deltas []cgraph.Delta
	n := 0
	for q := range old {
		to := renameQuad(q, aliases)
		if to == q {
			continue
		}
		n++
		deltas = append(deltas, cgraph.Delta{Quad: q.quad(), Action: cgraph.Delete})
		if !old[to] {
			deltas = append(deltas, cgraph.Delta{Quad: to.quad(), Action: cgraph.Add})
		}
	}
	if err := s.apply(ctx, deltas); err != nil {
		return 0, fmt.Errorf("cannot write to store: %w", err)
	}
	return n, nil
}

// StoredPlaceholders returns the placeholder nodes of the store: deputies
// known by name only, groups and ministries known by organe id only.
func (s *Store) StoredPlaceholders(ctx context.Context) ([]string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []string
	for _, t := range []string{TypeDeputy, TypeGroup, TypeMinistry} {
		subs, err := s.subjects(ctx, Type, IRI(t))
		if err != nil {
			return nil, err
		}
		for _, n := range subs {
			if IsPlaceholder(n) {
				out = append(out, n)
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// LabelQuads returns the quads stored under a label, in no particular
// order.
func (s *Store) LabelQuads(ctx context.Context, label string) ([]Quad, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	m, err := s.labelQuads(ctx, label)
	if err != nil {
		return nil, err
	}
	out := make([]Quad, 0, len(m))
	for q := range m {
		out = append(out, q)
	}
	return out, nil
}
