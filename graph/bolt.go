package graph

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/encoding/protowire"

	"lexgraph"
)

// storeIndexes are cayley's default kv indexes plus one on the label, so
// that a document's quads (all labelled with it) are found without a scan
// when the document is ingested again.
var storeIndexes = append(append([]kv.QuadIndex{}, kv.DefaultQuadIndexes...),
	kv.QuadIndex{Dirs: []quad.Direction{quad.Label}})

// openBolt opens (or creates) a bolt store in one file. bbolt takes an
// exclusive lock on the file and, left to itself, waits for it forever; we
// say who holds it instead, and give up after cfg.OpenTimeout.
//
// Read-only, it takes a shared lock instead, so that several readers run at
// once, and reads no free page list: opening a large store for a query is
// then a matter of milliseconds. A read-only open never creates the store.
//
// The free page list is written with every commit (bbolt's default): a
// writable open then reads it in place of rebuilding it from a walk of the
// whole file (3 to 13 s for a legislature's gigabyte, paid by every ingest
// and every query saving its model). lexgraph's commits are few and large,
// so writing the list costs them little.
func openBolt(path string, cfg lexgraph.StoreConfig, readOnly bool) (cgraph.QuadStore, *bolt.DB, *batchKV, error) {
	if path == "" {
		return nil, nil, nil, lexgraph.Errorf(lexgraph.EINVALID, "no store path: set --db, the db key of config.yaml, or LEXGRAPH_DB")
	}
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		return nil, nil, nil, lexgraph.Errorf(lexgraph.EINVALID, "cannot open store %q: it is a folder; the bolt store is one file", path)
	case readOnly && errors.Is(err, os.ErrNotExist):
		return nil, nil, nil, lexgraph.Errorf(lexgraph.ENOTFOUND, "no store at %q: run lexgraph ingest first, or set --db", path)
	case readOnly && err == nil && st.Size() == 0:
		return nil, nil, nil, lexgraph.Errorf(lexgraph.EINVALID, "cannot open store %q: the file is empty", path)
	}
	// The store's folder must exist: creating it would turn a mistyped
	// --db into a new store somewhere unexpected.
	if dir := filepath.Dir(path); !readOnly {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return nil, nil, nil, lexgraph.Errorf(lexgraph.ENOTFOUND, "cannot create store %q: there is no folder %q (create it first, or fix --db)", path, dir)
		}
	}
	// Readers and writers wait up to the timeout, for those that hold the
	// store briefly are common (a query saving its model, lexgraph serve
	// copying the store), and long ones (an ingest, a query) are named on
	// timeout.
	timeout := cfg.OpenTimeout
	if timeout <= 0 {
		timeout = 3 * time.Second
	}
	db, err := hbolt.Open(path, &bolt.Options{Timeout: timeout, ReadOnly: readOnly})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, nil, nil, lockedError(path, lockHolder(path, readOnly))
	}
	if err != nil {
		return nil, nil, nil, &lexgraph.Error{Code: lexgraph.EINVALID, Message: fmt.Sprintf("cannot open store %q (is it a lexgraph store?)", path), Err: err}
	}
	db.DB().NoSync = cfg.NoSync
	bkv := &batchKV{KV: db}
	opts := cgraph.Options{kv.OptNoBloom: true}
	qs, err := kv.New(bkv, opts)
	if errors.Is(err, cgraph.ErrNotInitialized) && !readOnly {
		if err = initBolt(bkv); err == nil {
			qs, err = kv.New(bkv, opts)
		}
	}
	if err != nil {
		db.Close()
		return nil, nil, nil, &lexgraph.Error{Code: lexgraph.EINVALID, Message: fmt.Sprintf("cannot open store %q (is it a lexgraph store?)", path), Err: err}
	}
	return qs, db.DB(), bkv, nil
}

