package graph

import (
	"bytes"
	"context"
	"sort"
	"sync"

	bolt "go.etcd.io/bbolt"

	"lexgraph"
)

// The index of French texts (legi.go) is kept in a small key-value form of
// its own, beside cayley's quads rather than as quads: it is reference data
// of millions of texts that the graph's queries, exports and counts must
// not walk, and that an import rewrites in place. On bolt it lives in the
// store file itself, in lexgraph's bucket lexgraph.legi beside cayley's
// (one file to copy, one lock, transactions of its own); with the memory
// backend, in memory for the life of the store.

// legiKV is that form: buckets of sorted keys.
type legiKV interface {
	view(ctx context.Context, fn func(legiTx) error) error
	update(ctx context.Context, fn func(legiTx) error) error
}

// legiTx is a transaction over the index's buckets. Values returned are
// valid during the transaction only.
type legiTx interface {
	get(bucket string, key []byte) []byte
	put(bucket string, key, val []byte) error
	del(bucket string, key []byte) error
	// scan calls fn for each key with the prefix, in order, until fn
	// returns false.
	scan(bucket string, prefix []byte, fn func(key, val []byte) bool)
}

// legiBucket is lexgraph's bucket of the index in a bolt store file.
var legiBucket = []byte("lexgraph.legi")

type boltLegi struct{ db *bolt.DB }

func (b boltLegi) view(ctx context.Context, fn func(legiTx) error) error {
	return b.db.View(func(tx *bolt.Tx) error { return fn(boltLegiTx{tx: tx}) })
}

func (b boltLegi) update(ctx context.Context, fn func(legiTx) error) error {
	return b.db.Update(func(tx *bolt.Tx) error { return fn(boltLegiTx{tx: tx}) })
}

type boltLegiTx struct{ tx *bolt.Tx }

func (t boltLegiTx) bucket(name string, create bool) (*bolt.Bucket, error) {
	root := t.tx.Bucket(legiBucket)
	if root == nil {
		if !create {
			return nil, nil
		}
		var err error
		if root, err = t.tx.CreateBucket(legiBucket); err != nil {
			return nil, err
		}
	}
	b := root.Bucket([]byte(name))
	if b == nil && create {
		return root.CreateBucket([]byte(name))
	}
	return b, nil
}

func (t boltLegiTx) get(bucket string, key []byte) []byte {
	b, _ := t.bucket(bucket, false)
	if b == nil {
		return nil
	}
	return b.Get(key)
}

func (t boltLegiTx) put(bucket string, key, val []byte) error {
	b, err := t.bucket(bucket, true)
	if err != nil {
		return err
	}
	return b.Put(key, val)
}

func (t boltLegiTx) del(bucket string, key []byte) error {
	b, err := t.bucket(bucket, false)
	if err != nil || b == nil {
		return err
	}
	return b.Delete(key)
}

func (t boltLegiTx) scan(bucket string, prefix []byte, fn func(key, val []byte) bool) {
	b, _ := t.bucket(bucket, false)
	if b == nil {
		return
	}
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if !fn(k, v) {
			return
		}
	}
}

// memLegi is the index of a memory store: maps, with their keys sorted
// when a scan first needs them after a write.
type memLegi struct {
	mu      sync.RWMutex
	buckets map[string]*memBucket
}

type memBucket struct {
	m      map[string][]byte
	keys   []string
	sorted bool
}

func (m *memLegi) view(ctx context.Context, fn func(legiTx) error) error {
	m.mu.RLock()
	stale := false
	for _, b := range m.buckets {
		stale = stale || !b.sorted
	}
	m.mu.RUnlock()
	if stale {
		m.mu.Lock()
		for _, b := range m.buckets {
			b.sort()
		}
		m.mu.Unlock()
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	return fn(&memLegiTx{m: m})
}

// update applies fn's writes at once, or none of them when fn fails.
func (m *memLegi) update(ctx context.Context, fn func(legiTx) error) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	tx := &memLegiTx{m: m, writable: true}
	if err := fn(tx); err != nil {
		for i := len(tx.undo) - 1; i >= 0; i-- {
			u := tx.undo[i]
			b := m.bucket(u.bucket)
			if u.had {
				b.m[u.key] = u.val
			} else {
				delete(b.m, u.key)
			}
			b.sorted = false
		}
		return err
	}
	return nil
}

func (m *memLegi) bucket(name string) *memBucket {
	if m.buckets == nil {
		m.buckets = map[string]*memBucket{}
	}
	b := m.buckets[name]
	if b == nil {
		b = &memBucket{m: map[string][]byte{}, sorted: true}
		m.buckets[name] = b
	}
	return b
}

func (b *memBucket) sort() {
	if b.sorted {
		return
	}
	b.keys = b.keys[:0]
	for k := range b.m {
		b.keys = append(b.keys, k)
	}
	sort.Strings(b.keys)
	b.sorted = true
}

type memLegiTx struct {
	m        *memLegi
	writable bool
	undo     []memUndo
}

type memUndo struct {
	bucket, key string
	val         []byte
	had         bool
}

func (t *memLegiTx) get(bucket string, key []byte) []byte {
	b := t.m.buckets[bucket]
	if b == nil {
		return nil
	}
	return b.m[string(key)]
}

func (t *memLegiTx) put(bucket string, key, val []byte) error {
	if !t.writable {
		return lexgraph.Errorf(lexgraph.EINTERNAL, "a write in a read transaction")
	}
	b := t.m.bucket(bucket)
	old, had := b.m[string(key)]
	t.undo = append(t.undo, memUndo{bucket: bucket, key: string(key), val: old, had: had})
	b.m[string(key)] = append([]byte(nil), val...)
	if !had {
		b.sorted = false
	}
	return nil
}

func (t *memLegiTx) del(bucket string, key []byte) error {
	if !t.writable {
		return lexgraph.Errorf(lexgraph.EINTERNAL, "a write in a read transaction")
	}
	b := t.m.buckets[bucket]
	if b == nil {
		return nil
	}
	if old, had := b.m[string(key)]; had {
		t.undo = append(t.undo, memUndo{bucket: bucket, key: string(key), val: old, had: true})
		delete(b.m, string(key))
		b.sorted = false
	}
	return nil
}

func (t *memLegiTx) scan(bucket string, prefix []byte, fn func(key, val []byte) bool) {
	b := t.m.buckets[bucket]
	if b == nil {
		return
	}
	b.sort() // sorted already in a view; a write transaction sorts here
	p := string(prefix)
	for i := sort.SearchStrings(b.keys, p); i < len(b.keys); i++ {
		k := b.keys[i]
		if len(k) < len(p) || k[:len(p)] != p {
			return
		}
		if !fn([]byte(k), b.m[k]) {
			return
		}
	}
}
