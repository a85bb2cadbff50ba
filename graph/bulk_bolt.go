package graph

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/encoding/protowire"
)

// writeBulkBolt writes a bulk-loaded graph into a fresh bolt store
// (initialised by initBolt: cayley's meta, log and index buckets, empty)
// in cayley's kv layout (cayley/graph/kv, indexing.go):
//
//   - log: id (8 bytes, big-endian) → Primitive (protobuf): a node's
//     marshalled value, or a quad's four node ids;
//   - one bucket per index of the store (storeIndexes: "sp", "ops", "c"):
//     the node ids of the index's directions → the ids of the quads that
//     have them, ascending, as uvarints;
//   - "v" + the value hash's first two bytes: the hash → the node's id;
//     "n" + the same: the hash → the number of quad directions using it;
//   - meta: "horizon" (the last id handed out) and "size" (the quads).
//
// Every bucket is written in key order, appended to, and filled to the
// brim, in transactions of a bounded number of writes.
func writeBulkBolt(db *bolt.DB, g *bulkGraph) error {
	lay := g.layout()
	if lay.horizon() >= 1<<32 {
		return fmt.Errorf("a bulk load of %d ids is beyond what it can index", lay.horizon())
	}
	w := &bucketWriter{db: db}
	ts := time.Now().UnixNano()
	for _, v := range lay.nodes {
		val, err := pquads.MarshalValue(g.vals[v].quad())
		if err != nil {
			return err
		}
		id := lay.nodeID[v]
		p := protowire.AppendTag(w.buf(24+len(val)), 1, protowire.VarintType)
		p = protowire.AppendVarint(p, id)
		p = protowire.AppendTag(p, 7, protowire.VarintType)
		p = protowire.AppendVarint(p, uint64(ts))
		p = protowire.AppendTag(p, 8, protowire.BytesType)
		p = protowire.AppendBytes(p, val)
		if err := w.put(logBucket, w.id(id), p); err != nil {
			return err
		}
	}
	for k, qi := range lay.quads {
		q := g.quads[qi]
		p := w.buf(64)
		for _, f := range [...]struct {
			num protowire.Number
			id  uint64
		}{{1, lay.quadID(k)}, {2, lay.nodeID[q.s]}, {3, lay.nodeID[q.p]}, {4, lay.nodeID[q.o]}, {5, lay.nodeID[q.l]}, {7, uint64(ts)}} {
			if f.id != 0 {
				p = protowire.AppendTag(p, f.num, protowire.VarintType)
				p = protowire.AppendVarint(p, f.id)
			}
		}
		if err := w.put(logBucket, w.id(lay.quadID(k)), p); err != nil {
			return err
		}
	}
	for _, ind := range storeIndexes {
		if err := writeIndex(w, g, lay, ind.Dirs); err != nil {
			return err
		}
	}
	if err := writeValues(w, g, lay); err != nil {
		return err
	}
	counter := func(n uint64) []byte {
		b := w.buf(8)[:8]
		binary.LittleEndian.PutUint64(b, n)
		return b
	}
	if err := w.put(metaBucket, []byte("horizon"), counter(lay.horizon())); err != nil {
		return err
	}
	if err := w.put(metaBucket, []byte("size"), counter(uint64(len(lay.quads)))); err != nil {
		return err
	}
	labels := make([]string, 0, len(g.fps))
	for l := range g.fps {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	for _, l := range labels {
		if err := w.put(fingerprintBucket, []byte(l), g.fps[l].encode()); err != nil {
			return err
		}
	}
	return w.commit()
}

// indexKey is a quad's key in an index (up to three node ids: cayley's
// indexes and lexgraph's have no more) and its id.
type indexKey struct {
	k [3]uint32
	q uint32
}

// writeIndex writes one of cayley's quad indexes.
func writeIndex(w *bucketWriter, g *bulkGraph, lay *layout, dirs []quad.Direction) error {
	name := make([]byte, len(dirs))
	for i, d := range dirs {
		name[i] = d.Prefix()
	}
	if len(dirs) > 3 {
		return fmt.Errorf("an index of %d directions", len(dirs))
	}
	keys := make([]indexKey, len(lay.quads))
	for k, qi := range lay.quads {
		q := g.quads[qi]
		e := indexKey{q: uint32(lay.quadID(k))}
		for i, d := range dirs {
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
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j].k == keys[i].k {
			j++
		}
		key := w.buf(8 * len(dirs))[:8*len(dirs)]
		for d := range dirs {
			binary.BigEndian.PutUint64(key[8*d:], uint64(keys[i].k[d]))
		}
		val := w.buf(5 * (j - i))
		for _, e := range keys[i:j] {
			val = binary.AppendUvarint(val, uint64(e.q))
		}
		if err := w.put(name, key, val); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// writeValues writes the value buckets: each node's id and count of uses
// by its value's hash.
func writeValues(w *bucketWriter, g *bulkGraph, lay *layout) error {
	type hashed struct {
		h refs.ValueHash
		v uint32
	}
	hs := make([]hashed, len(lay.nodes))
	for i, v := range lay.nodes {
		hs[i] = hashed{refs.HashOf(g.vals[v].quad()), v}
	}
	slices.SortFunc(hs, func(a, b hashed) int { return slices.Compare(a.h[:], b.h[:]) })
	for _, prefix := range []byte{'n', 'v'} { // in the order of the bucket names
		for _, x := range hs {
			n := uint64(lay.refs[x.v])
			if prefix == 'v' {
				n = lay.nodeID[x.v]
			}
			key := append(w.buf(len(x.h)), x.h[:]...)
			if err := w.put([]byte{prefix, x.h[0], x.h[1]}, key, binary.AppendUvarint(w.buf(binary.MaxVarintLen64), n)); err != nil {
				return err
			}
		}
	}
	return nil
}

// bucketWriter writes keys in order into bolt buckets, committing every
// bulkTxWrites writes. The keys and values it is given must stay as they
// are until the commit: bolt keeps them until then. buf gives space for
// them.
type bucketWriter struct {
	db     *bolt.DB
	tx     *bolt.Tx
	name   string
	b      *bolt.Bucket
	writes int
	arena  []byte
}

// bulkTxWrites bounds the writes of one transaction, so that the pages a
// transaction holds in memory until its commit stay a few tens of MB.
const bulkTxWrites = 400000

func (w *bucketWriter) buf(n int) []byte {
	if cap(w.arena)-len(w.arena) < n {
		w.arena = make([]byte, 0, max(n, 1<<20))
	}
	b := w.arena[len(w.arena):len(w.arena)]
	w.arena = w.arena[:len(w.arena)+n]
	return b[:0:n]
}

func (w *bucketWriter) id(id uint64) []byte {
	b := w.buf(8)[:8]
	binary.BigEndian.PutUint64(b, id)
	return b
}

func (w *bucketWriter) put(bucket, key, val []byte) error {
	if w.tx == nil {
		tx, err := w.db.Begin(true)
		if err != nil {
			return err
		}
		w.tx, w.name, w.b = tx, "", nil
	}
	if w.b == nil || w.name != string(bucket) {
		b, err := w.tx.CreateBucketIfNotExists(bucket)
		if err != nil {
			return err
		}
		b.FillPercent = 1.0
		w.b, w.name = b, string(bucket)
	}
	if err := w.b.Put(key, val); err != nil {
		return err
	}
	if w.writes++; w.writes >= bulkTxWrites {
		return w.commit()
	}
	return nil
}

func (w *bucketWriter) commit() error {
	if w.tx == nil {
		return nil
	}
	err := w.tx.Commit()
	w.tx, w.b, w.writes, w.arena = nil, nil, 0, nil
	return err
}