// initBolt lays out a new store with lexgraph's indexes. cayley reads the
// index list from the meta bucket when it opens a store; Init writes the
// defaults there, which we then widen before any quad is written.
func initBolt(db hkv.KV) error {
	if err := kv.Init(db, nil); err != nil {
		return err
	}
	data, err := json.Marshal(storeIndexes)
	if err != nil {
		return err
	}
	return hkv.Update(context.Background(), db, func(tx hkv.Tx) error {
		return tx.Put(context.Background(), hkv.Key{[]byte("meta"), []byte("indexes")}, data)
	})
}

func lockedError(path, holder string) error {
	who := "another process"
	if holder != "" {
		who = holder
	}
	return lexgraph.Errorf(lexgraph.ECONFLICT,
		"cannot open store %q: it is held by %s (a running lexgraph ingest or query?); wait for it to finish, stop it, or use another --db", path, who)
}

// logBucket is the bucket where cayley's kv store keeps every primitive
// (nodes and quads) under its id (big-endian): a scan of it in key order is
// a scan of the whole graph, at the speed of a bolt cursor, instead of one
// lookup per quad and value.
var logBucket = []byte("log")

// scanBolt calls fn for every live quad of a bolt store, read from the log
// in one read transaction. Values are decoded once each. fn must not call
// the store.
func scanBolt(ctx context.Context, db *bolt.DB, fn func(Quad) error) error {
	return db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(logBucket)
		if b == nil {
			return nil
		}
		// Node ids are dense (cayley hands out ids from one counter), so
		// values are found through a slice indexed by id rather than a map:
		// a scan looks up four values per quad.
		var slot []int32 // id → 1 + index in vals; 0 when not seen
		var vals []Value
		if m := tx.Bucket(metaBucket); m != nil {
			if v := m.Get([]byte("horizon")); len(v) == 8 {
				if h := binary.LittleEndian.Uint64(v); h < 1<<31 {
					slot = make([]int32, h+1)
					vals = make([]Value, 0, h/4)
				}
			}
		}
		var later []primitive // quads read before one of their values
		lookup := func(id uint64) (Value, bool) {
			if id >= uint64(len(slot)) || slot[id] == 0 {
				return Value{}, false
			}
			return vals[slot[id]-1], true
		}
		emit := func(p primitive) (bool, error) {
			var q Quad
			for i, id := range [4]uint64{p.subject, p.predicate, p.object, p.label} {
				if id == 0 {
					continue
				}
				v, ok := lookup(id)
				if !ok {
					return false, nil
				}
				switch i {
				case 0:
					q.Subject = v.iri
				case 1:
					q.Predicate = v.iri
				case 2:
					q.Object = v
				case 3:
					q.Label = v.iri
				}
			}
			return true, fn(q)
		}
		c := b.Cursor()
		n := 0
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if n++; n%8192 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			p, err := decodePrimitive(v)
			if err != nil {
				return fmt.Errorf("store log entry %x: %w", k, err)
			}
			if p.deleted {
				continue
			}
			if p.value != nil {
				qv, err := pquads.UnmarshalValue(p.value)
				if err != nil {
					return fmt.Errorf("store value %d: %w", p.id, err)
				}
				if p.id >= 1<<31 {
					return fmt.Errorf("store value id %d is beyond what a scan can index", p.id)
				}
				for uint64(len(slot)) <= p.id {
					slot = append(slot, make([]int32, len(slot)+1024)...)
				}
				vals = append(vals, fromQuad(qv))
				slot[p.id] = int32(len(vals))
				continue
			}
			ok, err := emit(p)
			if err != nil {
				return err
			}
			if !ok {
				later = append(later, p)
			}
		}
		for _, p := range later {
			if ok, err := emit(p); err != nil {
				return err
			} else if !ok {
				return fmt.Errorf("store log: quad %d names a value that is not in the store", p.id)
			}
		}
		return nil
	})
}

// primitive is cayley's kv log entry (graph/proto.Primitive): a node when
// value is set, else a quad of node ids.
type primitive struct {
	id, subject, predicate, object, label uint64
	value                                 []byte
	deleted                               bool
}

