package graph

import (
	"context"
	"unsafe"

	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
)

// cayley's ApplyDeltas must not be given deletions and additions that
// share a node whose count goes down overall: it drops that node from the
// additions (the added quads lose their predicate or object). Replacing a
// document's quads is such a mix (a question losing two citations and
// gaining one shares the predicates). So Store writes deletions and
// additions in two calls, and, on bolt, batchKV makes the two calls share
// one bolt transaction: a document's replacement stays atomic, and an
// ingest killed midway leaves each document either old or new.

// batchKV is the bolt key-value store as cayley sees it, with a way to run
// several cayley writes in one transaction.
type batchKV struct {
	hkv.KV
	cur hkv.Tx // the shared write transaction, while atomically runs
}

func (b *batchKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	if b.cur != nil {
		return sharedTx{b.cur}, nil
	}
	return b.KV.Tx(ctx, rw)
}

func (b *batchKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, b, fn)
}

func (b *batchKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, b, fn)
}

// atomically runs fn, whose cayley writes all go to one transaction,
// committed when fn succeeds and rolled back otherwise; fn gets the bolt
// transaction, for lexgraph's own buckets. The Store's write
// lock is held: no reader shares the transaction.
func (b *batchKV) atomically(ctx context.Context, fn func(*bolt.Tx) error) error {
	tx, err := b.KV.Tx(ctx, true)
	if err != nil {
		return err
	}
	packBuckets(tx)
	b.cur = tx
	err = fn(boltTx(tx))
	b.cur = nil
	if err != nil {
		tx.Close()
		return err
	}
	return tx.Commit(ctx)
}

// sharedTx is the shared transaction as each cayley write sees it: its
// commit and close wait for the end of atomically.
type sharedTx struct{ hkv.Tx }

func (sharedTx) Commit(context.Context) error { return nil }
func (sharedTx) Close() error                 { return nil }

// appendOnly are cayley's buckets whose keys grow with each write: the log
// of quads and nodes by id, the label index, the subject index (new quads
// are mostly about new nodes). bolt splits pages half full by default,
// which suits random keys; filled to the brim, these buckets take half the
// space, and the store's file (and the memory mapping it) shrinks by a
// third.
var appendOnly = map[string]float64{"log": 1.0, "c": 1.0, "sp": 0.95, "ops": 0.8}

// packBuckets sets the fill of cayley's append-mostly buckets for a write
// transaction. bolt keeps the setting on the bucket objects it caches for
// the transaction, which cayley's writes (through hidalgo) then use.
// hidalgo does not expose the bolt transaction it wraps: the pinned
// version's Tx is a struct of one *bolt.Tx, read here.
func packBuckets(tx hkv.Tx) {
	btx := boltTx(tx)
	if btx == nil || !btx.Writable() {
		return
	}
	for name, fill := range appendOnly {
		if b := btx.Bucket([]byte(name)); b != nil {
			b.FillPercent = fill
		}
	}
}

// boltTx returns the bolt transaction of a hidalgo one, or nil.
func boltTx(tx hkv.Tx) *bolt.Tx {
	htx, ok := tx.(*hbolt.Tx)
	if !ok || htx == nil {
		return nil
	}
	return (*struct{ tx *bolt.Tx })(unsafe.Pointer(htx)).tx
}
