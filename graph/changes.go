package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"sort"

	bolt "go.etcd.io/bbolt"
)

// The change log: each write of lexgraph's (a Replace, a RenameNodes
// batch) logs, in its own transaction, the subjects of the quads it added
// or removed, with its number and the store's generation after it. Values
// derived from the graph (the query model) are then brought up to date
// from the nodes that changed since they were built, instead of from a
// scan of the whole store; a write made otherwise (cayley's own API) leaves
// a generation the log does not end on, and the derived values are built
// anew.

// Change is what the log tells since a change: the subjects touched, the
// number and the generation of the last change.
type Change struct {
	Nodes      []string
	Last       uint64
	Generation string // after the last change; "" when none was logged since
	// Complete says the log holds every change since the one asked for
	// (none dropped).
	Complete bool
}

// changeBucket is lexgraph's change log in a bolt file: number (8 bytes,
// big-endian) → the generation after it and the subjects it touched.
var changeBucket = []byte("lexgraph.changes")

type changeRecord struct {
	seq   uint64
	gen   string
	nodes []string
}

func (c changeRecord) encode() []byte {
	b := binary.AppendUvarint(nil, uint64(len(c.gen)))
	b = append(b, c.gen...)
	for _, n := range c.nodes {
		b = append(append(b, n...), 0)
	}
	return b
}

func decodeChange(seq uint64, b []byte) (changeRecord, error) {
	n, k := binary.Uvarint(b)
	if k <= 0 || uint64(len(b)-k) < n {
		return changeRecord{}, fmt.Errorf("change %d is damaged", seq)
	}
	c := changeRecord{seq: seq, gen: string(b[k : k+int(n)])}
	rest := b[k+int(n):]
	for len(rest) > 0 {
		i := bytes.IndexByte(rest, 0)
		if i < 0 {
			return c, fmt.Errorf("change %d is damaged", seq)
		}
		c.nodes = append(c.nodes, string(rest[:i]))
		rest = rest[i+1:]
	}
	return c, nil
}

// touched returns the distinct subjects of quads, sorted.
func touched(lists ...[]Quad) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range lists {
		for _, q := range l {
			if !seen[q.Subject] {
				seen[q.Subject] = true
				out = append(out, q.Subject)
			}
		}
	}
	sort.Strings(out)
	return out
}

// logBoltChange logs a change in a bolt write transaction, after cayley's
// writes.
func logBoltChange(tx *bolt.Tx, nodes []string) error {
	if len(nodes) == 0 {
		return nil
	}
	b, err := tx.CreateBucketIfNotExists(changeBucket)
	if err != nil {
		return err
	}
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	gen, err := boltGeneration(tx)
	if err != nil {
		return err
	}
	return b.Put(binary.BigEndian.AppendUint64(nil, seq), changeRecord{seq, gen, nodes}.encode())
}

// Changes returns what changed after change number since (0: from the
// first).
func (s *Store) Changes(ctx context.Context, since uint64) (Change, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var recs []changeRecord
	var err error
	switch {
	case s.bulk != nil:
		return Change{}, nil
	case s.sql != nil:
		recs, err = s.sql.changes(ctx, since)
	case s.bolt != nil:
		err = s.bolt.View(func(tx *bolt.Tx) error {
			b := tx.Bucket(changeBucket)
			if b == nil {
				return nil
			}
			c := b.Cursor()
			for k, v := c.Seek(binary.BigEndian.AppendUint64(nil, since+1)); k != nil; k, v = c.Next() {
				r, err := decodeChange(binary.BigEndian.Uint64(k), v)
				if err != nil {
					return err
				}
				recs = append(recs, r)
			}
			return nil
		})
	default:
		for _, r := range s.changes {
			if r.seq > since {
				recs = append(recs, r)
			}
		}
	}
	if err != nil {
		return Change{}, err
	}
	out := Change{Last: since, Complete: true}
	seen := map[string]bool{}
	for _, r := range recs {
		if r.seq != out.Last+1 {
			out.Complete = false
		}
		out.Last, out.Generation = r.seq, r.gen
		for _, n := range r.nodes {
			if !seen[n] {
				seen[n] = true
				out.Nodes = append(out.Nodes, n)
			}
		}
	}
	sort.Strings(out.Nodes)
	return out, nil
}

// LastChange returns the number of the last change logged, 0 when none.
func (s *Store) LastChange(ctx context.Context) (uint64, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	switch {
	case s.bulk != nil:
		return 0, nil
	case s.sql != nil:
		return s.sql.lastChange(ctx)
	case s.bolt != nil:
		var last uint64
		err := s.bolt.View(func(tx *bolt.Tx) error {
			if b := tx.Bucket(changeBucket); b != nil {
				last = b.Sequence()
			}
			return nil
		})
		return last, err
	}
	if len(s.changes) == 0 {
		return s.changeSeq, nil
	}
	return s.changes[len(s.changes)-1].seq, nil
}

// TrimChanges drops the changes up to number upto, once every value
// derived from them is saved.
func (s *Store) TrimChanges(ctx context.Context, upto uint64) error {
	if s.readOnly {
		return nil
	}
	switch {
	case s.bulk != nil:
		return nil
	case s.sql != nil:
		return s.sql.trimChanges(ctx, upto)
	case s.bolt != nil:
		return s.bolt.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket(changeBucket)
			if b == nil {
				return nil
			}
			c := b.Cursor()
			for k, _ := c.First(); k != nil && binary.BigEndian.Uint64(k) <= upto; k, _ = c.First() {
				if err := b.Delete(k); err != nil {
					return err
				}
			}
			return nil
		})
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	i := 0
	for i < len(s.changes) && s.changes[i].seq <= upto {
		i++
	}
	s.changes = s.changes[i:]
	return nil
}