// decodePrimitive reads a Primitive's protobuf encoding by hand: the
// generated decoder costs an allocation and reflection per entry, which
// dominates a full scan.
func decodePrimitive(b []byte) (primitive, error) {
	var p primitive
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return p, protowire.ParseError(n)
		}
		b = b[n:]
		switch {
		case typ == protowire.VarintType:
			x, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return p, protowire.ParseError(n)
			}
			b = b[n:]
			switch num {
			case 1:
				p.id = x
			case 2:
				p.subject = x
			case 3:
				p.predicate = x
			case 4:
				p.object = x
			case 5:
				p.label = x
			case 9:
				p.deleted = x != 0
			}
		case typ == protowire.BytesType && num == 8:
			v, n := protowire.ConsumeBytes(b)
			if n < 0 {
				return p, protowire.ParseError(n)
			}
			p.value = v
			b = b[n:]
		default:
			n := protowire.ConsumeFieldValue(num, typ, b)
			if n < 0 {
				return p, protowire.ParseError(n)
			}
			b = b[n:]
		}
	}
	return p, nil
}

// finishBulkBolt writes a bulk load into a new bolt file beside the store
// (<store>.bulk), moves it over the store once complete and synced, and
// reads it from then on. The new file is locked by this process before it
// is moved: no other process opens the store between the move and the
// switch. A load killed midway leaves the store as it was (empty) and the
// new file half written, removed by the next bulk load.
func (s *Store) finishBulkBolt(g *bulkGraph) error {
	tmp := s.path + ".bulk"
	if err := os.Remove(tmp); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if err := writeBulkBolt(tmp, g, s.cfg.NoSync); err != nil {
		os.Remove(tmp)
		return err
	}
	db, err := hbolt.Open(tmp, &bolt.Options{Timeout: time.Second})
	if err != nil {
		os.Remove(tmp)
		return err
	}
	db.DB().NoSync = s.cfg.NoSync
	bkv := &batchKV{KV: db}
	fail := func(err error) error {
		db.Close()
		os.Remove(tmp)
		return err
	}
	qs, err := kv.New(bkv, cgraph.Options{kv.OptNoBloom: true})
	if err != nil {
		return fail(err)
	}
	// The store held no quad, but it may hold the index of French texts
	// (legi import comes before the first ingest): it goes over too.
	if err := copyBucket(s.bolt, db.DB(), legiBucket); err != nil {
		qs.Close()
		return fail(fmt.Errorf("carrying the index of French texts into the bulk-loaded store: %w", err))
	}
	if err := os.Rename(tmp, s.path); err != nil {
		qs.Close()
		return fail(err)
	}
	if !s.cfg.NoSync {
		if dir, err := os.Open(filepath.Dir(s.path)); err == nil {
			dir.Sync()
			dir.Close()
		}
	}
	s.qs.Close() // the empty store's, now unlinked
	s.qs, s.bolt, s.kv = qs, db.DB(), bkv
	return nil
}

// copyBucket copies the top-level bucket name, with its nested buckets,
// from src into dst, in one transaction of dst; nothing when src has none.
func copyBucket(src, dst *bolt.DB, name []byte) error {
	return src.View(func(stx *bolt.Tx) error {
		from := stx.Bucket(name)
		if from == nil {
			return nil
		}
		return dst.Update(func(dtx *bolt.Tx) error {
			to, err := dtx.CreateBucketIfNotExists(name)
			if err != nil {
				return err
			}
			return copyInto(from, to)
		})
	})
}

func copyInto(from, to *bolt.Bucket) error {
	to.FillPercent = 1 // keys arrive in order
	return from.ForEach(func(k, v []byte) error {
		if v != nil {
			return to.Put(k, v)
		}
		sub, err := to.CreateBucketIfNotExists(k)
		if err != nil {
			return err
		}
		return copyInto(from.Bucket(k), sub)
	})
}
