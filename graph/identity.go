package graph

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// Identity: one thing, one node, whatever the order in which its sources
// are read.
//
// A deputy's node is its name (deputy/jacques-cresta), where pages and
// acteur records meet; a question of the open data gives only the acteur
// id, deputy/PA1008. A group or ministry known by its organe id only is
// group/PO…, ministry/PO…. These placeholders (IsPlaceholder) become the
// named node as soon as a record ties them to it: the acteur record with
// that id, the organe record naming the body, or a page of the same
// question naming its author (see MergePage). The ingest renames a
// placeholder in a document's quads before writing them (Resolve, then
// Rename) and in the quads already stored (RenameNodes, at the end of each
// ingest), so that reading the same sources in any order, in one call or
// several, gives the same graph.

// Resolve returns the node a placeholder stands for, "" while no record
// ties it to one (or when two nodes claim it: nothing is merged on a
// guess).
func (s *Store) Resolve(ctx context.Context, node string) (string, error) {
	if !IsPlaceholder(node) {
		return "", nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	claim := func(pred, id, prefix string) (string, error) {
		subs, err := s.subjects(ctx, pred, String(id))
		if err != nil {
			return "", err
		}
		found := ""
		for _, sub := range subs {
			if !strings.HasPrefix(sub, prefix) || IsPlaceholder(sub) {
				continue
			}
			if found != "" && found != sub {
				return "", nil
			}
			found = sub
		}
		return found, nil
	}
	switch {
	case strings.HasPrefix(node, "deputy/"):
		return claim(ActeurID, strings.TrimPrefix(node, "deputy/"), "deputy/")
	case strings.HasPrefix(node, "group/"):
		return claim(OrganeID, strings.TrimPrefix(node, "group/"), "group/")
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
	if renamesApart(quads, aliases) {
		for _, q := range quads {
			out = append(out, renameQuad(q, aliases))
		}
		return out
	}
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

// renamesApart reports whether renaming quads (distinct) leaves them
// distinct, so that they need no look for duplicates: no two nodes are
// renamed into one, and no quad names a node that one is renamed into
// (as subject, object, shared label or attributaire's order).
func renamesApart(quads []Quad, aliases map[string]string) bool {
	targets := make(map[string]bool, len(aliases))
	for _, to := range aliases {
		if targets[to] {
			return false
		}
		targets[to] = true
	}
	for _, q := range quads {
		if targets[q.Subject] || q.Object.IsIRI() && targets[q.Object.IRI()] || IsShared(q.Label) && targets[strings.TrimPrefix(q.Label, "node/")] {
			return false
		}
		if q.Predicate == AssignedOrder {
			if i := strings.IndexByte(q.Object.Text(), ':'); i > 0 && targets["ministry/"+q.Object.Text()[i+1:]] {
				return false
			}
		}
	}
	return true
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

// renameChunk bounds the quads one renaming transaction rewrites: a
// deputy's acteur id renamed at the end of an ingest touches every question
// that deputy asked, and all deputies at once would hold them all.
const renameChunk = 50000

// RenameNodes renames nodes in every quad of the store, whatever its
// label, and returns the number of quads rewritten. Each transaction
// renames some nodes wholly, so a store read meanwhile, or left by a kill,
// holds each node under one name.
func (s *Store) RenameNodes(ctx context.Context, aliases map[string]string) (int, error) {
	if len(aliases) == 0 {
		return 0, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	froms := make([]string, 0, len(aliases))
	for from := range aliases {
		froms = append(froms, from)
	}
	sort.Strings(froms)
	old := map[Quad]bool{}
	collect := func(d quad.Direction, v quad.Value) error {
		if s.bulk != nil {
			dir := subject
			if d == quad.Object {
				dir = object
			}
			for _, q := range s.bulk.about(fromQuad(v), dir) {
				old[q] = true
			}
			return nil
		}
		if s.sql != nil {
			return s.sql.eachWith(ctx, d == quad.Object, fromQuad(v), "", func(q Quad) error { old[q] = true; return nil })
		}
		ref, err := s.qs.ValueOf(v)
		if err != nil || ref == nil {
			return err
		}
		return s.eachQuad(ctx, d, ref, func(q quad.Quad) error {
			old[fromCayley(q)] = true
			return nil
		})
	}
	n := 0
	flush := func() error {
		var dels, adds []Quad
		for q := range old {
			to := renameQuad(q, aliases)
			if to == q {
				continue
			}
			n++
			dels = append(dels, q)
			if !old[to] {
				adds = append(adds, to)
			}
		}
		clear(old)
		if len(dels) == 0 {
			return nil
		}
		s.writes.Add(1)
		if err := s.apply(ctx, dels, adds, nil); err != nil {
			return fmt.Errorf("cannot write to store: %w", err)
		}
		return nil
	}
	for _, from := range froms {
		if err := collect(quad.Subject, quad.IRI(from)); err != nil {
			return n, err
		}
		if err := collect(quad.Object, quad.IRI(from)); err != nil {
			return n, err
		}
		if strings.HasPrefix(from, "ministry/") {
			for k := 1; k <= 50; k++ {
				if err := collect(quad.Object, quad.String(strconv.Itoa(k)+":"+strings.TrimPrefix(from, "ministry/"))); err != nil {
					return n, err
				}
			}
		}
		if len(old) >= renameChunk {
			if err := flush(); err != nil {
				return n, err
			}
		}
	}
	return n, flush()
}

// StoredPlaceholders returns the placeholder nodes of the store: deputies
// known by acteur id only, groups and ministries known by organe id only.
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
