package graph

import (
	cgraph "github.com/cayleygraph/cayley/graph"
)

// apply writes deltas: the deletions, then the additions, in two calls.
//
// Why two: cayley's kv store (bolt) sums each node's reference changes
// over a whole ApplyDeltas, and adds quads only with the nodes whose sum is
// not negative. A document whose new version says less about a node than
// the old one (three statements about a question removed, two added) nets
// that node below zero, and the added quads were written with no subject
// (or no label): a quad that no read finds again, and a store that the
// next identical write changes. Applied apart, every node of the additions
// counts up. The price is that another process can see the document
// between the two commits, without its old quads and before its new ones.
func (s *Store) apply(deltas []cgraph.Delta) error {
	var del, add []cgraph.Delta
	for _, d := range deltas {
		if d.Action == cgraph.Delete {
			del = append(del, d)
		} else {
			add = append(add, d)
		}
	}
	opts := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	for _, batch := range [][]cgraph.Delta{del, add} {
		if len(batch) == 0 {
			continue
		}
		if err := s.qs.ApplyDeltas(batch, opts); err != nil {
			return err
		}
	}
	return nil
}
