package graph

import (
	"cmp"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"google.golang.org/protobuf/encoding/protowire"
)

// writeBulkBolt writes a bulk-loaded graph as a new bolt file (see
// boltFile) in cayley's kv layout (cayley/graph/kv: quadstore.go,
// indexing.go), as cayley's own writes would have left it:
//
//   - log: id (8 bytes, big-endian) → Primitive (protobuf): a node's
//     marshalled value, or a quad's four node ids;
//   - one bucket per index of the store (storeIndexes: "sp", "ops", "c"):
//     the node ids of the index's directions → the ids of the quads that
//     have them, ascending, as uvarints;
//   - "v" + the value hash's first two bytes: the hash → the node's id;
//     "n" + the same: the hash → the number of quad directions using it;
//   - meta: "version" (2), "indexes" (the JSON list cayley reads),
//     "horizon" (the last id handed out), "size" (the quads);
//   - lexgraph's fingerprints.
func writeBulkBolt(path string, g *bulkGraph, noSync bool) error {
	lay := g.layout()
	if lay.horizon() >= 1<<32 {
		return fmt.Errorf("a bulk load of %d ids is beyond what it can index", lay.horizon())
	}
	f, err := createBoltFile(path)
	if err != nil {
		return err
	}
	// the indexes' keys are sorted, and the values hashed, while the log
	// is written: on the other cores
	sorted := make([]chan []indexKey, len(storeIndexes))
	for i, ind := range storeIndexes {
		sorted[i] = make(chan []indexKey, 1)
		go func(ch chan []indexKey, dirs []quad.Direction) { ch <- indexKeys(g, lay, dirs) }(sorted[i], ind.Dirs)
	}
	hashes := make(chan []hashedValue, 1)
	go func() { hashes <- hashValues(g, lay) }()
	ts := uint64(time.Now().UnixNano())
	err = f.bucket(string(logBucket), func(put func(k, v []byte) error) error {
		key := make([]byte, 8)
		var p []byte
		for _, v := range lay.nodes {
			val, err := pquads.MarshalValue(g.value(v).quad())
			if err != nil {
				return err
			}
			binary.BigEndian.PutUint64(key, lay.nodeID[v])
			p = protowire.AppendTag(p[:0], 1, protowire.VarintType)
			p = protowire.AppendVarint(p, lay.nodeID[v])
			p = protowire.AppendTag(p, 7, protowire.VarintType)
			p = protowire.AppendVarint(p, ts)
			p = protowire.AppendTag(p, 8, protowire.BytesType)
			p = protowire.AppendBytes(p, val)
			if err := put(key, p); err != nil {
				return err
			}
		}
		for k, qi := range lay.quads {
			q := g.quads[qi]
			p = p[:0]
			for _, f := range [...]struct {
				num protowire.Number
				id  uint64
			}{{1, lay.quadID(k)}, {2, lay.nodeID[q.s]}, {3, lay.nodeID[q.p]}, {4, lay.nodeID[q.o]}, {5, lay.nodeID[q.l]}, {7, ts}} {
				if f.id != 0 {
					p = protowire.AppendTag(p, f.num, protowire.VarintType)
					p = protowire.AppendVarint(p, f.id)
				}
			}
			binary.BigEndian.PutUint64(key, lay.quadID(k))
			if err := put(key, p); err != nil {
				return err
			}
		}
		return nil
	})
	for i, ind := range storeIndexes {
		keys := <-sorted[i]
		if err == nil {
			err = writeIndex(f, keys, ind.Dirs)
		}
	}
	hs := <-hashes
	if err == nil {
		err = writeValues(f, hs, lay)
	}
	if err == nil {
		err = f.bucket(string(metaBucket), func(put func(k, v []byte) error) error {
			counter := func(n uint64) []byte { return binary.LittleEndian.AppendUint64(nil, n) }
			indexes, err := json.Marshal(storeIndexes)
			if err != nil {
				return err
			}
			for _, kv := range []struct {
				k string
				v []byte
			}{{"horizon", counter(lay.horizon())}, {"indexes", indexes}, {"size", counter(uint64(len(lay.quads)))}, {"version", counter(2)}} {
				if err := put([]byte(kv.k), kv.v); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if err == nil {
		err = f.bucket(string(fingerprintBucket), func(put func(k, v []byte) error) error {
			labels := make([]string, 0, len(g.fps))
			for l := range g.fps {
				labels = append(labels, l)
			}
			sort.Strings(labels)
			for _, l := range labels {
				if err := put([]byte(l), g.fps[l].encode()); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if err != nil {
		f.f.Close()
		return err
	}
	return f.close(noSync)
}

// indexKey is a quad's key in an index (up to three node ids: cayley's
// indexes and lexgraph's have no more) and its id.
type indexKey struct {
	k [3]uint32
	q uint32
}

// indexKeys returns the keys of one of cayley's quad indexes (at most
// three directions: cayley's indexes and lexgraph's have no more), sorted.
func indexKeys(g *bulkGraph, lay *layout, dirs []quad.Direction) []indexKey {
	keys := make([]indexKey, len(lay.quads))
	for k, qi := range lay.quads {
		q := g.quads[qi]
		e := indexKey{q: uint32(lay.quadID(k))}
		for i, d := range dirs[:min(len(dirs), 3)] {
			var v uint32
			switch d {
			case quad.Subject:
				v = q.s
			case quad.Predicate:
				v = q.p
			case quad.Object:
				v = q.o
			case quad.Label:
				v = q.l
			}
			e.k[i] = uint32(lay.nodeID[v])
		}
		keys[k] = e
	}
	slices.SortFunc(keys, func(a, b indexKey) int {
		for i := range a.k {
			if c := cmp.Compare(a.k[i], b.k[i]); c != 0 {
				return c
			}
		}
		return cmp.Compare(a.q, b.q)
	})
	return keys
}

// writeIndex writes one of cayley's quad indexes from its sorted keys.
func writeIndex(f *boltFile, keys []indexKey, dirs []quad.Direction) error {
	if len(dirs) > 3 {
		return fmt.Errorf("an index of %d directions", len(dirs))
	}
	name := make([]byte, len(dirs))
	for i, d := range dirs {
		name[i] = d.Prefix()
	}
	return f.bucket(string(name), func(put func(k, v []byte) error) error {
		key := make([]byte, 8*len(dirs))
		var val []byte
		for i := 0; i < len(keys); {
			j := i + 1
			for j < len(keys) && keys[j].k == keys[i].k {
				j++
			}
			for d := range dirs {
				binary.BigEndian.PutUint64(key[8*d:], uint64(keys[i].k[d]))
			}
			val = val[:0]
			for _, e := range keys[i:j] {
				val = binary.AppendUvarint(val, uint64(e.q))
			}
			if err := put(key, val); err != nil {
				return err
			}
			i = j
		}
		return nil
	})
}

type hashedValue struct {
	h refs.ValueHash
	v uint32
}

// hashValues returns the nodes by their values' hashes, sorted.
func hashValues(g *bulkGraph, lay *layout) []hashedValue {
	hs := make([]hashedValue, len(lay.nodes))
	for i, v := range lay.nodes {
		hs[i] = hashedValue{refs.HashOf(g.value(v).quad()), v}
	}
	slices.SortFunc(hs, func(a, b hashedValue) int { return slices.Compare(a.h[:], b.h[:]) })
	return hs
}

// writeValues writes the value buckets: each node's id, and its count of
// uses, by its value's hash.
func writeValues(f *boltFile, hs []hashedValue, lay *layout) error {
	for _, prefix := range []byte{'n', 'v'} {
		for i := 0; i < len(hs); {
			j := i + 1
			for j < len(hs) && hs[j].h[0] == hs[i].h[0] && hs[j].h[1] == hs[i].h[1] {
				j++
			}
			err := f.bucket(string([]byte{prefix, hs[i].h[0], hs[i].h[1]}), func(put func(k, v []byte) error) error {
				var val []byte
				for _, x := range hs[i:j] {
					n := uint64(lay.refs[x.v])
					if prefix == 'v' {
						n = lay.nodeID[x.v]
					}
					if err := put(x.h[:], binary.AppendUvarint(val[:0], n)); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				return err
			}
			i = j
		}
	}
	return nil
}
