package graph

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"sort"
	"strconv"
	"sync"

	"github.com/lib/pq"
	bolt "go.etcd.io/bbolt"

	"lexgraph"
)

// The index of French texts (legi.go) is kept in a small key-value form of
// its own, beside cayley's quads rather than as quads: it is reference data
// of millions of texts that the graph's queries, exports and counts must
// not walk, and that an import rewrites in place. On bolt it lives in the
// store file itself, in lexgraph's bucket lexgraph.legi beside cayley's
// (one file to copy, one lock, transactions of its own); on PostgreSQL in
// the table lexgraph_legi beside cayley's; with the memory backend, in
// memory for the life of the store.

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

// sqlLegi keeps the index in a table of the PostgreSQL store,
// lexgraph_legi, a row a key: a replica reads it with the rest.
type sqlLegi struct{ p *sqlStore }

func (s sqlLegi) view(ctx context.Context, fn func(legiTx) error) error {
	return s.run(ctx, true, fn)
}

func (s sqlLegi) update(ctx context.Context, fn func(legiTx) error) error {
	if s.p.replica {
		return lexgraph.Errorf(lexgraph.EINVALID, "%v", errReplica)
	}
	return s.run(ctx, false, fn)
}

func (s sqlLegi) run(ctx context.Context, readOnly bool, fn func(legiTx) error) error {
	tx, err := s.p.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: readOnly})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	t := &sqlLegiTx{ctx: ctx, tx: tx}
	if err := fn(t); err != nil {
		return err
	}
	if t.err != nil {
		return t.err
	}
	if t.missing {
		return nil // the transaction failed on the absent table: nothing to commit
	}
	return tx.Commit()
}

// sqlLegiTx is a transaction over lexgraph_legi. The interface's reads
// return no error: the first one is kept, and ends the transaction.
type sqlLegiTx struct {
	ctx     context.Context
	tx      *sql.Tx
	err     error
	missing bool // the table is not there (noLegiTable)
}

func (t *sqlLegiTx) get(bucket string, key []byte) []byte {
	if t.err != nil || t.missing {
		return nil
	}
	var val []byte
	err := t.tx.QueryRowContext(t.ctx, `SELECT val FROM lexgraph_legi WHERE bucket = $1 AND key = $2`, bucket, key).Scan(&val)
	switch {
	case noLegiTable(err):
		t.missing = true
	case err != nil && !errors.Is(err, sql.ErrNoRows):
		t.err = err
	}
	return val
}

func (t *sqlLegiTx) put(bucket string, key, val []byte) error {
	if t.err != nil {
		return t.err
	}
	_, err := t.tx.ExecContext(t.ctx, `INSERT INTO lexgraph_legi (bucket, key, val) VALUES ($1, $2, $3)
		ON CONFLICT (bucket, key) DO UPDATE SET val = EXCLUDED.val`, bucket, key, val)
	return err
}

func (t *sqlLegiTx) del(bucket string, key []byte) error {
	if t.err != nil {
		return t.err
	}
	_, err := t.tx.ExecContext(t.ctx, `DELETE FROM lexgraph_legi WHERE bucket = $1 AND key = $2`, bucket, key)
	return err
}

func (t *sqlLegiTx) scan(bucket string, prefix []byte, fn func(key, val []byte) bool) {
	// Read a page of rows at a time, the rows closed before fn sees them:
	// fn may read the index again (a connection serves one query at a
	// time), and a bucket of millions of keys is never held whole.
	const page = 1000
	end := prefixEnd(prefix)
	from, after := append([]byte{}, prefix...), false
	for t.err == nil && !t.missing {
		q := `SELECT key, val FROM lexgraph_legi WHERE bucket = $1 AND key >= $2`
		if after {
			q = `SELECT key, val FROM lexgraph_legi WHERE bucket = $1 AND key > $2`
		}
		args := []any{bucket, from}
		if end != nil {
			q += ` AND key < $3`
			args = append(args, end)
		}
		q += ` ORDER BY key LIMIT ` + strconv.Itoa(page)
		rows, err := t.tx.QueryContext(t.ctx, q, args...)
		if err != nil {
			if noLegiTable(err) {
				t.missing = true
			} else {
				t.err = err
			}
			return
		}
		var keys, vals [][]byte
		for rows.Next() {
			var k, v []byte
			if err := rows.Scan(&k, &v); err != nil {
				t.err = err
				break
			}
			keys, vals = append(keys, k), append(vals, v)
		}
		if err := rows.Err(); err != nil && t.err == nil {
			t.err = err
		}
		rows.Close()
		if t.err != nil {
			return
		}
		for k := range keys {
			if !fn(keys[k], vals[k]) {
				return
			}
		}
		if len(keys) < page {
			return
		}
		from, after = keys[len(keys)-1], true
	}
}

// prefixEnd returns the first key after every key with the prefix, or nil
// when there is none (an empty prefix, or one of 0xff bytes).
func prefixEnd(prefix []byte) []byte {
	end := append([]byte(nil), prefix...)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}

// noLegiTable reports whether err says the table is not there: a store made
// before lexgraph kept the index on PostgreSQL, read by a read-only open
// (which creates nothing) holds no index.
func noLegiTable(err error) bool {
	var pe *pq.Error
	return errors.As(err, &pe) && pe.Code == "42P01"
}
